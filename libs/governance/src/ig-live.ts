import { Injectable } from '@nestjs/common';
import { Transaction } from '@muster/platform-database';
import { LiveEvents } from '@muster/platform-graphql';
import { incidentTopic, IncidentLiveEvent } from '@muster/incidents';

/**
 * Tells the incident's live subscribers (its timeline) that an entry was added, after the
 * commit only. The event names the incident, nothing else: each subscriber reads the new
 * timeline entries as they may see them, and an IG entry's summary carries no content.
 */
@Injectable()
export class IgLive {
  constructor(private readonly live: LiveEvents) {}

  timelineChanged(tx: Transaction, incidentId: string): void {
    tx.afterCommit(async () => {
      const event: IncidentLiveEvent = { incidentId, incidentChanged: false };
      await this.live.publish(incidentTopic(incidentId), event);
    });
  }
}
