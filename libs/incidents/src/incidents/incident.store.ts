import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { conflictOnDuplicate, sqlRows, Transaction } from '@muster/platform-database';
import { MembershipEntity, OrganisationEntity, OrganisationKind, UserEntity } from '@muster/identity';
import { CommandRole, IncidentOrder, IncidentStatus } from './incident-enums';
import { IncidentSight } from './incident.access';
import { IncidentEntity } from './incident.entity';
import { IncidentFilter } from './incident.inputs';
import { IncidentScene, sceneSql, toScene } from './incident-scene';

/** What a change or a read of one incident needs besides its row: who sees it, and the facts its rules read. */
export interface IncidentContext extends IncidentSight {
  /** The ICBs among the caller's candidate organisations (IncidentAccess.icbCandidates). */
  icbIds: string[];
  /** Every ICB of the ICS (who hears of declarations and level changes: IncidentNotices). */
  icsIcbIds: string[];
  lessonCount: number;
  hasMethane: boolean;
}

/** An incident as a read returns it: the row, its scene and the ICBs among the caller's candidates. */
export interface IncidentView {
  incident: IncidentEntity;
  scene: IncidentScene;
  icbIds: string[];
}

/** Whose incidents a list shows. */
export type IncidentScopeOfSight =
  { all: true } | { all: false; organisationIds: string[]; userId: string | null; icbCandidates: string[] };

export type NewIncident = Pick<
  IncidentEntity,
  | 'title'
  | 'description'
  | 'category'
  | 'type'
  | 'level'
  | 'scope'
  | 'leadOrganisationId'
  | 'personalDataInvolved'
  | 'clientKey'
  | 'reportedBy'
>;

type IncidentChanges = Partial<Omit<IncidentEntity, 'id' | 'version' | 'updatedAt' | 'reference'>>;

export interface NamedOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
}

export interface IncidentPersonRow {
  id: string;
  displayName: string;
  active: boolean;
}

/**
 * The incident table, its sight (organisations and role holders) and what the rules read of
 * the directory. Reads take the manager they run on; writes and locks take the transaction.
 */
@Injectable()
export class IncidentStore {
  /** The row, locked for the rest of the transaction: concurrent changes queue here and see each other's version. */
  lock(tx: Transaction, id: string): Promise<IncidentEntity | null> {
    return tx.manager
      .createQueryBuilder(IncidentEntity, 'i')
      .setLock('pessimistic_write')
      .where('i.id = :id', { id })
      .getOne();
  }

  findById(manager: EntityManager, id: string): Promise<IncidentEntity | null> {
    return manager.findOne(IncidentEntity, { where: { id } });
  }

  findByReference(manager: EntityManager, reference: string): Promise<IncidentEntity | null> {
    return manager.findOne(IncidentEntity, { where: { reference } });
  }

  findByIds(manager: EntityManager, ids: readonly string[]): Promise<IncidentEntity[]> {
    return manager.find(IncidentEntity, { where: { id: In([...ids]) } });
  }

  findByClientKey(manager: EntityManager, organisationId: string, clientKey: string): Promise<IncidentEntity | null> {
    return manager.findOne(IncidentEntity, { where: { leadOrganisationId: organisationId, clientKey } });
  }

  /**
   * The incident's sight and rule facts, and the ICBs among `icbCandidates`: one statement.
   * Null when the incident does not exist.
   */
  async context(manager: EntityManager, id: string, icbCandidates: readonly string[]): Promise<IncidentContext | null> {
    const [row] = await sqlRows<IncidentContext>(
      manager,
      `SELECT i.lead_organisation_id AS "leadOrganisationId",
              ARRAY(SELECT a.organisation_id::text FROM incident_affected_organisation a WHERE a.incident_id = i.id ORDER BY a.added_at, a.organisation_id) AS "affectedOrganisationIds",
              COALESCE((SELECT json_agg(json_build_object('userId', r.user_id, 'role', r.role))
                          FROM incident_role_assignment r WHERE r.incident_id = i.id AND r.ended_at IS NULL), '[]'::json) AS "roleHolders",
              ARRAY(SELECT o.id::text FROM organisation o WHERE o.id = ANY($2::uuid[]) AND o.kind = 'ICB') AS "icbIds",
              ARRAY(SELECT o.id::text FROM organisation o WHERE o.kind = 'ICB') AS "icsIcbIds",
              (SELECT count(*)::int FROM incident_lesson l WHERE l.incident_id = i.id) AS "lessonCount",
              EXISTS (SELECT 1 FROM incident_methane m WHERE m.incident_id = i.id) AS "hasMethane"
         FROM incident i WHERE i.id = $1`,
      [id, icbCandidates],
    );
    return row ?? null;
  }

  /**
   * One incident with its scene (organisations, role holdings with holders) and the ICBs among
   * `icbCandidates`, by id or reference: one statement, all a read and its access decision need.
   */
  async view(
    manager: EntityManager,
    by: { id: string } | { reference: string },
    icbCandidates: readonly string[],
  ): Promise<IncidentView | null> {
    const qb = manager
      .createQueryBuilder(IncidentEntity, 'i')
      .addSelect(sceneSql('i'), 'scene')
      .addSelect(
        `ARRAY(SELECT o.id::text FROM organisation o WHERE o.id = ANY(:candidates::uuid[]) AND o.kind = :icb)`,
        'icb_ids',
      )
      .setParameters({ candidates: [...icbCandidates], icb: OrganisationKind.ICB });
    if ('id' in by) qb.where('i.id = :id', { id: by.id });
    else qb.where('i.reference = :reference', { reference: by.reference });
    const { entities, raw } = await qb.getRawAndEntities<{ scene: Parameters<typeof toScene>[1]; icb_ids: string[] }>();
    if (!entities.length) return null;
    return { incident: entities[0], scene: toScene(entities[0].id, raw[0].scene), icbIds: raw[0].icb_ids };
  }

  /**
   * Several incidents as `view` reads them, for whoever asks (live events, read once for all
   * their subscribers): `icbIds` are then every ICB of the ICS, which each subscriber's ICB
   * candidates are matched against in memory. One statement.
   */
  async liveViews(manager: EntityManager, ids: readonly string[]): Promise<IncidentView[]> {
    const { entities, raw } = await manager
      .createQueryBuilder(IncidentEntity, 'i')
      .addSelect(sceneSql('i'), 'scene')
      .addSelect(`ARRAY(SELECT o.id::text FROM organisation o WHERE o.kind = :icb)`, 'icb_ids')
      .where('i.id IN (:...ids)', { ids: [...ids], icb: OrganisationKind.ICB })
      .getRawAndEntities<{ i_id: string; scene: Parameters<typeof toScene>[1]; icb_ids: string[] }>();
    const extras = new Map(raw.map((r) => [r.i_id, r]));
    return entities.flatMap((incident) => {
      const extra = extras.get(incident.id);
      return extra ? [{ incident, scene: toScene(incident.id, extra.scene), icbIds: extra.icb_ids }] : [];
    });
  }

  /** The sight of several incidents (live events filtered at delivery): one statement. */
  sights(manager: EntityManager, ids: readonly string[]): Promise<(IncidentSight & { id: string })[]> {
    return sqlRows<IncidentSight & { id: string }>(
      manager,
      `SELECT i.id, i.lead_organisation_id AS "leadOrganisationId",
              ARRAY(SELECT a.organisation_id::text FROM incident_affected_organisation a WHERE a.incident_id = i.id) AS "affectedOrganisationIds",
              COALESCE((SELECT json_agg(json_build_object('userId', r.user_id, 'role', r.role))
                          FROM incident_role_assignment r WHERE r.incident_id = i.id AND r.ended_at IS NULL), '[]'::json) AS "roleHolders"
         FROM incident i WHERE i.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** The ICBs among `candidates` (none asked: no statement). */
  async icbIds(manager: EntityManager, candidates: readonly string[]): Promise<string[]> {
    if (!candidates.length) return [];
    const rows = await manager.find(OrganisationEntity, {
      select: { id: true },
      where: { id: In([...candidates]), kind: OrganisationKind.ICB },
    });
    return rows.map((o) => o.id);
  }

  /**
   * The next reference of the year, INC-YYYY-NNNN. The counter row stays locked until the
   * transaction ends, so concurrent reports queue on it; a transaction that rolls back
   * takes its number back with it: no gaps.
   */
  async allocateReference(tx: Transaction): Promise<string> {
    const year = tx.now.getUTCFullYear();
    const [row] = await sqlRows<{ lastNumber: number }>(
      tx.manager,
      `INSERT INTO incident_reference_counter AS c (year, last_number) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = c.last_number + 1
       RETURNING c.last_number AS "lastNumber"`,
      [year],
    ).catch((error: unknown) => {
      // The CHECK of last_number: 9,999 incidents in a year.
      throw (error as { code?: string }).code === '23514'
        ? DomainError.conflict(`No incident references are left for ${year}`)
        : error;
    });
    return `INC-${year}-${String(row.lastNumber).padStart(4, '0')}`;
  }

  /**
   * Inserts a REPORTED incident; null when the organisation already has one with this
   * client key (a concurrent retry that committed first).
   */
  async insert(tx: Transaction, reference: string, values: NewIncident): Promise<IncidentEntity | null> {
    const id = randomUUID();
    const rows = await sqlRows<{ id: string }>(
      tx.manager,
      `INSERT INTO incident (id, reference, title, description, category, type, level, scope, status, lead_organisation_id,
                             personal_data_involved, client_key, reported_by, reported_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $14)
       ON CONFLICT ON CONSTRAINT incident_client_key_unique DO NOTHING
       RETURNING id`,
      [
        id,
        reference,
        values.title,
        values.description,
        values.category,
        values.type,
        values.level,
        values.scope,
        IncidentStatus.REPORTED,
        values.leadOrganisationId,
        values.personalDataInvolved,
        values.clientKey,
        values.reportedBy,
        tx.now,
      ],
    ).catch(conflictOnDuplicate({ incident_reference_unique: 'That incident reference is taken' }));
    if (!rows.length) return null;
    return tx.manager.findOneByOrFail(IncidentEntity, { id });
  }

  /** Applies `changes`, bumps the optimistic version and returns the row as it now is (RETURNING: one statement). */
  async update(tx: Transaction, id: string, changes: IncidentChanges, bumpVersion = true): Promise<IncidentEntity> {
    const result = await tx.manager
      .createQueryBuilder()
      .update(IncidentEntity)
      .set(
        bumpVersion
          ? { ...changes, updatedAt: tx.now, version: () => 'version + 1' }
          : { ...changes, updatedAt: tx.now },
      )
      .where('id = :id', { id })
      .returning('*')
      .execute();
    const [row] = result.raw as Record<string, unknown>[];
    if (!row) throw DomainError.notFound('Incident');
    return hydrated(tx.manager, row);
  }

  /**
   * A page of the incidents in sight matching `filter`, keyset on (reported_at, id), each with
   * its scene: one statement whatever the page size.
   */
  async page(
    manager: EntityManager,
    scope: IncidentScopeOfSight,
    filter: IncidentFilter,
    order: IncidentOrder,
    limit: number,
    after: [string, string] | null,
  ): Promise<{ incident: IncidentEntity; scene: IncidentScene }[]> {
    const qb = manager.createQueryBuilder(IncidentEntity, 'i').addSelect(sceneSql('i'), 'scene');
    if (!scope.all) {
      qb.where(
        `(i.lead_organisation_id = ANY(:orgs)
          OR EXISTS (SELECT 1 FROM incident_affected_organisation a WHERE a.incident_id = i.id AND a.organisation_id = ANY(:orgs))
          OR EXISTS (SELECT 1 FROM incident_role_assignment r WHERE r.incident_id = i.id AND r.ended_at IS NULL AND r.user_id = :userId)
          OR EXISTS (SELECT 1 FROM organisation o WHERE o.id = ANY(:candidates) AND o.kind = :icb))`,
        {
          orgs: scope.organisationIds,
          userId: scope.userId,
          candidates: scope.icbCandidates,
          icb: OrganisationKind.ICB,
        },
      );
    }
    applyFilter(qb, filter);
    const desc = order === IncidentOrder.REPORTED_NEWEST_FIRST;
    if (after) {
      qb.andWhere(`(i.reported_at, i.id) ${desc ? '<' : '>'} (:afterAt::timestamptz, :afterId::uuid)`, {
        afterAt: after[0],
        afterId: after[1],
      });
    }
    const { entities, raw } = await qb
      .orderBy('i.reported_at', desc ? 'DESC' : 'ASC')
      .addOrderBy('i.id', desc ? 'DESC' : 'ASC')
      .limit(limit)
      .getRawAndEntities<{ scene: Parameters<typeof toScene>[1] }>();
    // No joins: the raw rows and the entities are one to one, in order.
    return entities.map((incident, n) => ({ incident, scene: toScene(incident.id, raw[n].scene) }));
  }

  organisations(manager: EntityManager, ids: readonly string[]): Promise<NamedOrganisation[]> {
    return manager.find(OrganisationEntity, {
      select: { id: true, name: true, kind: true },
      where: { id: In([...ids]) },
    });
  }

  /** The ICS's ICB organisations (who hears of reports and declarations). */
  async icbOrganisationIds(manager: EntityManager): Promise<string[]> {
    const rows = await manager.find(OrganisationEntity, {
      select: { id: true },
      where: { kind: OrganisationKind.ICB },
    });
    return rows.map((o) => o.id);
  }

  async people(manager: EntityManager, ids: readonly string[]): Promise<IncidentPersonRow[]> {
    const rows = await manager.find(UserEntity, {
      select: { id: true, displayName: true, active: true },
      where: { id: In([...ids]) },
    });
    return rows.map((u) => ({ id: u.id, displayName: u.displayName, active: u.active }));
  }

  /** The active person's memberships; none for an inactive or unknown person. */
  memberships(manager: EntityManager, userId: string): Promise<MembershipRow[]> {
    return sqlRows<MembershipRow>(
      manager,
      `SELECT m.organisation_id AS "organisationId", m.role FROM membership m JOIN app_user u ON u.id = m.user_id AND u.active WHERE m.user_id = $1`,
      [userId],
    );
  }

  /** Whether the user is active (and, with an organisation, holds any role in it). */
  isActiveMember(manager: EntityManager, userId: string, organisationId?: string): Promise<boolean> {
    const qb = manager
      .createQueryBuilder(MembershipEntity, 'm')
      .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
      .where('m.user_id = :userId AND u.active', { userId });
    if (organisationId) qb.andWhere('m.organisation_id = :organisationId', { organisationId });
    return qb.getExists();
  }
}

/** A raw incident row (column names) as the entity, hydrated as TypeORM would. */
function hydrated(manager: EntityManager, row: Record<string, unknown>): IncidentEntity {
  const { driver } = manager.connection;
  const entity = new IncidentEntity();
  for (const column of manager.connection.getMetadata(IncidentEntity).columns) {
    column.setEntityValue(entity, driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return entity;
}

function applyFilter(qb: SelectQueryBuilder<IncidentEntity>, f: IncidentFilter): void {
  if (f.status) qb.andWhere('i.status = :status', { status: f.status });
  if (f.level) qb.andWhere('i.level = :level', { level: f.level });
  if (f.type) qb.andWhere('i.type = :type', { type: f.type });
  if (f.category) qb.andWhere('i.category = :category', { category: f.category });
  if (f.scope) qb.andWhere('i.scope = :scope', { scope: f.scope });
  if (f.organisationId) {
    qb.andWhere(
      `(i.lead_organisation_id = :organisationId
        OR EXISTS (SELECT 1 FROM incident_affected_organisation fa WHERE fa.incident_id = i.id AND fa.organisation_id = :organisationId))`,
      { organisationId: f.organisationId },
    );
  }
  if (f.from) qb.andWhere('i.reported_at >= :from', { from: f.from });
  if (f.to) qb.andWhere('i.reported_at < :to', { to: f.to });
  if (f.search) {
    const pattern = `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.andWhere('(i.title ILIKE :search OR i.reference ILIKE :search)', { search: pattern });
  }
}

/** Role holders of an incident, as the notifications' IncidentRoleRecipients asks for them. */
export function holdersOf(sight: IncidentSight, role: CommandRole): string[] {
  return sight.roleHolders.filter((h) => h.role === role).map((h) => h.userId);
}

/** An active person's memberships (who may hold a command role). */
export interface MembershipRow {
  organisationId: string;
  role: Role;
}
