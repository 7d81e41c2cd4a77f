import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlChange, sqlRows, Transaction } from '@muster/platform-database';
import { TeamFunction } from '@muster/identity';
import {
  AssignmentOrder,
  AssignmentPriority,
  AssignmentSourceKind,
  SATISFIED_STATUSES,
  UNFINISHED_STATUSES,
} from './assignment-enums';
import { AssignmentSight } from './assignment.access';
import { AssignmentRow, assignmentColumns, commandersSql } from './assignment-columns';
import { AssignmentFilter } from './assignment.inputs';
import { IncidentSightOfCaller, incidentCallerParams, incidentSeenSql } from '../incident-sight';

/** An assignment with what its access decision and rules read: one statement. */
export interface AssignmentContext {
  assignment: AssignmentRow;
  sight: AssignmentSight;
  evidenceCount: number;
  /** Titles of its dependencies not yet DONE or WAIVED. */
  waitingFor: string[];
}

/** Whose assignments a list shows. */
export type AssignmentScopeOfSight = { all: true } | { all: false; organisationIds: string[]; userId: string | null };

export interface NewAssignment {
  title: string;
  description: string;
  function: TeamFunction;
  organisationId: string;
  teamId: string | null;
  assigneeUserId: string | null;
  assigningOrganisationId: string;
  sourceKind: AssignmentSourceKind;
  sourceId: string | null;
  incidentId: string | null;
  exerciseId: string | null;
  runbookStepId: string | null;
  priority: AssignmentPriority;
  mandatory: boolean;
  dueAt: Date | null;
  createdBy: string | null;
}

export type AssignmentChanges = Partial<
  Pick<
    AssignmentRow,
    'status' | 'statusReason' | 'teamId' | 'assigneeUserId' | 'dueAt' | 'acknowledgedAt' | 'startedAt' | 'closedAt'
  >
>;

const CHANGE_COLUMNS: Record<keyof AssignmentChanges, string> = {
  status: 'status',
  statusReason: 'status_reason',
  teamId: 'team_id',
  assigneeUserId: 'assignee_user_id',
  dueAt: 'due_at',
  acknowledgedAt: 'acknowledged_at',
  startedAt: 'started_at',
  closedAt: 'closed_at',
};

export interface EvidenceRow {
  id: string;
  assignmentId: string;
  text: string;
  links: string[];
  addedBy: string | null;
  addedAt: Date;
}

export interface DependencyRow {
  assignmentId: string;
  id: string;
  title: string;
  status: string;
}

export interface HistoryRow {
  entityId: string;
  occurredAt: Date;
  action: string;
  actorLabel: string;
  summary: string;
}

export interface TeamRow {
  id: string;
  organisationId: string;
  function: TeamFunction;
}

export interface IncidentForAssigning {
  id: string;
  reference: string;
  leadOrganisationId: string;
  /** Lead and affected. */
  organisationIds: string[];
  commanderIds: string[];
  /** The caller sees it (IncidentAccess's rules). */
  sees: boolean;
}

const CONTEXT_SQL = `SELECT ${assignmentColumns('a')},
       ${commandersSql('a')} AS "incidentCommanderIds",
       (SELECT count(*)::int FROM assignment_evidence e WHERE e.assignment_id = a.id) AS "evidenceCount",
       ARRAY(SELECT d.title FROM assignment_dependency x JOIN assignment d ON d.id = x.depends_on_id
              WHERE x.assignment_id = a.id AND NOT (d.status = ANY($2::text[])) ORDER BY d.created_at, d.id) AS "waitingFor"
  FROM assignment a WHERE a.id = $1`;

type ContextRow = AssignmentRow & { incidentCommanderIds: string[]; evidenceCount: number; waitingFor: string[] };

function toContext(row: ContextRow | undefined): AssignmentContext | null {
  if (!row) return null;
  const { incidentCommanderIds, evidenceCount, waitingFor, ...assignment } = row;
  return {
    assignment,
    sight: {
      organisationId: assignment.organisationId,
      assigningOrganisationId: assignment.assigningOrganisationId,
      incidentCommanderIds,
    },
    evidenceCount,
    waitingFor,
  };
}

/**
 * The assignment tables and what their rules read of the directory and incidents. Reads
 * take the manager they run on; writes and locks take the transaction.
 */
@Injectable()
export class AssignmentStore {
  /** The row locked for the rest of the transaction, with its sight and rule facts: one statement. */
  async lock(tx: Transaction, id: string): Promise<AssignmentContext | null> {
    const [row] = await sqlRows<ContextRow>(tx.manager, `${CONTEXT_SQL} FOR UPDATE OF a`, [id, SATISFIED_STATUSES]);
    return toContext(row);
  }

  async context(manager: EntityManager, id: string): Promise<AssignmentContext | null> {
    const [row] = await sqlRows<ContextRow>(manager, CONTEXT_SQL, [id, SATISFIED_STATUSES]);
    return toContext(row);
  }

  /** Several assignments with their sight (live events, judged at delivery): one statement. */
  async withSights(manager: EntityManager, ids: readonly string[]): Promise<AssignmentContext[]> {
    const rows = await sqlRows<ContextRow>(
      manager,
      `SELECT ${assignmentColumns('a')}, ${commandersSql('a')} AS "incidentCommanderIds", 0 AS "evidenceCount", '{}'::text[] AS "waitingFor"
         FROM assignment a WHERE a.id = ANY($1::uuid[]) ORDER BY a.created_at, a.id`,
      [ids],
    );
    return rows.map((r) => toContext(r) as AssignmentContext);
  }

  /** The sight of several assignments: one statement. */
  sights(manager: EntityManager, ids: readonly string[]): Promise<(AssignmentSight & { id: string })[]> {
    return sqlRows<AssignmentSight & { id: string }>(
      manager,
      `SELECT a.id, a.organisation_id AS "organisationId", a.assigning_organisation_id AS "assigningOrganisationId",
              ${commandersSql('a')} AS "incidentCommanderIds"
         FROM assignment a WHERE a.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async insert(tx: Transaction, values: NewAssignment): Promise<AssignmentRow> {
    const [row] = await sqlRows<AssignmentRow>(
      tx.manager,
      `INSERT INTO assignment (id, title, description, function, organisation_id, team_id, assignee_user_id,
                               assigning_organisation_id, source_kind, source_id, incident_id, exercise_id, runbook_step_id,
                               priority, mandatory, status, due_at, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 'OPEN', $16, $17, $18, $18)
       RETURNING ${assignmentColumns('assignment')}`,
      [
        randomUUID(),
        values.title,
        values.description,
        values.function,
        values.organisationId,
        values.teamId,
        values.assigneeUserId,
        values.assigningOrganisationId,
        values.sourceKind,
        values.sourceId,
        values.incidentId,
        values.exerciseId,
        values.runbookStepId,
        values.priority,
        values.mandatory,
        values.dueAt,
        values.createdBy,
        tx.now,
      ],
    );
    return row;
  }

  /** Applies `changes`, bumps the version and returns the row as it now is: one statement. */
  async update(tx: Transaction, id: string, changes: AssignmentChanges): Promise<AssignmentRow> {
    const entries = Object.entries(changes).filter(([, v]) => v !== undefined) as [keyof AssignmentChanges, unknown][];
    const sets = entries.map(([key], n) => `${CHANGE_COLUMNS[key]} = $${n + 3}`);
    const { rows } = await sqlChange<AssignmentRow>(
      tx.manager,
      `UPDATE assignment SET ${[...sets, 'updated_at = $2', 'version = version + 1'].join(', ')}
        WHERE id = $1 RETURNING ${assignmentColumns('assignment')}`,
      [id, tx.now, ...entries.map(([, v]) => v)],
    );
    return rows[0];
  }

  async insertEvidence(
    tx: Transaction,
    assignmentId: string,
    text: string,
    links: string[],
    addedBy: string | null,
  ): Promise<EvidenceRow> {
    const [row] = await sqlRows<EvidenceRow>(
      tx.manager,
      `INSERT INTO assignment_evidence (id, assignment_id, text, links, added_by, added_at) VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING id, assignment_id AS "assignmentId", text, links, added_by AS "addedBy", added_at AS "addedAt"`,
      [randomUUID(), assignmentId, text, links, addedBy, tx.now],
    );
    return row;
  }

  /** Replaces the assignment's dependencies: one statement. */
  async setDependencies(tx: Transaction, assignmentId: string, dependsOn: readonly string[]): Promise<void> {
    await tx.manager.query(
      `WITH gone AS (DELETE FROM assignment_dependency WHERE assignment_id = $1 AND NOT (depends_on_id = ANY($2::uuid[])))
       INSERT INTO assignment_dependency (assignment_id, depends_on_id)
       SELECT $1, d FROM unnest($2::uuid[]) d ON CONFLICT DO NOTHING`,
      [assignmentId, dependsOn],
    );
  }

  /**
   * The titles along a path from any of `dependsOn` back to `assignmentId` through existing
   * dependencies: a cycle the change would close (empty: none). One recursive statement.
   */
  async cycleThrough(manager: EntityManager, assignmentId: string, dependsOn: readonly string[]): Promise<string[]> {
    const [row] = await sqlRows<{ path: string[] | null }>(
      manager,
      `WITH RECURSIVE walk(id, path) AS (
         SELECT d, ARRAY[d] FROM unnest($2::uuid[]) d
         UNION ALL
         SELECT x.depends_on_id, w.path || x.depends_on_id
           FROM walk w JOIN assignment_dependency x ON x.assignment_id = w.id
          WHERE NOT (x.depends_on_id = ANY(w.path)) AND cardinality(w.path) < 1000
       )
       SELECT (SELECT array_agg(a.title ORDER BY p.n) FROM unnest(w.path) WITH ORDINALITY p(id, n) JOIN assignment a ON a.id = p.id) AS path
         FROM walk w WHERE w.id = $1 LIMIT 1`,
      [assignmentId, dependsOn],
    );
    return row?.path ?? [];
  }

  /** The sight of the assignments among `ids` that exist (dependencies named by a change). */
  found(manager: EntityManager, ids: readonly string[]): Promise<(AssignmentSight & { id: string })[]> {
    return this.sights(manager, ids);
  }

  /**
   * A page of the assignments in sight matching `filter` (and, for `mine`, the caller's or
   * their teams'), keyset on the order's key and id: one statement whatever the page size.
   */
  async page(
    manager: EntityManager,
    scope: AssignmentScopeOfSight,
    filter: AssignmentFilter,
    mine: { userId: string | null; teamIds: string[] } | null,
    order: AssignmentOrder,
    now: Date,
    limit: number,
    after: [string, string] | null,
  ): Promise<AssignmentRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (!scope.all) {
      const orgs = p(scope.organisationIds);
      where.push(`(a.organisation_id = ANY(${orgs}::uuid[]) OR a.assigning_organisation_id = ANY(${orgs}::uuid[])
        OR (a.incident_id IS NOT NULL AND EXISTS (SELECT 1 FROM incident_role_assignment r WHERE r.incident_id = a.incident_id
              AND r.ended_at IS NULL AND r.role = 'COMMANDER' AND r.user_id = ${p(scope.userId)}::uuid)))`);
    }
    if (mine) {
      where.push(`(a.assignee_user_id = ${p(mine.userId)}::uuid OR a.team_id = ANY(${p(mine.teamIds)}::uuid[]))`);
    }
    if (filter.organisationId) where.push(`a.organisation_id = ${p(filter.organisationId)}::uuid`);
    if (filter.teamId) where.push(`a.team_id = ${p(filter.teamId)}::uuid`);
    if (filter.function) where.push(`a.function = ${p(filter.function)}`);
    if (filter.status) where.push(`a.status = ${p(filter.status)}`);
    if (filter.incidentId) where.push(`a.incident_id = ${p(filter.incidentId)}::uuid`);
    if (filter.exerciseId) where.push(`a.exercise_id = ${p(filter.exerciseId)}::uuid`);
    if (filter.assigneeId) where.push(`a.assignee_user_id = ${p(filter.assigneeId)}::uuid`);
    if (filter.source) where.push(`a.source_kind = ${p(filter.source)}`);
    if (filter.overdue !== undefined && filter.overdue !== null) {
      const overdue = `(a.due_at IS NOT NULL AND a.due_at < ${p(now)}::timestamptz AND a.status = ANY(${p(UNFINISHED_STATUSES)}::text[]))`;
      where.push(filter.overdue ? overdue : `NOT ${overdue}`);
    }
    const { key, desc } = orderKey(order);
    if (after) {
      where.push(`(${key}, a.id) ${desc ? '<' : '>'} (${p(after[0])}::timestamptz, ${p(after[1])}::uuid)`);
    }
    const dir = desc ? 'DESC' : 'ASC';
    return sqlRows<AssignmentRow>(
      manager,
      `SELECT ${assignmentColumns('a')} FROM assignment a
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${key} ${dir}, a.id ${dir} LIMIT ${p(limit)}`,
      params,
    );
  }

  evidenceOf(manager: EntityManager, ids: readonly string[]): Promise<EvidenceRow[]> {
    return sqlRows<EvidenceRow>(
      manager,
      `SELECT id, assignment_id AS "assignmentId", text, links, added_by AS "addedBy", added_at AS "addedAt"
         FROM assignment_evidence WHERE assignment_id = ANY($1::uuid[]) ORDER BY added_at, id`,
      [ids],
    );
  }

  dependenciesOf(manager: EntityManager, ids: readonly string[]): Promise<DependencyRow[]> {
    return sqlRows<DependencyRow>(
      manager,
      `SELECT x.assignment_id AS "assignmentId", d.id, d.title, d.status
         FROM assignment_dependency x JOIN assignment d ON d.id = x.depends_on_id
        WHERE x.assignment_id = ANY($1::uuid[]) ORDER BY d.created_at, d.id`,
      [ids],
    );
  }

  /** The audit events of the assignments, oldest first: their history. */
  historyOf(manager: EntityManager, ids: readonly string[]): Promise<HistoryRow[]> {
    return sqlRows<HistoryRow>(
      manager,
      `SELECT entity_id AS "entityId", occurred_at AS "occurredAt", action, actor_label AS "actorLabel", summary
         FROM audit_event WHERE entity_type = 'assignment' AND entity_id = ANY($1::text[]) ORDER BY id`,
      [ids],
    );
  }

  names(
    manager: EntityManager,
    table: 'organisation' | 'team' | 'app_user',
    ids: readonly string[],
  ): Promise<{ id: string; name: string }[]> {
    const column = table === 'app_user' ? 'display_name' : 'name';
    return sqlRows<{ id: string; name: string }>(
      manager,
      `SELECT id, ${column} AS name FROM ${table} WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async team(manager: EntityManager, id: string): Promise<TeamRow | null> {
    const [row] = await sqlRows<TeamRow>(
      manager,
      `SELECT id, organisation_id AS "organisationId", function FROM team WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Whether the user is active and a member of the organisation. */
  async isActiveMember(manager: EntityManager, userId: string, organisationId: string): Promise<boolean> {
    const [row] = await sqlRows<{ ok: boolean }>(
      manager,
      `SELECT EXISTS (SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id AND u.active
                       WHERE m.user_id = $1 AND m.organisation_id = $2) AS ok`,
      [userId, organisationId],
    );
    return row.ok;
  }

  /** The ICBs among `candidates` (none asked: no statement). */
  async icbIds(manager: EntityManager, candidates: readonly string[]): Promise<string[]> {
    if (!candidates.length) return [];
    const rows = await sqlRows<{ id: string }>(
      manager,
      `SELECT id FROM organisation WHERE id = ANY($1::uuid[]) AND kind = 'ICB'`,
      [candidates],
    );
    return rows.map((r) => r.id);
  }

  /** The incident an assignment is raised on, as the caller sees it: one statement. */
  async incident(
    manager: EntityManager,
    id: string,
    caller: IncidentSightOfCaller,
  ): Promise<IncidentForAssigning | null> {
    const [row] = await sqlRows<IncidentForAssigning>(
      manager,
      `SELECT i.id, i.reference, i.lead_organisation_id AS "leadOrganisationId",
              ARRAY[i.lead_organisation_id::text] || ARRAY(SELECT a.organisation_id::text FROM incident_affected_organisation a
                                                           WHERE a.incident_id = i.id) AS "organisationIds",
              ARRAY(SELECT r.user_id::text FROM incident_role_assignment r
                     WHERE r.incident_id = i.id AND r.ended_at IS NULL AND r.role = 'COMMANDER') AS "commanderIds",
              ${incidentSeenSql('i', 2)} AS sees
         FROM incident i WHERE i.id = $1`,
      [id, ...incidentCallerParams(caller)],
    );
    return row ?? null;
  }

  /** Whether the lesson was recorded on the incident. */
  async isLessonOf(manager: EntityManager, lessonId: string, incidentId: string): Promise<boolean> {
    const [row] = await sqlRows<{ ok: boolean }>(
      manager,
      `SELECT EXISTS (SELECT 1 FROM incident_lesson WHERE id = $1 AND incident_id = $2) AS ok`,
      [lessonId, incidentId],
    );
    return row.ok;
  }

  /**
   * The leads of the owning team (its members holding a lead role), or of the owning
   * organisation's EPRR leads when it has no team: who hears of its escalation.
   */
  async leads(manager: EntityManager, organisationId: string, teamId: string | null): Promise<string[]> {
    const rows = await sqlRows<{ userId: string }>(
      manager,
      `SELECT DISTINCT m.user_id AS "userId" FROM membership m
        WHERE m.organisation_id = $1
          AND CASE WHEN $2::uuid IS NULL THEN m.role = 'EPRR_LEAD'
                   ELSE m.team_id = $2::uuid AND m.role = ANY($3::text[]) END`,
      [organisationId, teamId, TEAM_LEAD_ROLES],
    );
    return rows.map((r) => r.userId);
  }

  /** Titles of the incident's mandatory assignments not yet DONE or WAIVED (the stand-down check). */
  async unfinishedMandatory(manager: EntityManager, incidentId: string): Promise<string[]> {
    const rows = await sqlRows<{ title: string }>(
      manager,
      `SELECT title FROM assignment WHERE incident_id = $1 AND mandatory AND NOT (status = ANY($2::text[]))
        ORDER BY created_at, id`,
      [incidentId, SATISFIED_STATUSES],
    );
    return rows.map((r) => r.title);
  }
}

/** The roles that make a team member one of its leads. */
export const TEAM_LEAD_ROLES = ['ORG_ADMIN', 'INCIDENT_COMMANDER', 'EPRR_LEAD', 'IG_OFFICER'];

function orderKey(order: AssignmentOrder): { key: string; desc: boolean } {
  switch (order) {
    case AssignmentOrder.DUE_SOONEST_FIRST:
      return { key: `COALESCE(a.due_at, 'infinity'::timestamptz)`, desc: false };
    case AssignmentOrder.CREATED_OLDEST_FIRST:
      return { key: 'a.created_at', desc: false };
    default:
      return { key: 'a.created_at', desc: true };
  }
}

/** The value of the order's key for a row, as the cursor keeps it. */
export function orderValue(order: AssignmentOrder, row: AssignmentRow): string {
  if (order === AssignmentOrder.DUE_SOONEST_FIRST) return row.dueAt ? row.dueAt.toISOString() : 'infinity';
  return row.createdAt.toISOString();
}
