import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
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

/** The batch loaders of one request: each nested field costs one query per request, not per row. */
export interface RunbookLoaders {
  stepsByRunbook: DataLoader<string, RunbookStep[]>;
  versionsByRunbook: DataLoader<string, RunbookVersion[]>;
  versionById: DataLoader<string, RunbookVersion | null>;
  personById: DataLoader<string, RunbookPerson | null>;
  templateById: DataLoader<string, TemplateSummary | null>;
}

function groupBy<T>(ids: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}

function byId<T>(ids: readonly string[], rows: T[], key: (row: T) => string): (T | null)[] {
  const found = new Map(rows.map((r) => [key(r), r]));
  return ids.map((id) => found.get(id) ?? null);
}

/**
 * Builds the loaders once per request and keeps them on the request object (a WeakMap,
 * so they go with it): the providers stay singletons and no request scope spreads.
 */
@Injectable()
export class RunbookLoaderFactory {
  private readonly perRequest = new WeakMap<object, RunbookLoaders>();

  constructor(private readonly db: DataSource) {}

  for(request: object): RunbookLoaders {
    let loaders = this.perRequest.get(request);
    if (!loaders) {
      loaders = this.create();
      this.perRequest.set(request, loaders);
    }
    return loaders;
  }

  private create(): RunbookLoaders {
    const m = this.db.manager;
    return {
      stepsByRunbook: new DataLoader(async (ids) => {
        const rows = await m.find(RunbookStepEntity, { where: { runbookId: In([...ids]) }, order: { position: 'ASC' } });
        return groupBy(ids, rows, (r) => r.runbookId).map((g) => g.map(toStep));
      }),
      versionsByRunbook: new DataLoader(async (ids) => {
        const rows = await m.find(RunbookVersionEntity, { where: { runbookId: In([...ids]) }, order: { versionNumber: 'DESC' } });
        return groupBy(ids, rows, (r) => r.runbookId).map((g) => g.map(toVersion));
      }),
      versionById: new DataLoader(async (ids) => {
        const rows = await m.find(RunbookVersionEntity, { where: { id: In([...ids]) } });
        return byId(ids, rows.map(toVersion), (r) => r.id);
      }),
      personById: new DataLoader(async (ids) => {
        const rows = await m.find(UserEntity, { select: { id: true, displayName: true, active: true }, where: { id: In([...ids]) } });
        return byId(ids, rows.map((u) => ({ id: u.id, displayName: u.displayName, active: u.active })), (r) => r.id);
      }),
      templateById: new DataLoader(async (ids) => {
        const rows = await m.find(RunbookEntity, {
          select: { id: true, title: true, latestVersionNumber: true },
          where: { id: In([...ids]), isTemplate: true },
        });
        return byId(ids, rows.map((r) => ({ id: r.id, title: r.title, latestVersionNumber: r.latestVersionNumber })), (r) => r.id);
      }),
    };
  }
}
