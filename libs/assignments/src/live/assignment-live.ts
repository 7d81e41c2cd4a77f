import { Injectable } from '@nestjs/common';
import { Transaction } from '@muster/platform-database';
import { LiveEvents } from '@muster/platform-graphql';
import { IncidentLiveEvent, incidentTopic } from '@muster/incidents';

/** What a live event says: which assignments changed. No content: subscribers read them, as they may see them, at delivery. */
export interface AssignmentLiveEvent {
  assignmentIds: string[];
}

/**
 * A topic per owning organisation: an assignment is yours or your team's only in an
 * organisation you are a member of, so a subscriber listens to its organisations' topics.
 */
export const assignmentsTopic = (organisationId: string) => `assignments:${organisationId}`;

/** Publishes assignment changes after the commit only: a rolled-back change publishes nothing. */
@Injectable()
export class AssignmentLive {
  constructor(private readonly live: LiveEvents) {}

  /** The owning organisation's topic; with an incident, its timeline subscribers hear of the new entries too. */
  changed(tx: Transaction, organisationId: string, assignmentIds: string[], incidentId: string | null = null): void {
    if (!assignmentIds.length) return;
    tx.afterCommit(async () => {
      const event: AssignmentLiveEvent = { assignmentIds };
      await this.live.publish(assignmentsTopic(organisationId), event);
      if (incidentId) {
        const timeline: IncidentLiveEvent = { incidentId, incidentChanged: false };
        await this.live.publish(incidentTopic(incidentId), timeline);
      }
    });
  }
}
