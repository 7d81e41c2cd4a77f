import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { type GraphqlContext, RequestLoaders, rowsGroupedByIds } from '@muster/platform-graphql';
import { IgNotificationEntity } from './decisions/ig-notification.entity';
import { DecisionRow, IgStore } from './ig.store';

/**
 * The IG loaders of one request: rows by thread. They return rows, not API types: what a
 * row shows depends on the thread it is reached through (IgThread.contentVisible), and the
 * field resolvers map it so.
 */
export interface IgRequestLoaders {
  decisionsByThread: DataLoader<string, DecisionRow[]>;
  notificationsByThread: DataLoader<string, IgNotificationEntity[]>;
}

@Injectable()
export class IgLoaders {
  private readonly loaders = new RequestLoaders(() => this.create());

  constructor(
    private readonly db: DataSource,
    private readonly store: IgStore,
  ) {}

  for(ctx: GraphqlContext): IgRequestLoaders {
    return this.loaders.for(ctx);
  }

  private create(): IgRequestLoaders {
    const m = this.db.manager;
    return {
      decisionsByThread: new DataLoader(async (ids) =>
        rowsGroupedByIds(ids, await this.store.decisionsOf(m, ids), (r) => r.threadId),
      ),
      notificationsByThread: new DataLoader(async (ids) =>
        rowsGroupedByIds(ids, await this.store.notificationsOf(m, ids), (r) => r.threadId),
      ),
    };
  }
}
