import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Principal, Role } from '@muster/platform-access';
import { conflictOnDuplicate, sqlChange, sqlRows, Transaction } from '@muster/platform-database';
import { CyberAlertSight } from './cyber-alert.access';
import {
  CyberAlertFilterValues,
  CyberAlertResponseRow,
  CyberAlertRow,
  CyberAlertUpdateRow,
  NewCyberAlert,
  OverdueResponseRow,
} from './cyber-alert.rows';
import { ALERT_COLUMNS, overdueAt, RESPONSE_COLUMNS, RESPONSE_FROM } from './cyber-alert.sql';

export * from './cyber-alert.rows';

/** NHS cyber alerts, their responses per organisation and the responses' updates (SQL, no entities). */
@Injectable()
export class CyberAlertStore {
  /** What decides the caller's sight, in one statement (none for an API key: it sees nothing). */
  sightOf(manager: EntityManager, principal: Principal): Promise<CyberAlertSight> {
    if (principal.actor.type === 'API_KEY') return this.sight(manager, [], [], []);
    const eprrLeadOf = principal.grants.filter((g) => g.role === Role.EPRR_LEAD).map((g) => g.organisationId);
    const teamIds = principal.grants.map((g) => g.teamId).filter((id): id is string => id !== null);
    return this.sight(manager, principal.organisationIds, eprrLeadOf, [...new Set(teamIds)]);
  }

  /** What decides the caller's sight, in one statement (see CyberAlertSight). */
  async sight(
    manager: EntityManager,
    organisationIds: readonly string[],
    eprrLeadOf: readonly string[],
    teamIds: readonly string[],
  ): Promise<CyberAlertSight> {
    if (!organisationIds.length) return { socIds: [], icbLeadIds: [], cyberTeamIds: [] };
    const [row] = await sqlRows<CyberAlertSight>(
      manager,
      `SELECT ARRAY(SELECT id::text FROM organisation WHERE id = ANY($1::uuid[]) AND kind = 'SOC' ORDER BY id) AS "socIds",
              ARRAY(SELECT id::text FROM organisation WHERE id = ANY($2::uuid[]) AND kind = 'ICB' ORDER BY id) AS "icbLeadIds",
              ARRAY(SELECT id::text FROM team WHERE id = ANY($3::uuid[]) AND function IN ('CYBER_SOC', 'DIGITAL')) AS "cyberTeamIds"`,
      [organisationIds, eprrLeadOf, teamIds],
    );
    return row;
  }

  /** Every organisation of the ICS but the SOCs: where an alert goes unless the SOC names them. */
  async memberOrganisations(manager: EntityManager): Promise<string[]> {
    const rows = await sqlRows<{ id: string }>(manager, `SELECT id FROM organisation WHERE kind <> 'SOC' ORDER BY id`);
    return rows.map((r) => r.id);
  }

  async existingOrganisations(manager: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    const rows = await sqlRows<{ id: string }>(manager, `SELECT id FROM organisation WHERE id = ANY($1::uuid[])`, [
      ids,
    ]);
    return new Set(rows.map((r) => r.id));
  }

  /** Inserts the alert and one RECEIVED response per organisation, in two statements. */
  async insert(
    tx: Transaction,
    alert: NewCyberAlert,
    organisationIds: readonly string[],
    due: { ackDueAt: Date | null; firstUpdateDueAt: Date },
  ): Promise<string> {
    const [{ id }] = await sqlRows<{ id: string }>(
      tx.manager,
      `INSERT INTO cyber_alert (reference, title, severity, summary, issued_at, recorded_at, recorded_by, recorded_by_organisation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        alert.reference,
        alert.title,
        alert.severity,
        alert.summary,
        alert.issuedAt,
        tx.now,
        alert.recordedBy,
        alert.recordedByOrganisationId,
      ],
    ).catch(conflictOnDuplicate({ cyber_alert_reference: 'This NHS cyber alert is already recorded' }));
    await sqlChange(
      tx.manager,
      `INSERT INTO cyber_alert_response (alert_id, organisation_id, received_at, ack_due_at, first_update_due_at)
       SELECT $1, o, $3, $4, $5 FROM unnest($2::uuid[]) AS o`,
      [id, organisationIds, tx.now, due.ackDueAt, due.firstUpdateDueAt],
    );
    return id;
  }

  async findAlert(manager: EntityManager, id: string): Promise<CyberAlertRow | null> {
    const [row] = await sqlRows<CyberAlertRow>(manager, `SELECT ${ALERT_COLUMNS} WHERE a.id = $1`, [id]);
    return row ?? null;
  }

  /**
   * A page of alerts, newest issued first, each listed when one of its responses is in the
   * caller's `scope` (null: all) and matches the filter. One statement.
   */
  page(
    manager: EntityManager,
    scope: readonly string[] | null,
    filter: CyberAlertFilterValues,
    now: Date,
    limit: number,
    after: [string, string] | null,
  ): Promise<CyberAlertRow[]> {
    const params: unknown[] = [];
    const on: string[] = [];
    if (scope) on.push(`r.organisation_id = ANY($${params.push(scope)}::uuid[])`);
    if (filter.organisationId) on.push(`r.organisation_id = $${params.push(filter.organisationId)}`);
    if (filter.state) on.push(`r.state = $${params.push(filter.state)}`);
    if (filter.overdue !== undefined)
      on.push(`${filter.overdue ? '' : 'NOT '}${overdueAt(`$${params.push(now)}::timestamptz`)}`);
    const where: string[] = [];
    if (on.length)
      where.push(`EXISTS (SELECT 1 FROM cyber_alert_response r WHERE r.alert_id = a.id AND ${on.join(' AND ')})`);
    if (after)
      where.push(`(a.issued_at, a.id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`);
    return sqlRows<CyberAlertRow>(
      manager,
      `SELECT ${ALERT_COLUMNS} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.issued_at DESC, a.id DESC LIMIT $${params.push(limit)}`,
      params,
    );
  }

  /** The responses of these alerts, by organisation name: one statement for a page of alerts. */
  responsesOf(manager: EntityManager, alertIds: readonly string[], now: Date): Promise<CyberAlertResponseRow[]> {
    return sqlRows<CyberAlertResponseRow>(
      manager,
      `SELECT ${RESPONSE_COLUMNS('$2::timestamptz')} ${RESPONSE_FROM}
        WHERE r.alert_id = ANY($1::uuid[]) ORDER BY o.name, r.id`,
      [alertIds, now],
    );
  }

  async response(manager: EntityManager, id: string, now: Date): Promise<CyberAlertResponseRow | null> {
    const [row] = await sqlRows<CyberAlertResponseRow>(
      manager,
      `SELECT ${RESPONSE_COLUMNS('$2::timestamptz')} ${RESPONSE_FROM} WHERE r.id = $1`,
      [id, now],
    );
    return row ?? null;
  }

  /** Locks the response for the rest of the transaction. */
  async lockResponse(tx: Transaction, id: string): Promise<CyberAlertResponseRow | null> {
    const [row] = await sqlRows<CyberAlertResponseRow>(
      tx.manager,
      `SELECT ${RESPONSE_COLUMNS('$2::timestamptz')} ${RESPONSE_FROM} WHERE r.id = $1 FOR UPDATE OF r`,
      [id, tx.now],
    );
    return row ?? null;
  }

  async acknowledge(tx: Transaction, id: string, userId: string): Promise<void> {
    await sqlChange(
      tx.manager,
      `UPDATE cyber_alert_response SET state = 'ACKNOWLEDGED', acknowledged_at = $2, acknowledged_by = $3,
         version = version + 1 WHERE id = $1`,
      [id, tx.now, userId],
    );
  }

  async stateApplicability(tx: Transaction, id: string, userId: string, applicable: boolean, words: string) {
    await sqlChange(
      tx.manager,
      `UPDATE cyber_alert_response SET state = 'APPLICABILITY_STATED', applicable = $4, applicability_words = $5,
         applicability_stated_at = $2, applicability_stated_by = $3, version = version + 1 WHERE id = $1`,
      [id, tx.now, userId, applicable, words],
    );
  }

  /** Appends an update and counts it on the response (the first one's time kept). */
  async addUpdate(tx: Transaction, id: string, userId: string, words: string): Promise<string> {
    const [row] = await sqlRows<{ id: string }>(
      tx.manager,
      `INSERT INTO cyber_alert_update (response_id, words, recorded_by, recorded_at) VALUES ($1, $2, $3, $4) RETURNING id`,
      [id, words, userId, tx.now],
    );
    await sqlChange(
      tx.manager,
      `UPDATE cyber_alert_response SET update_count = update_count + 1,
         first_update_at = coalesce(first_update_at, $2), version = version + 1 WHERE id = $1`,
      [id, tx.now],
    );
    return row.id;
  }

  async close(tx: Transaction, id: string, userId: string, words: string): Promise<void> {
    await sqlChange(
      tx.manager,
      `UPDATE cyber_alert_response SET state = 'CLOSED', closed_at = $2, closed_by = $3, closing_words = $4,
         version = version + 1 WHERE id = $1`,
      [id, tx.now, userId, words],
    );
  }

  updatesOf(manager: EntityManager, responseIds: readonly string[]): Promise<CyberAlertUpdateRow[]> {
    return sqlRows<CyberAlertUpdateRow>(
      manager,
      `SELECT id, response_id AS "responseId", words, recorded_by AS "recordedBy", recorded_at AS "recordedAt"
         FROM cyber_alert_update WHERE response_id = ANY($1::uuid[]) ORDER BY recorded_at, id`,
      [responseIds],
    );
  }

  /**
   * The alert's responses overdue at `tx.now` that have raised no assignment yet, locked in
   * id order: a second job of the same alert waits, then sees them taken (READ COMMITTED
   * rechecks the condition on the row it waited for).
   */
  lockOverdue(tx: Transaction, alertId: string): Promise<OverdueResponseRow[]> {
    return sqlRows<OverdueResponseRow>(
      tx.manager,
      `SELECT r.id, r.organisation_id AS "organisationId", a.reference, a.title, a.severity,
              r.ack_due_at AS "ackDueAt", r.first_update_due_at AS "firstUpdateDueAt",
              r.acknowledged_at IS NOT NULL AS acknowledged, a.recorded_by_organisation_id AS "recordedByOrganisationId"
         FROM cyber_alert_response r JOIN cyber_alert a ON a.id = r.alert_id
        WHERE r.alert_id = $1 AND r.overdue_assignment_id IS NULL AND ${overdueAt('$2::timestamptz')}
        ORDER BY r.id FOR UPDATE OF r`,
      [alertId, tx.now],
    );
  }

  async setOverdueAssignment(tx: Transaction, responseId: string, assignmentId: string): Promise<void> {
    await sqlChange(tx.manager, `UPDATE cyber_alert_response SET overdue_assignment_id = $2 WHERE id = $1`, [
      responseId,
      assignmentId,
    ]);
  }

  /** The alert's responses nobody has acknowledged yet, by organisation. */
  unacknowledged(manager: EntityManager, alertId: string, now: Date): Promise<CyberAlertResponseRow[]> {
    return sqlRows<CyberAlertResponseRow>(
      manager,
      `SELECT ${RESPONSE_COLUMNS('$2::timestamptz')} ${RESPONSE_FROM}
        WHERE r.alert_id = $1 AND r.state = 'RECEIVED' ORDER BY r.organisation_id`,
      [alertId, now],
    );
  }

  /** The Cyber/SOC team of each organisation, else its Digital teams: who hears of a new alert. */
  cyberTeams(
    manager: EntityManager,
    organisationIds: readonly string[],
  ): Promise<{ organisationId: string; teamId: string }[]> {
    return sqlRows<{ organisationId: string; teamId: string }>(
      manager,
      `SELECT t.organisation_id AS "organisationId", t.id AS "teamId" FROM team t
        WHERE t.organisation_id = ANY($1::uuid[]) AND (t.function = 'CYBER_SOC' OR (t.function = 'DIGITAL'
          AND NOT EXISTS (SELECT 1 FROM team c WHERE c.organisation_id = t.organisation_id AND c.function = 'CYBER_SOC')))
        ORDER BY t.organisation_id, t.id`,
      [organisationIds],
    );
  }
}
