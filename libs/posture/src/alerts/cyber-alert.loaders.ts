import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Clock } from '@muster/platform-core';
import { type GraphqlContext, RequestLoaders, rowsGroupedByIds } from '@muster/platform-graphql';
import { toCyberAlertResponse, toCyberAlertUpdate } from './cyber-alert.mappers';
import { CyberAlertStore } from './cyber-alert.store';
import { CyberAlertResponse, CyberAlertUpdate } from './cyber-alert.types';

export interface CyberAlertRequestLoaders {
  /** Every response of the alert: the resolver keeps those the caller sees. */
  responsesByAlert: DataLoader<string, CyberAlertResponse[]>;
  updatesByResponse: DataLoader<string, CyberAlertUpdate[]>;
}

/** The cyber alerts' DataLoaders, per request: one statement per nested field, whatever the page size. */
@Injectable()
export class CyberAlertLoaders {
  private readonly loaders = new RequestLoaders(() => this.create());

  constructor(
    private readonly db: DataSource,
    private readonly store: CyberAlertStore,
    private readonly clock: Clock,
  ) {}

  for(ctx: GraphqlContext): CyberAlertRequestLoaders {
    return this.loaders.for(ctx);
  }

  private create(): CyberAlertRequestLoaders {
    const m = this.db.manager;
    return {
      responsesByAlert: new DataLoader(async (ids) =>
        rowsGroupedByIds(ids, await this.store.responsesOf(m, ids, this.clock.now()), (r) => r.alertId).map((g) =>
          g.map(toCyberAlertResponse),
        ),
      ),
      updatesByResponse: new DataLoader(async (ids) =>
        rowsGroupedByIds(ids, await this.store.updatesOf(m, ids), (r) => r.responseId).map((g) =>
          g.map(toCyberAlertUpdate),
        ),
      ),
    };
  }
}
