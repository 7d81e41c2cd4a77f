import { Injectable } from '@nestjs/common';
import { Transaction } from '@muster/platform-database';
import { LiveEvents } from '@muster/platform-graphql';
import { IncidentLiveEvent, incidentTopic } from '@muster/incidents';

/** What a live event says: which assignments changed. No content: subscribers read them, as they may see them, at delivery. */
export interface AssignmentLiveEvent {
  assignmentIds: string[];
}

export const ASSIGNMENTS_TOPIC = 'assignments';

/** Publishes assignment changes after the commit only: a rolled-back change publishes nothing. */
@Injectable()
export class AssignmentLive {
  constructor(private readonly live: LiveEvents) {}

  /** With an incident, its timeline subscribers hear of the new entries too. */
  changed(tx: Transaction, assignmentIds: string[], incidentId: string | null = null): void {
    if (!assignmentIds.length) return;
    tx.afterCommit(async () => {
      const event: AssignmentLiveEvent = { assignmentIds };
      await this.live.publish(ASSIGNMENTS_TOPIC, event);
      if (incidentId) {
        const timeline: IncidentLiveEvent = { incidentId, incidentChanged: false };
        await this.live.publish(incidentTopic(incidentId), timeline);
      }
    });
  }
}
