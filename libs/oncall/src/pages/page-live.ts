import { Injectable } from '@nestjs/common';
import { Transaction } from '@muster/platform-database';
import { LiveEvents } from '@muster/platform-graphql';
import { incidentTopic, IncidentLiveEvent } from '@muster/incidents';
import { Page } from './page.types';

/** What subscribers of a person's pages receive: the page as it stood when it paged them. */
export interface LivePage {
  recipientUserId: string;
  page: Page;
}

export const pageTopic = (userId: string) => `oncall-pages:${userId}`;

/** After the commit only: the paged person's `pageRaised`, and the incident's timeline. */
@Injectable()
export class PageLive {
  constructor(private readonly live: LiveEvents) {}

  paged(tx: Transaction, userId: string, page: () => Promise<Page>): void {
    tx.afterCommit(async () => {
      const event: LivePage = { recipientUserId: userId, page: await page() };
      await this.live.publish(pageTopic(userId), event);
    });
  }

  timelineChanged(tx: Transaction, incidentId: string | null): void {
    if (!incidentId) return;
    tx.afterCommit(async () => {
      const event: IncidentLiveEvent = { incidentId, incidentChanged: false };
      await this.live.publish(incidentTopic(incidentId), event);
    });
  }
}
