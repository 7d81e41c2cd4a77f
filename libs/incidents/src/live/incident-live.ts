import { Injectable } from '@nestjs/common';
import { Transaction } from '@muster/platform-database';
import { LiveEvents } from '@muster/platform-graphql';

/** What a live event says: which incident, and what moved. It carries no content: subscribers read it, as they may see it, at delivery. */
export interface IncidentLiveEvent {
  incidentId: string;
  /** The incident itself changed (status, level, organisations, roles), not only its timeline. */
  incidentChanged: boolean;
}

export const INCIDENTS_TOPIC = 'incidents';
export const incidentTopic = (incidentId: string) => `incident:${incidentId}`;

/**
 * Publishes an incident's changes to subscribers after the commit only (`tx.afterCommit`):
 * a rolled-back change publishes nothing. Through LiveEvents, whatever its transport.
 */
@Injectable()
export class IncidentLive {
  constructor(private readonly live: LiveEvents) {}

  /** Every change adds to the timeline; `incidentChanged` when the incident itself changed too. */
  changed(tx: Transaction, incidentId: string, incidentChanged = true): void {
    tx.afterCommit(async () => {
      const event: IncidentLiveEvent = { incidentId, incidentChanged };
      await this.live.publish(incidentTopic(incidentId), event);
      if (incidentChanged) await this.live.publish(INCIDENTS_TOPIC, event);
    });
  }
}
