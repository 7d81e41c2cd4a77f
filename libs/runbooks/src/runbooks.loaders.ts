import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { type GraphqlContext, RequestLoaders, rowsByIds, rowsGroupedByIds } from '@muster/platform-graphql';
import { toStep, toVersion } from './runbooks.mappers';
import { RunbookStore } from './runbooks/runbook.store';
import { RunbookPerson } from './runbooks/runbook.types';
import { RunbookStepStore } from './steps/runbook-step.store';
import { RunbookStep } from './steps/runbook-step.types';
import { RunbookVersionStore } from './versions/runbook-version.store';
import { RunbookVersion } from './versions/runbook-version.types';

export interface TemplateSummary {
  id: string;
  title: string;
  latestVersionNumber: number;
}

/** The runbooks' loaders of one request (see RequestLoaders). */
export interface RunbookRequestLoaders {
  stepsByRunbook: DataLoader<string, RunbookStep[]>;
  versionsByRunbook: DataLoader<string, RunbookVersion[]>;
  versionById: DataLoader<string, RunbookVersion | null>;
  personById: DataLoader<string, RunbookPerson | null>;
  templateById: DataLoader<string, TemplateSummary | null>;
}

/** The runbooks' DataLoaders, per request. */
@Injectable()
export class RunbookLoaders {
  private readonly loaders = new RequestLoaders(() => this.create());

  constructor(
    private readonly db: DataSource,
    private readonly runbooks: RunbookStore,
    private readonly steps: RunbookStepStore,
    private readonly versions: RunbookVersionStore,
  ) {}

  for(ctx: GraphqlContext): RunbookRequestLoaders {
    return this.loaders.for(ctx);
  }

  private create(): RunbookRequestLoaders {
    const m = this.db.manager;
    return {
      stepsByRunbook: new DataLoader(async (ids) => {
        const rows = await this.steps.ofRunbooks(m, ids);
        return rowsGroupedByIds(ids, rows, (r) => r.runbookId).map((g) => g.map(toStep));
      }),
      versionsByRunbook: new DataLoader(async (ids) => {
        const rows = await this.versions.ofRunbooks(m, ids);
        return rowsGroupedByIds(ids, rows, (r) => r.runbookId).map((g) => g.map(toVersion));
      }),
      versionById: new DataLoader(async (ids) =>
        rowsByIds(ids, (await this.versions.findByIds(m, ids)).map(toVersion), (r) => r.id),
      ),
      personById: new DataLoader(async (ids) => rowsByIds(ids, await this.runbooks.people(m, ids), (r) => r.id)),
      templateById: new DataLoader(async (ids) => {
        const rows = await this.runbooks.templateSummaries(m, ids);
        return rowsByIds(
          ids,
          rows.map((r) => ({ id: r.id, title: r.title, latestVersionNumber: r.latestVersionNumber })),
          (r) => r.id,
        );
      }),
    };
  }
}
