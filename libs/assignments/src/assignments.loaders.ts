import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { RequestLoaders, rowsByIds, rowsGroupedByIds } from '@muster/platform-graphql';
import { DependencyRow, EvidenceRow, HistoryRow, AssignmentStore } from './assignments/assignment.store';

type Named = { id: string; name: string };

/** The per-request DataLoaders of assignments' nested fields: one statement per field, whatever the page. */
@Injectable()
export class AssignmentLoaders {
  private readonly loaders = new RequestLoaders(() => this.create());

  constructor(
    private readonly db: DataSource,
    private readonly store: AssignmentStore,
  ) {}

  for(ctx: object) {
    return this.loaders.for(ctx);
  }

  private create() {
    const m = this.db.manager;
    const named = (table: 'organisation' | 'team' | 'app_user') =>
      new DataLoader<string, Named | null>(async (ids) =>
        rowsByIds(ids, await this.store.names(m, table, ids), (r) => r.id),
      );
    return {
      organisation: named('organisation'),
      team: named('team'),
      person: named('app_user'),
      evidence: new DataLoader<string, EvidenceRow[]>(async (ids) =>
        rowsGroupedByIds(ids, await this.store.evidenceOf(m, ids), (r) => r.assignmentId),
      ),
      dependencies: new DataLoader<string, DependencyRow[]>(async (ids) =>
        rowsGroupedByIds(ids, await this.store.dependenciesOf(m, ids), (r) => r.assignmentId),
      ),
      history: new DataLoader<string, HistoryRow[]>(async (ids) =>
        rowsGroupedByIds(ids, await this.store.historyOf(m, ids), (r) => r.entityId),
      ),
    };
  }
}
