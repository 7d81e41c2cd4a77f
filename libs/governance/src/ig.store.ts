import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AdvisoryLock, conflictOnDuplicate, sqlRows, Transaction } from '@muster/platform-database';
import { OrganisationKind } from '@muster/identity';
import { IncidentSight, IncidentStatus } from '@muster/incidents';
import { IgDecisionEntity } from './decisions/ig-decision.entity';
import { IgNotificationEntity } from './decisions/ig-notification.entity';
import { CLOCK_STOPPING_RECIPIENTS, CLOCK_STOPPING_TYPES, IgDecisionType, IgOutcome, IgRecipient } from './ig-enums';
import { IgThreadEntity } from './threads/ig-thread.entity';

/** A thread as reads and changes need it: the row, names, its incident's sight and the clock facts. */
export interface ThreadRow extends IncidentSight {
  id: string;
  incidentId: string;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  detectedAt: Date;
  awarenessAt: Date;
  deadlineAt: Date;
  seniorManagementDueAt: Date;
  processorName: string | null;
  processorDueAt: Date | null;
  processorToldControllerAt: Date | null;
  openedAt: Date;
  incidentReference: string;
  incidentStatus: IncidentStatus;
  /** The ICBs among the caller's candidates (IncidentAccess.icbCandidates). */
  icbIds: string[];
  /** The first notification to the ICO or through the DSPT. */
  firstNotifiedAt: Date | null;
  seniorManagementReportedAt: Date | null;
  /** The current ICO or DSPT decision is NOT_REPORTABLE. */
  notReportable: boolean;
}

/** An incident's sight, with the ICBs among the caller's candidates. */
export interface IncidentSightRow extends IncidentSight {
  id: string;
  reference: string;
  status: IncidentStatus;
  icbIds: string[];
}

/** A decision with who took it (by name) and what superseded it, if anything. */
export interface DecisionRow extends IgDecisionEntity {
  decidedByName: string;
  supersededByDecisionId: string | null;
}

export type NewThread = Omit<IgThreadEntity, 'id' | 'openedAt'>;
export type NewDecision = Omit<IgDecisionEntity, 'id' | 'recordedAt'>;
export type NewNotification = Omit<IgNotificationEntity, 'id' | 'phase' | 'recordedAt'>;

/** Whose threads a list shows (as IncidentStore.page sees incidents). */
export type ThreadScope =
  { all: true } | { all: false; organisationIds: string[]; userId: string | null; icbCandidates: string[] };

const CURRENT = (d: string) => `NOT EXISTS (SELECT 1 FROM ig_decision s WHERE s.supersedes_decision_id = ${d}.id)`;

/** Columns of ThreadRow; `$1` is the caller's ICB candidates. */
const THREAD_COLUMNS = `
  t.id, t.incident_id AS "incidentId", t.organisation_id AS "organisationId", o.name AS "organisationName", o.kind AS "organisationKind",
  t.detected_at AS "detectedAt", t.awareness_at AS "awarenessAt", t.deadline_at AS "deadlineAt",
  t.senior_management_due_at AS "seniorManagementDueAt", t.processor_name AS "processorName",
  t.processor_due_at AS "processorDueAt", t.processor_told_controller_at AS "processorToldControllerAt",
  t.opened_at AS "openedAt", i.reference AS "incidentReference", i.status AS "incidentStatus",
  i.lead_organisation_id AS "leadOrganisationId",
  ARRAY(SELECT a.organisation_id::text FROM incident_affected_organisation a WHERE a.incident_id = i.id) AS "affectedOrganisationIds",
  COALESCE((SELECT json_agg(json_build_object('userId', r.user_id, 'role', r.role))
              FROM incident_role_assignment r WHERE r.incident_id = i.id AND r.ended_at IS NULL), '[]'::json) AS "roleHolders",
  ARRAY(SELECT c.id::text FROM organisation c WHERE c.id = ANY($1::uuid[]) AND c.kind = 'ICB') AS "icbIds",
  (SELECT min(n.notified_at) FROM ig_notification n
    WHERE n.thread_id = t.id AND n.recipient = ANY('{${CLOCK_STOPPING_RECIPIENTS.join(',')}}'::text[])) AS "firstNotifiedAt",
  (SELECT min(n.notified_at) FROM ig_notification n
    WHERE n.thread_id = t.id AND n.recipient = '${IgRecipient.SENIOR_MANAGEMENT}') AS "seniorManagementReportedAt",
  EXISTS (SELECT 1 FROM ig_decision d WHERE d.thread_id = t.id AND d.outcome = '${IgOutcome.NOT_REPORTABLE}'
             AND d.type = ANY('{${CLOCK_STOPPING_TYPES.join(',')}}'::text[]) AND ${CURRENT('d')}) AS "notReportable"`;

const THREAD_FROM = `FROM ig_thread t JOIN incident i ON i.id = t.incident_id JOIN organisation o ON o.id = t.organisation_id`;

const DECISION_COLUMNS = `
  d.id, d.thread_id AS "threadId", d.type, d.outcome, d.review_at AS "reviewAt", d.data_categories AS "dataCategories",
  d.special_category AS "specialCategory", d.children_or_vulnerable AS "childrenOrVulnerable",
  d.approx_data_subjects AS "approxDataSubjects", d.approx_records AS "approxRecords", d.likelihood, d.severity,
  d.suggested_reportable AS "suggestedReportable", d.against_suggestion_reason AS "againstSuggestionReason",
  d.rationale, d.legal_basis AS "legalBasis", d.consulted, d.consultation_notes AS "consultationNotes",
  d.decided_by AS "decidedBy", u.display_name AS "decidedByName", d.decided_at AS "decidedAt",
  d.recorded_at AS "recordedAt", d.supersedes_decision_id AS "supersedesDecisionId", d.supersede_reason AS "supersedeReason",
  (SELECT s.id FROM ig_decision s WHERE s.supersedes_decision_id = d.id) AS "supersededByDecisionId"`;

const DECISION_FROM = `FROM ig_decision d JOIN app_user u ON u.id = d.decided_by`;

/**
 * The IG decision log's tables. Nothing here updates or deletes: the tables refuse it. A
 * change of a thread holds its advisory lock (`lockThread`) for the rest of its transaction,
 * so phases are numbered and supersessions checked one at a time.
 */
@Injectable()
export class IgStore {
  lockThread(tx: Transaction, threadId: string): Promise<void> {
    return AdvisoryLock.wait(tx, `ig-thread:${threadId}`);
  }

  async thread(manager: EntityManager, id: string, icbCandidates: readonly string[]): Promise<ThreadRow | null> {
    const [row] = await sqlRows<ThreadRow>(manager, `SELECT ${THREAD_COLUMNS} ${THREAD_FROM} WHERE t.id = $2`, [
      icbCandidates,
      id,
    ]);
    return row ?? null;
  }

  /** The threads of an incident, by organisation name. */
  threadsOfIncident(
    manager: EntityManager,
    incidentId: string,
    icbCandidates: readonly string[],
  ): Promise<ThreadRow[]> {
    return this.threadsOfIncidents(manager, [incidentId], icbCandidates);
  }

  /** The threads of several incidents (a loader's batch), by organisation name. */
  threadsOfIncidents(
    manager: EntityManager,
    incidentIds: readonly string[],
    icbCandidates: readonly string[],
  ): Promise<ThreadRow[]> {
    return sqlRows<ThreadRow>(
      manager,
      `SELECT ${THREAD_COLUMNS} ${THREAD_FROM} WHERE t.incident_id = ANY($2::uuid[]) ORDER BY o.name, t.id`,
      [icbCandidates, incidentIds],
    );
  }

  /**
   * Threads in `scope` whose clock runs and whose deadline is before `until` (passed or
   * close), soonest first, keyset on (deadline_at, id).
   */
  deadlines(
    manager: EntityManager,
    scope: ThreadScope,
    organisationId: string | undefined,
    until: Date,
    limit: number,
    after: [string, string] | null,
  ): Promise<ThreadRow[]> {
    const candidates = scope.all ? [] : scope.icbCandidates;
    const params: unknown[] = [candidates, until, limit];
    const where = [
      `t.deadline_at <= $2`,
      `NOT EXISTS (SELECT 1 FROM ig_notification n WHERE n.thread_id = t.id AND n.recipient = ANY('{${CLOCK_STOPPING_RECIPIENTS.join(',')}}'::text[]))`,
      `NOT EXISTS (SELECT 1 FROM ig_decision d WHERE d.thread_id = t.id AND d.outcome = '${IgOutcome.NOT_REPORTABLE}'
                     AND d.type = ANY('{${CLOCK_STOPPING_TYPES.join(',')}}'::text[]) AND ${CURRENT('d')})`,
    ];
    if (!scope.all) {
      params.push(scope.organisationIds, scope.userId);
      const [orgs, user] = [`$${params.length - 1}::uuid[]`, `$${params.length}::uuid`];
      where.push(`(i.lead_organisation_id = ANY(${orgs})
        OR EXISTS (SELECT 1 FROM incident_affected_organisation a WHERE a.incident_id = i.id AND a.organisation_id = ANY(${orgs}))
        OR EXISTS (SELECT 1 FROM incident_role_assignment r WHERE r.incident_id = i.id AND r.ended_at IS NULL AND r.user_id = ${user})
        OR EXISTS (SELECT 1 FROM organisation c WHERE c.id = ANY($1::uuid[]) AND c.kind = 'ICB'))`);
    }
    if (organisationId) {
      params.push(organisationId);
      where.push(`t.organisation_id = $${params.length}`);
    }
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(t.deadline_at, t.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    return sqlRows<ThreadRow>(
      manager,
      `SELECT ${THREAD_COLUMNS} ${THREAD_FROM} WHERE ${where.join(' AND ')} ORDER BY t.deadline_at, t.id LIMIT $3`,
      params,
    );
  }

  /** An incident's sight (null when it does not exist), with the ICBs among the caller's candidates. */
  async incidentSight(
    manager: EntityManager,
    incidentId: string,
    icbCandidates: readonly string[],
  ): Promise<IncidentSightRow | null> {
    const [row] = await sqlRows<IncidentSightRow>(
      manager,
      `SELECT i.id, i.reference, i.status, i.lead_organisation_id AS "leadOrganisationId",
              ARRAY(SELECT a.organisation_id::text FROM incident_affected_organisation a WHERE a.incident_id = i.id) AS "affectedOrganisationIds",
              COALESCE((SELECT json_agg(json_build_object('userId', r.user_id, 'role', r.role))
                          FROM incident_role_assignment r WHERE r.incident_id = i.id AND r.ended_at IS NULL), '[]'::json) AS "roleHolders",
              ARRAY(SELECT c.id::text FROM organisation c WHERE c.id = ANY($2::uuid[]) AND c.kind = 'ICB') AS "icbIds"
         FROM incident i WHERE i.id = $1`,
      [incidentId, icbCandidates],
    );
    return row ?? null;
  }

  async insertThread(tx: Transaction, values: NewThread): Promise<string> {
    const id = randomUUID();
    await tx.manager.insert(IgThreadEntity, { ...values, id, openedAt: tx.now }).catch(
      conflictOnDuplicate({
        ig_thread_one_per_organisation:
          'This organisation already has an IG thread on this incident: record its decisions there',
      }),
    );
    return id;
  }

  async insertDecision(tx: Transaction, values: NewDecision): Promise<string> {
    const id = randomUUID();
    await tx.manager.insert(IgDecisionEntity, { ...values, id, recordedAt: tx.now }).catch(
      conflictOnDuplicate({
        ig_decision_supersedes_once: 'That decision has already been superseded: supersede the current one',
      }),
    );
    return id;
  }

  /** The next phase for the recipient, inserted (the thread's lock is held, so max + 1 is safe). */
  async insertNotification(tx: Transaction, values: NewNotification): Promise<IgNotificationEntity> {
    const id = randomUUID();
    const [{ next }] = await sqlRows<{ next: number }>(
      tx.manager,
      `SELECT COALESCE(max(phase), 0) + 1 AS next FROM ig_notification WHERE thread_id = $1 AND recipient = $2`,
      [values.threadId, values.recipient],
    );
    await tx.manager.insert(IgNotificationEntity, { ...values, id, phase: next, recordedAt: tx.now });
    return tx.manager.findOneByOrFail(IgNotificationEntity, { id });
  }

  async decision(manager: EntityManager, id: string): Promise<DecisionRow | null> {
    const [row] = await sqlRows<DecisionRow>(manager, `SELECT ${DECISION_COLUMNS} ${DECISION_FROM} WHERE d.id = $1`, [
      id,
    ]);
    return row ?? null;
  }

  /** Every decision of the threads, in the order recorded (`seq`, an identity: insertion order). */
  decisionsOf(manager: EntityManager, threadIds: readonly string[]): Promise<DecisionRow[]> {
    return sqlRows<DecisionRow>(
      manager,
      `SELECT ${DECISION_COLUMNS} ${DECISION_FROM} WHERE d.thread_id = ANY($1::uuid[]) ORDER BY d.thread_id, d.seq`,
      [threadIds],
    );
  }

  /** The current (not superseded) decision of the type in the thread, if any. */
  async currentOfType(manager: EntityManager, threadId: string, type: IgDecisionType): Promise<DecisionRow | null> {
    const [row] = await sqlRows<DecisionRow>(
      manager,
      `SELECT ${DECISION_COLUMNS} ${DECISION_FROM} WHERE d.thread_id = $1 AND d.type = $2 AND ${CURRENT('d')}
        ORDER BY d.seq DESC LIMIT 1`,
      [threadId, type],
    );
    return row ?? null;
  }

  notificationsOf(manager: EntityManager, threadIds: readonly string[]): Promise<IgNotificationEntity[]> {
    return manager
      .createQueryBuilder(IgNotificationEntity, 'n')
      .where('n.thread_id = ANY(:ids)', { ids: [...threadIds] })
      .orderBy('n.recipient')
      .addOrderBy('n.phase')
      .getMany();
  }

  /** Whether the recipient has been notified in the thread before. */
  async hasNotified(manager: EntityManager, threadId: string, recipient: IgRecipient): Promise<boolean> {
    const rows = await sqlRows<{ one: number }>(
      manager,
      `SELECT 1 AS one FROM ig_notification WHERE thread_id = $1 AND recipient = $2 LIMIT 1`,
      [threadId, recipient],
    );
    return rows.length > 0;
  }

  /**
   * The names of the organisations among `organisationIds` without a settled thread on the
   * incident: none, or one with no current decision, or with a current decision deferred.
   */
  async unsettledOrganisations(
    manager: EntityManager,
    incidentId: string,
    organisationIds: readonly string[],
  ): Promise<string[]> {
    const rows = await sqlRows<{ name: string }>(
      manager,
      `SELECT o.name FROM organisation o
        WHERE o.id = ANY($2::uuid[])
          AND NOT EXISTS (
            SELECT 1 FROM ig_thread t
             WHERE t.incident_id = $1 AND t.organisation_id = o.id
               AND EXISTS (SELECT 1 FROM ig_decision d WHERE d.thread_id = t.id AND ${CURRENT('d')})
               AND NOT EXISTS (SELECT 1 FROM ig_decision d WHERE d.thread_id = t.id AND ${CURRENT('d')}
                                 AND d.outcome = '${IgOutcome.DEFERRED_PENDING_FACTS}'))
        ORDER BY o.name`,
      [incidentId, organisationIds],
    );
    return rows.map((r) => r.name);
  }

  /** The thread of a decision (null for none, or for an id that is not a uuid). */
  async threadOfDecision(manager: EntityManager, id: string): Promise<string | null> {
    if (!UUID.test(id)) return null;
    const [row] = await sqlRows<{ threadId: string }>(
      manager,
      `SELECT thread_id AS "threadId" FROM ig_decision WHERE id = $1`,
      [id],
    );
    return row?.threadId ?? null;
  }

  async threadOfNotification(manager: EntityManager, id: string): Promise<string | null> {
    if (!UUID.test(id)) return null;
    const [row] = await sqlRows<{ threadId: string }>(
      manager,
      `SELECT thread_id AS "threadId" FROM ig_notification WHERE id = $1`,
      [id],
    );
    return row?.threadId ?? null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
