import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AdvisoryLock, sqlChange, sqlRows, Transaction } from '@muster/platform-database';

/** The measured values of a day: what "the same day with the same values" compares. */
export interface PostureValues {
  assetsInScope: number;
  criticalOpen: number;
  highOpen: number;
  mediumOpen: number;
  lowOpen: number;
  criticalPastTarget: number;
  highPastTarget: number;
  patchCompliancePercent: number;
}

export const POSTURE_VALUE_KEYS: readonly (keyof PostureValues)[] = [
  'assetsInScope',
  'criticalOpen',
  'highOpen',
  'mediumOpen',
  'lowOpen',
  'criticalPastTarget',
  'highPastTarget',
  'patchCompliancePercent',
];

export interface PostureRow extends PostureValues {
  id: string;
  organisationId: string;
  day: string;
  revision: number;
  reportedAt: Date;
  breachAssignmentId: string | null;
}

export interface LeagueRow extends PostureRow {
  organisationName: string;
  /** High-severity NHS cyber alert responses due to be acknowledged in the 12 months to the day, and those acknowledged in time. */
  highCyberAlertsDue: number;
  highCyberAlertsAcknowledgedInTime: number;
}

const COLUMNS = `p.id, p.organisation_id AS "organisationId", to_char(p.day, 'YYYY-MM-DD') AS day,
  p.assets_in_scope AS "assetsInScope", p.critical_open AS "criticalOpen", p.high_open AS "highOpen",
  p.medium_open AS "mediumOpen", p.low_open AS "lowOpen", p.critical_past_target AS "criticalPastTarget",
  p.high_past_target AS "highPastTarget", p.patch_compliance_percent::float8 AS "patchCompliancePercent",
  p.revision, p.reported_at AS "reportedAt", p.breach_assignment_id AS "breachAssignmentId"`;

/** SOC posture reports: one row per organisation and day. */
@Injectable()
export class PostureReportStore {
  /** Serialises the reports of one day: concurrent retries of a call see each other's rows. */
  lockDay(tx: Transaction, day: string): Promise<void> {
    return AdvisoryLock.wait(tx, `posture-day:${day}`);
  }

  async organisationKinds(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await sqlRows<{ id: string; kind: string }>(
      manager,
      `SELECT id, kind FROM organisation WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.kind]));
  }

  async idsByOdsCode(manager: EntityManager, odsCodes: readonly string[]): Promise<Map<string, string>> {
    const rows = await sqlRows<{ id: string; odsCode: string }>(
      manager,
      `SELECT id, ods_code AS "odsCode" FROM organisation WHERE ods_code = ANY($1::text[])`,
      [odsCodes],
    );
    return new Map(rows.map((r) => [r.odsCode, r.id]));
  }

  /** Which of `organisationIds` are ICBs (the ICB's EPRR lead reads every organisation's posture). */
  async icbIds(manager: EntityManager, organisationIds: readonly string[]): Promise<string[]> {
    if (!organisationIds.length) return [];
    const rows = await sqlRows<{ id: string }>(
      manager,
      `SELECT id FROM organisation WHERE id = ANY($1::uuid[]) AND kind = 'ICB'`,
      [organisationIds],
    );
    return rows.map((r) => r.id);
  }

  ofDay(manager: EntityManager, day: string, organisationIds: readonly string[]): Promise<PostureRow[]> {
    return sqlRows<PostureRow>(
      manager,
      `SELECT ${COLUMNS} FROM posture_report p WHERE p.day = $1::date AND p.organisation_id = ANY($2::uuid[])`,
      [day, organisationIds],
    );
  }

  /** Inserts the new days of organisations in one statement. */
  insertMany(
    tx: Transaction,
    day: string,
    keyId: string,
    rows: readonly (PostureValues & { organisationId: string })[],
  ): Promise<PostureRow[]> {
    return sqlRows<PostureRow>(
      tx.manager,
      `INSERT INTO posture_report AS p (organisation_id, day, assets_in_scope, critical_open, high_open, medium_open,
         low_open, critical_past_target, high_past_target, patch_compliance_percent, reported_by_key_id, reported_at)
       SELECT r."organisationId", $1::date, r."assetsInScope", r."criticalOpen", r."highOpen", r."mediumOpen",
         r."lowOpen", r."criticalPastTarget", r."highPastTarget", r."patchCompliancePercent", $2, $3
         FROM jsonb_to_recordset($4::jsonb) AS r("organisationId" uuid, "assetsInScope" int, "criticalOpen" int,
           "highOpen" int, "mediumOpen" int, "lowOpen" int, "criticalPastTarget" int, "highPastTarget" int,
           "patchCompliancePercent" numeric)
       RETURNING ${COLUMNS}`,
      [day, keyId, tx.now, JSON.stringify(rows)],
    );
  }

  /** Supersedes a day's values in place (the audit event keeps those before). */
  async supersede(tx: Transaction, id: string, keyId: string, v: PostureValues): Promise<PostureRow> {
    const { rows } = await sqlChange<PostureRow>(
      tx.manager,
      `UPDATE posture_report p SET assets_in_scope = $2, critical_open = $3, high_open = $4, medium_open = $5,
         low_open = $6, critical_past_target = $7, high_past_target = $8, patch_compliance_percent = $9,
         revision = p.revision + 1, reported_by_key_id = $10, reported_at = $11
       WHERE p.id = $1 RETURNING ${COLUMNS}`,
      [
        id,
        v.assetsInScope,
        v.criticalOpen,
        v.highOpen,
        v.mediumOpen,
        v.lowOpen,
        v.criticalPastTarget,
        v.highPastTarget,
        v.patchCompliancePercent,
        keyId,
        tx.now,
      ],
    );
    return rows[0];
  }

  /** Serialises breach decisions of one organisation across days (take them in organisation id order). */
  lockBreaches(tx: Transaction, organisationId: string): Promise<void> {
    return AdvisoryLock.wait(tx, `posture-breach:${organisationId}`);
  }

  /** Whether the organisation has a posture-breach assignment not yet finished (one breach, one assignment). */
  async hasOpenBreachAssignment(manager: EntityManager, organisationId: string): Promise<boolean> {
    const rows = await sqlRows<{ open: boolean }>(
      manager,
      `SELECT EXISTS (SELECT 1 FROM assignment WHERE organisation_id = $1 AND source_kind = 'POSTURE_BREACH'
         AND status NOT IN ('DONE', 'CANCELLED', 'WAIVED')) AS open`,
      [organisationId],
    );
    return rows[0].open;
  }

  /** The organisation's Cyber/SOC team, else its Digital team: who a breach is for. */
  async breachTeam(manager: EntityManager, organisationId: string): Promise<{ id: string; function: string } | null> {
    const [row] = await sqlRows<{ id: string; function: string }>(
      manager,
      `SELECT id, function FROM team WHERE organisation_id = $1 AND function IN ('CYBER_SOC', 'DIGITAL')
        ORDER BY function = 'CYBER_SOC' DESC, name, id LIMIT 1`,
      [organisationId],
    );
    return row ?? null;
  }

  async setBreachAssignment(tx: Transaction, reportId: string, assignmentId: string): Promise<void> {
    await sqlChange(tx.manager, `UPDATE posture_report SET breach_assignment_id = $2 WHERE id = $1`, [
      reportId,
      assignmentId,
    ]);
  }

  series(manager: EntityManager, organisationId: string, from: string, to: string): Promise<PostureRow[]> {
    return sqlRows<PostureRow>(
      manager,
      `SELECT ${COLUMNS} FROM posture_report p
        WHERE p.organisation_id = $1 AND p.day BETWEEN $2::date AND $3::date ORDER BY p.day`,
      [organisationId, from, to],
    );
  }

  /**
   * Every organisation's latest report on or before `day` (of `organisationIds`, or all when
   * null), ranked: fewest critical then high past target, then fewest critical open, then the
   * best patch compliance; with each one's high-severity NHS cyber alerts due to be acknowledged
   * in the 12 months to the day and those acknowledged in time (from the responses). One
   * statement whatever the number of organisations.
   */
  leagueTable(manager: EntityManager, day: string, organisationIds: readonly string[] | null): Promise<LeagueRow[]> {
    return sqlRows<LeagueRow>(
      manager,
      `SELECT latest.*, o.name AS "organisationName", alerts."highCyberAlertsDue", alerts."highCyberAlertsAcknowledgedInTime"
         FROM (
         SELECT DISTINCT ON (p.organisation_id) ${COLUMNS} FROM posture_report p
          WHERE p.day <= $1::date AND ($2::uuid[] IS NULL OR p.organisation_id = ANY($2::uuid[]))
          ORDER BY p.organisation_id, p.day DESC) latest
        JOIN organisation o ON o.id = latest."organisationId"
        CROSS JOIN LATERAL (
          SELECT count(*)::int AS "highCyberAlertsDue",
                 count(*) FILTER (WHERE r.acknowledged_at <= r.ack_due_at)::int AS "highCyberAlertsAcknowledgedInTime"
            FROM cyber_alert_response r
           WHERE r.organisation_id = latest."organisationId"
             AND r.ack_due_at < ($1::date + 1) AND r.ack_due_at >= ($1::date + 1 - interval '12 months')) alerts
        ORDER BY latest."criticalPastTarget", latest."highPastTarget", latest."criticalOpen",
          latest."patchCompliancePercent" DESC, o.name, o.id`,
      [day, organisationIds],
    );
  }
}
