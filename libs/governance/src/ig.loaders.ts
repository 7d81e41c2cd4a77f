import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { Clock } from '@muster/platform-core';
import { type GraphqlContext, RequestLoaders, rowsGroupedByIds } from '@muster/platform-graphql';
import { IncidentAccess } from '@muster/incidents';
import { IgNotificationEntity } from './decisions/ig-notification.entity';
import { IgAccess } from './ig.access';
import { toThread } from './ig.mappers';
import { DecisionRow, IgStore } from './ig.store';
import { IgThread } from './ig.types';

/**
 * The IG loaders of one request, scoped to the caller. Decisions and notifications come as
 * rows, not API types: what a row shows depends on the thread it is reached through
 * (IgThread.contentVisible), and the field resolvers map it so. Threads by incident are
 * mapped for the caller (their contentVisible decided per thread).
 */
export interface IgRequestLoaders {
  decisionsByThread: DataLoader<string, DecisionRow[]>;
  notificationsByThread: DataLoader<string, IgNotificationEntity[]>;
  threadsByIncident: DataLoader<string, IgThread[]>;
}

@Injectable()
export class IgLoaders {
  private readonly loaders = new RequestLoaders((principal: Principal) => this.create(principal));

  constructor(
    private readonly db: DataSource,
    private readonly store: IgStore,
    private readonly clock: Clock,
  ) {}

  for(ctx: GraphqlContext, principal: Principal): IgRequestLoaders {
    return this.loaders.for(ctx, principal);
  }

  private create(principal: Principal): IgRequestLoaders {
    const m = this.db.manager;
    return {
      decisionsByThread: new DataLoader(async (ids) =>
        rowsGroupedByIds(ids, await this.store.decisionsOf(m, ids), (r) => r.threadId),
      ),
      notificationsByThread: new DataLoader(async (ids) =>
        rowsGroupedByIds(ids, await this.store.notificationsOf(m, ids), (r) => r.threadId),
      ),
      threadsByIncident: new DataLoader(async (ids) => {
        const rows = await this.store.threadsOfIncidents(m, ids, IncidentAccess.icbCandidates(principal));
        const now = this.clock.now();
        return rowsGroupedByIds(
          ids,
          rows.filter((r) => IgAccess.canSeeThread(principal, r, r.icbIds)),
          (r) => r.incidentId,
        ).map((g) => g.map((r) => toThread(r, principal, now)));
      }),
    };
  }
}
