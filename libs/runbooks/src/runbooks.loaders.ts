import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { RequestLoaders, rowsByIds, rowsGroupedByIds } from '@muster/platform-graphql';
import { UserEntity } from '@muster/identity';
import { toStep, toVersion } from './runbooks.mappers';
import { RunbookEntity } from './runbooks/runbook.entity';
import { RunbookPerson } from './runbooks/runbook.types';
import { RunbookStepEntity } from './steps/runbook-step.entity';
import { RunbookStep } from './steps/runbook-step.types';
import { RunbookVersionEntity } from './versions/runbook-version.entity';
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

  constructor(private readonly db: DataSource) {}

  for(ctx: object): RunbookRequestLoaders {
    return this.loaders.for(ctx);
  }

  private create(): RunbookRequestLoaders {
    const m = this.db.manager;
    return {
      stepsByRunbook: new DataLoader(async (ids) => {
        const rows = await m.find(RunbookStepEntity, { where: { runbookId: In([...ids]) }, order: { position: 'ASC' } });
        return rowsGroupedByIds(ids, rows, (r) => r.runbookId).map((g) => g.map(toStep));
      }),
      versionsByRunbook: new DataLoader(async (ids) => {
        const rows = await m.find(RunbookVersionEntity, { where: { runbookId: In([...ids]) }, order: { versionNumber: 'DESC' } });
        return rowsGroupedByIds(ids, rows, (r) => r.runbookId).map((g) => g.map(toVersion));
      }),
      versionById: new DataLoader(async (ids) => {
        const rows = await m.find(RunbookVersionEntity, { where: { id: In([...ids]) } });
        return rowsByIds(ids, rows.map(toVersion), (r) => r.id);
      }),
      personById: new DataLoader(async (ids) => {
        const rows = await m.find(UserEntity, { select: { id: true, displayName: true, active: true }, where: { id: In([...ids]) } });
        return rowsByIds(ids, rows.map((u) => ({ id: u.id, displayName: u.displayName, active: u.active })), (r) => r.id);
      }),
      templateById: new DataLoader(async (ids) => {
        const rows = await m.find(RunbookEntity, {
          select: { id: true, title: true, latestVersionNumber: true },
          where: { id: In([...ids]), isTemplate: true },
        });
        return rowsByIds(ids, rows.map((r) => ({ id: r.id, title: r.title, latestVersionNumber: r.latestVersionNumber })), (r) => r.id);
      }),
    };
  }
}
