import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, In, Not, SelectQueryBuilder } from 'typeorm';
import { Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { sqlRows, Transaction } from '@muster/platform-database';
import { MembershipEntity, OrganisationEntity, OrganisationKind, UserEntity } from '@muster/identity';
import { DRAFT_CHANGE_ACTIONS, RunbookAudit } from '../runbooks.audit';
import { RunbookAccess, RunbookOwnership } from './runbook.access';
import { RunbookEntity } from './runbook.entity';
import { RunbookFilter } from './runbook.inputs';
import { RunbookStatus } from './runbook-status';
import { RunbookOwnerCandidate } from './runbook-owner-candidates.types';
import { RunbookPerson } from './runbook.types';

export interface RunbookRef {
  id: string;
  /** The version the caller last saw; a newer one is a CONFLICT. */
  version?: number;
}

/** Whose runbooks a list shows: the caller's organisations, and every one if they read for the ICB. */
export type RunbookScope = { all: true } | { all: false; ids: string[]; icbReaderCandidates: string[] };

type RunbookChanges = Partial<Omit<RunbookEntity, 'id' | 'version' | 'updatedAt'>>;

/** A new draft: what it must have, and anything else it starts with. */
export type NewRunbook = Partial<RunbookEntity> & Pick<RunbookEntity, 'organisationId' | 'title' | 'categories'>;

/**
 * The runbook table (and the people and organisations runbooks name). Reads take the
 * manager they run on (a transaction's, or the data source's); writes and locks take the
 * transaction, so they only run inside a unit of work, stamped with its time.
 */
@Injectable()
export class RunbookStore {
  /**
   * Locks the runbook for the rest of the transaction after checking the caller may act
   * on it: NOT_FOUND when out of sight, FORBIDDEN without one of `roles` in its
   * organisation, CONFLICT when the caller's copy is stale.
   */
  async lockForChange(
    tx: Transaction,
    principal: Principal,
    ref: RunbookRef,
    roles: readonly Role[],
    entity = 'Runbook',
  ): Promise<RunbookEntity> {
    const found = await tx.manager
      .createQueryBuilder(RunbookEntity, 'r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id: ref.id })
      .getOne();
    // The ICB's readers see it (so FORBIDDEN, not NOT_FOUND) but act only at home.
    const runbook = RunbookAccess.assertCanAct(
      principal,
      found,
      roles,
      entity,
      await this.icbReaderSight(tx.manager, principal, found),
    );
    if (ref.version !== undefined && ref.version !== runbook.version) {
      throw DomainError.conflict(
        `This runbook was changed by someone else (now version ${runbook.version}, you had ${ref.version}); reload it and try again`,
      );
    }
    return runbook;
  }

  /**
   * The ICBs among the organisations where the caller holds an ICB reader role
   * (RunbookAccess), looked up only when that decides something: the runbook exists and
   * is out of the caller's sight otherwise. One statement then; none for everyone else.
   */
  async icbReaderSight(
    manager: EntityManager,
    principal: Principal,
    runbook: RunbookOwnership | null | undefined,
  ): Promise<string[]> {
    const candidates = RunbookAccess.icbReaderCandidates(principal);
    if (!runbook || candidates.length === 0 || RunbookAccess.canSee(principal, runbook)) return [];
    const rows = await manager.find(OrganisationEntity, {
      select: { id: true },
      where: { id: In(candidates), kind: OrganisationKind.ICB },
    });
    return rows.map((o) => o.id);
  }

  /** Inserts a new DRAFT runbook and returns it as stored. */
  async insert(tx: Transaction, values: NewRunbook): Promise<RunbookEntity> {
    const id = randomUUID();
    await tx.manager.insert(RunbookEntity, {
      description: '',
      reviewIntervalMonths: 12,
      isTemplate: false,
      ...values,
      id,
      status: RunbookStatus.DRAFT,
      latestVersionNumber: 0,
      createdAt: tx.now,
      updatedAt: tx.now,
      version: 1,
    });
    return tx.manager.findOneByOrFail(RunbookEntity, { id });
  }

  /** Applies `changes`, bumps the optimistic version and returns the row as it now is. */
  async update(tx: Transaction, id: string, changes: RunbookChanges): Promise<RunbookEntity> {
    await tx.manager
      .createQueryBuilder()
      .update(RunbookEntity)
      .set({ ...changes, updatedAt: tx.now, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
    return tx.manager.findOneByOrFail(RunbookEntity, { id });
  }

  findById(manager: EntityManager, id: string): Promise<RunbookEntity | null> {
    return manager.findOne(RunbookEntity, { where: { id } });
  }

  /**
   * A page of the runbooks in `scope` (and every ICS template; every runbook for an ICB
   * reader) matching `filter`, by
   * (title, id): one statement whatever the page size. `now` decides what is due for review.
   */
  page(
    manager: EntityManager,
    scope: RunbookScope,
    filter: RunbookFilter,
    now: Date,
    limit: number,
    after: [string, string] | null,
  ): Promise<RunbookEntity[]> {
    const qb = manager.createQueryBuilder(RunbookEntity, 'r');
    if (!scope.all) {
      // An ICB reader's sight is decided in the same statement: is one of their organisations the ICB?
      const icbReader = scope.icbReaderCandidates.length
        ? ' OR EXISTS (SELECT 1 FROM organisation o WHERE o.id = ANY(:candidates) AND o.kind = :icb)'
        : '';
      qb.where(`(r.organisation_id = ANY(:scopeIds) OR r.is_template${icbReader})`, {
        scopeIds: scope.ids,
        candidates: scope.icbReaderCandidates,
        icb: OrganisationKind.ICB,
      });
    }
    applyFilter(qb, filter, now);
    if (after)
      qb.andWhere('(r.title, r.id) > (:afterTitle, :afterId::uuid)', { afterTitle: after[0], afterId: after[1] });
    return qb.orderBy('r.title', 'ASC').addOrderBy('r.id', 'ASC').limit(limit).getMany();
  }

  /** An ICS template by id (any status), or null. */
  findTemplate(manager: EntityManager, id: string): Promise<RunbookEntity | null> {
    return manager.findOne(RunbookEntity, { where: { id, isTemplate: true } });
  }

  /** The title and latest version of these templates (an adopted runbook shows whether it is behind). */
  templateSummaries(
    manager: EntityManager,
    ids: readonly string[],
  ): Promise<Pick<RunbookEntity, 'id' | 'title' | 'latestVersionNumber'>[]> {
    return manager.find(RunbookEntity, {
      select: { id: true, title: true, latestVersionNumber: true },
      where: { id: In([...ids]), isTemplate: true },
    });
  }

  /** The organisation's runbook adopted from the template and not retired, if any. */
  findLiveAdoption(
    manager: EntityManager,
    organisationId: string,
    templateId: string,
  ): Promise<Pick<RunbookEntity, 'id' | 'title' | 'status'> | null> {
    return manager.findOne(RunbookEntity, {
      select: { id: true, title: true, status: true },
      where: { organisationId, templateRunbookId: templateId, status: Not(RunbookStatus.RETIRED) },
    });
  }

  async organisationKind(manager: EntityManager, organisationId: string): Promise<OrganisationKind | null> {
    const org = await manager.findOne(OrganisationEntity, {
      select: { id: true, kind: true },
      where: { id: organisationId },
    });
    return org?.kind ?? null;
  }

  /** Whether the user is active and holds any role in the organisation. */
  isActiveMember(manager: EntityManager, userId: string, organisationId: string): Promise<boolean> {
    return manager
      .createQueryBuilder(MembershipEntity, 'm')
      .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
      .where('m.user_id = :userId AND m.organisation_id = :organisationId AND u.active', { userId, organisationId })
      .getExists();
  }

  /**
   * The people who changed the runbook's draft since its last approved version: the users
   * recorded on its audit events of draft changes (CHANGES_DRAFT) after its last approval.
   * Derived from what the changes recorded, never from what a client says.
   */
  async draftContributors(manager: EntityManager, runbookId: string): Promise<string[]> {
    const rows = await sqlRows<{ actorId: string }>(
      manager,
      `SELECT DISTINCT e.actor_id AS "actorId"
         FROM audit_event e
        WHERE e.entity_type = 'runbook' AND e.entity_id = $1 AND e.actor_type = 'USER' AND e.action = ANY ($2::text[])
          AND e.id > COALESCE((SELECT max(a.id) FROM audit_event a
                                WHERE a.entity_type = 'runbook' AND a.entity_id = $1 AND a.action = $3), 0)`,
      [runbookId, DRAFT_CHANGE_ACTIONS, RunbookAudit.approved],
    );
    return rows.map((r) => r.actorId);
  }

  /** The people runbooks name (owner, submitter, approver): their names only. */
  async people(manager: EntityManager, ids: readonly string[]): Promise<RunbookPerson[]> {
    const rows = await manager.find(UserEntity, {
      select: { id: true, displayName: true, active: true },
      where: { id: In([...ids]) },
    });
    return rows.map((u) => ({ id: u.id, displayName: u.displayName, active: u.active }));
  }

  /** Who may own a runbook of the organisation: its active members with their roles there, by name then id. */
  ownerCandidates(
    manager: EntityManager,
    organisationId: string,
    namePattern: string | null,
    limit: number,
  ): Promise<RunbookOwnerCandidate[]> {
    return sqlRows<RunbookOwnerCandidate>(
      manager,
      `SELECT u.id, u.display_name AS "displayName", array_agg(m.role ORDER BY m.role) AS roles
         FROM app_user u JOIN membership m ON m.user_id = u.id
        WHERE u.active AND m.organisation_id = $1 AND ($2::text IS NULL OR u.display_name ILIKE $2)
        GROUP BY u.id, u.display_name
        ORDER BY u.display_name, u.id
        LIMIT $3`,
      [organisationId, namePattern, limit],
    );
  }
}

function applyFilter(qb: SelectQueryBuilder<RunbookEntity>, filter: RunbookFilter, now: Date): void {
  if (filter.organisationId)
    qb.andWhere('r.organisation_id = :organisationId', { organisationId: filter.organisationId });
  if (filter.category) qb.andWhere('r.categories @> ARRAY[:category]::text[]', { category: filter.category });
  if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
  if (filter.isTemplate !== undefined) qb.andWhere('r.is_template = :isTemplate', { isTemplate: filter.isTemplate });
  if (filter.dueForReview !== undefined) {
    const due = `(r.next_review_at <= :now AND r.status <> :retired)`;
    qb.andWhere(filter.dueForReview ? due : `NOT COALESCE(${due}, false)`, { now, retired: RunbookStatus.RETIRED });
  }
}
