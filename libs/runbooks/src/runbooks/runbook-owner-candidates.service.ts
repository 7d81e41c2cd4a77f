import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { RunbookTransitions } from './runbook-transitions';
import { RunbookOwnerCandidate, RunbookOwnerCandidatesArgs } from './runbook-owner-candidates.types';
import { RunbookAccess } from './runbook.access';
import { RunbookStore } from './runbook.store';

const EDITORS = RunbookTransitions.rolesFor('edit');

/**
 * Who may own a runbook (setRunbookOwner's picker), for those who may set its owner (its
 * organisation's editors): NOT_FOUND for a runbook out of sight, FORBIDDEN for those who see
 * it but may not edit it.
 */
@Injectable()
export class RunbookOwnerCandidatesService {
  constructor(
    private readonly db: DataSource,
    private readonly runbooks: RunbookStore,
  ) {}

  async list(principal: Principal, args: RunbookOwnerCandidatesArgs): Promise<RunbookOwnerCandidate[]> {
    const m = this.db.manager;
    const found = await this.runbooks.findById(m, args.runbookId);
    const runbook = RunbookAccess.assertCanAct(
      principal,
      found,
      EDITORS,
      'Runbook',
      await this.runbooks.icbReaderSight(m, principal, found),
    );
    const pattern = args.search ? `%${args.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    return this.runbooks.ownerCandidates(m, runbook.organisationId, pattern, args.first);
  }
}
