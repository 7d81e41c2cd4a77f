import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessPolicy, Principal } from '@muster/platform-access';
import { Clock, DomainError } from '@muster/platform-core';
import { Connection, KeysetCursor, toConnection } from '@muster/platform-graphql';
import { toRunbook, toVersion } from '../runbooks.mappers';
import { RunbookVersionStore } from '../versions/runbook-version.store';
import { RunbookVersion } from '../versions/runbook-version.types';
import { RunbookAccess } from './runbook.access';
import { RunbooksArgs } from './runbook.inputs';
import { RunbookScope, RunbookStore } from './runbook.store';
import { Runbook } from './runbook.types';

// Keyset on (title, id).
const CURSOR = new KeysetCursor('runbooks', ['text', 'uuid']);

/** Reading runbooks and versions, scoped to what the caller may see. */
@Injectable()
export class RunbookQueriesService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly store: RunbookStore,
    private readonly versions: RunbookVersionStore,
  ) {}

  /** One page, ordered by title then id (keyset): one SQL statement whatever the page size. */
  async list(principal: Principal, args: RunbooksArgs): Promise<Connection<Runbook>> {
    const own = AccessPolicy.organisationScope(principal);
    const scope: RunbookScope = own.all
      ? own
      : { ...own, icbReaderCandidates: RunbookAccess.icbReaderCandidates(principal) };
    const after = args.after ? CURSOR.decode(args.after) : null;
    const rows = await this.store.page(
      this.db.manager,
      scope,
      args.filter ?? {},
      this.clock.now(),
      args.first + 1,
      after,
    );
    return toConnection(rows, args.first, CURSOR, (r) => [r.title, r.id], toRunbook);
  }

  async get(principal: Principal, id: string): Promise<Runbook> {
    const runbook = await this.store.findById(this.db.manager, id);
    return toRunbook(
      RunbookAccess.assertCanSee(
        principal,
        runbook,
        'Runbook',
        await this.store.icbReaderSight(this.db.manager, principal, runbook),
      ),
    );
  }

  async getVersion(principal: Principal, id: string): Promise<RunbookVersion> {
    const found = await this.versions.findWithTemplateFlag(this.db.manager, id);
    if (!found) throw DomainError.notFound('Runbook version');
    const ownership = { organisationId: found.version.organisationId, isTemplate: found.isTemplate };
    RunbookAccess.assertCanSee(
      principal,
      ownership,
      'Runbook version',
      await this.store.icbReaderSight(this.db.manager, principal, ownership),
    );
    return toVersion(found.version);
  }
}
