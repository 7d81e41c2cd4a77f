import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlChange, sqlRows, Transaction } from '@muster/platform-database';
import { OnCallDuty } from '../duty';
import { OrganisationSight } from '../oncall.access';
import { EscalationTarget, LevelJson } from '../policies/policy.types';
import { PersonJson } from '../rotas/rota.store';
import { PageStatus, PageTrigger } from './page.types';

export interface NoticeJson {
  step: number;
  level: number;
  person: PersonJson | null;
  notifiedAt: string;
}

export interface PageRow {
  id: string;
  organisationId: string;
  organisationName: string;
  duty: OnCallDuty;
  incidentId: string | null;
  incidentReference: string | null;
  trigger: PageTrigger;
  message: string;
  raisedById: string | null;
  raisedByName: string | null;
  raisedAt: Date;
  levels: LevelJson[];
  repeats: number;
  step: number;
  status: PageStatus;
  pagedUserId: string | null;
  pagedName: string | null;
  acknowledgedAt: Date | null;
  acknowledgedById: string | null;
  acknowledgedByName: string | null;
  secondsToAcknowledge: number | null;
  notices: NoticeJson[];
}

export type LockedPage = PageRow & OrganisationSight;

export interface NewPage {
  organisationId: string;
  duty: OnCallDuty;
  incidentId: string | null;
  trigger: PageTrigger;
  message: string;
  raisedBy: string | null;
  levels: LevelJson[];
  repeats: number;
}

/** Whose pages a list shows. */
export type PageScope = { all: true } | { all: false; organisationIds: string[]; icbCandidates: string[] };

const COLUMNS = `
  p.id, p.organisation_id AS "organisationId", o.name AS "organisationName", p.duty, p.incident_id AS "incidentId",
  i.reference AS "incidentReference", p.trigger, p.message, p.raised_by AS "raisedById", rb.display_name AS "raisedByName",
  p.raised_at AS "raisedAt", p.levels, p.repeats, p.step, p.status, p.paged_user_id AS "pagedUserId",
  pu.display_name AS "pagedName", p.acknowledged_at AS "acknowledgedAt", p.acknowledged_by AS "acknowledgedById",
  ab.display_name AS "acknowledgedByName", p.seconds_to_acknowledge AS "secondsToAcknowledge",
  COALESCE((SELECT json_agg(json_build_object('step', n.step, 'level', n.level, 'notifiedAt', n.notified_at,
      'person', CASE WHEN nu.id IS NULL THEN NULL ELSE json_build_object('userId', nu.id, 'displayName', nu.display_name) END)
      ORDER BY n.step) FROM oncall_page_notice n LEFT JOIN app_user nu ON nu.id = n.user_id WHERE n.page_id = p.id), '[]'::json) AS notices`;

const FROM = `FROM oncall_page p JOIN organisation o ON o.id = p.organisation_id
  LEFT JOIN incident i ON i.id = p.incident_id LEFT JOIN app_user rb ON rb.id = p.raised_by
  LEFT JOIN app_user pu ON pu.id = p.paged_user_id LEFT JOIN app_user ab ON ab.id = p.acknowledged_by`;

/** Pages and their notices (one per escalation step reached, with the hash of its one-time token). */
@Injectable()
export class PageStore {
  async insert(tx: Transaction, p: NewPage): Promise<string> {
    const [row] = await sqlRows<{ id: string }>(
      tx.manager,
      `INSERT INTO oncall_page (organisation_id, duty, incident_id, trigger, message, raised_by, raised_at, levels, repeats, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, 'OPEN') RETURNING id`,
      [
        p.organisationId,
        p.duty,
        p.incidentId,
        p.trigger,
        p.message,
        p.raisedBy,
        tx.now,
        JSON.stringify(p.levels),
        p.repeats,
      ],
    );
    return row.id;
  }

  async get(manager: EntityManager, id: string): Promise<PageRow | null> {
    const [row] = await sqlRows<PageRow>(manager, `SELECT ${COLUMNS} ${FROM} WHERE p.id = $1`, [id]);
    return row ?? null;
  }

  /** The page, locked, with its organisation's sight for the caller. */
  async lock(tx: Transaction, id: string, icbCandidates: readonly string[]): Promise<LockedPage | null> {
    const [row] = await sqlRows<LockedPage>(
      tx.manager,
      `SELECT ${COLUMNS}, EXISTS (SELECT 1 FROM organisation c WHERE c.id = ANY($2::uuid[]) AND c.kind = 'ICB') AS "icbOnCall"
       ${FROM} WHERE p.id = $1 FOR UPDATE OF p`,
      [id, icbCandidates],
    );
    return row ?? null;
  }

  /** A page of pages, newest first. */
  list(
    manager: EntityManager,
    scope: PageScope,
    filter: { organisationId?: string; incidentId?: string; status?: string },
    limit: number,
    after: readonly [string, string] | null,
  ): Promise<PageRow[]> {
    const params: unknown[] = [limit];
    const where: string[] = [];
    const add = (value: unknown) => `$${params.push(value)}`;
    if (!scope.all) {
      const orgs = add(scope.organisationIds);
      const icb = add(scope.icbCandidates);
      where.push(
        `(p.organisation_id = ANY(${orgs}::uuid[]) OR EXISTS (SELECT 1 FROM organisation c WHERE c.id = ANY(${icb}::uuid[]) AND c.kind = 'ICB'))`,
      );
    }
    if (filter.organisationId) where.push(`p.organisation_id = ${add(filter.organisationId)}`);
    if (filter.incidentId) where.push(`p.incident_id = ${add(filter.incidentId)}`);
    if (filter.status) where.push(`p.status = ${add(filter.status)}`);
    if (after) where.push(`(p.raised_at, p.id) < (${add(after[0])}::timestamptz, ${add(after[1])}::uuid)`);
    return sqlRows<PageRow>(
      manager,
      `SELECT ${COLUMNS} ${FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY p.raised_at DESC, p.id DESC LIMIT $1`,
      params,
    );
  }

  /**
   * Whom a level pages at `at`: the rota's on-call, the deputy's, or the designated person (one
   * statement); an inactive account is nobody, so the level is skipped rather than waited on.
   */
  async target(
    manager: EntityManager,
    organisationId: string,
    duty: OnCallDuty,
    level: LevelJson,
    at: Date,
  ): Promise<{ userId: string } | null> {
    if (level.target === EscalationTarget.DESIGNATION) {
      const [row] = await sqlRows<{ userId: string }>(
        manager,
        `SELECT d.user_id AS "userId" FROM designation d JOIN app_user u ON u.id = d.user_id AND u.active
          WHERE d.organisation_id = $1 AND d.designation = $2 ORDER BY d.designated_at, d.user_id LIMIT 1`,
        [organisationId, level.designation],
      );
      return row ?? null;
    }
    const [row] = await sqlRows<{ userId: string }>(
      manager,
      `SELECT w.user_id AS "userId" FROM oncall_rota r CROSS JOIN LATERAL oncall_at(r.id, $4) w
         JOIN app_user u ON u.id = w.user_id AND u.active
        WHERE r.organisation_id = $1 AND r.duty = $2 AND r.deputy = $3`,
      [organisationId, duty, level.target === EscalationTarget.DEPUTY, at],
    );
    return row ?? null;
  }

  async insertNotice(
    tx: Transaction,
    pageId: string,
    step: number,
    level: number,
    userId: string | null,
    tokenHash: Buffer | null,
  ): Promise<void> {
    await sqlRows(
      tx.manager,
      `INSERT INTO oncall_page_notice (page_id, step, level, user_id, token_hash, notified_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ON CONSTRAINT oncall_page_notice_step DO NOTHING RETURNING id`,
      [pageId, step, level, userId, tokenHash, tx.now],
    );
  }

  async moveTo(
    tx: Transaction,
    pageId: string,
    step: number,
    pagedUserId: string | null,
    status: PageStatus,
  ): Promise<void> {
    await sqlChange(
      tx.manager,
      `UPDATE oncall_page SET step = $2, paged_user_id = COALESCE($3, paged_user_id), status = $4 WHERE id = $1`,
      [pageId, step, pagedUserId, status],
    );
  }

  async acknowledge(tx: Transaction, pageId: string, userId: string, via: 'API' | 'LINK'): Promise<void> {
    await sqlChange(
      tx.manager,
      `UPDATE oncall_page SET status = 'ACKNOWLEDGED', acknowledged_at = $2, acknowledged_by = $3, acknowledged_via = $4,
              seconds_to_acknowledge = GREATEST(0, floor(extract(epoch FROM ($2::timestamptz - raised_at))))::int
        WHERE id = $1`,
      [pageId, tx.now, userId, via],
    );
    await sqlChange(tx.manager, `UPDATE oncall_page_notice SET used_at = $2 WHERE page_id = $1 AND used_at IS NULL`, [
      pageId,
      tx.now,
    ]);
  }

  /** The notice of a one-time token, locked with its page; null for an unknown token. */
  async lockToken(
    tx: Transaction,
    tokenHash: Buffer,
  ): Promise<{ pageId: string; userId: string; usedAt: Date | null; status: PageStatus } | null> {
    const [row] = await sqlRows<{ pageId: string; userId: string; usedAt: Date | null; status: PageStatus }>(
      tx.manager,
      `SELECT n.page_id AS "pageId", n.user_id AS "userId", n.used_at AS "usedAt", p.status
         FROM oncall_page_notice n JOIN oncall_page p ON p.id = n.page_id
        WHERE n.token_hash = $1 FOR UPDATE OF p, n`,
      [tokenHash],
    );
    return row ?? null;
  }

  /** Where a one-time token stands, read only (the confirmation page before acknowledging). */
  async tokenState(
    manager: EntityManager,
    tokenHash: Buffer,
  ): Promise<{ usedAt: Date | null; status: PageStatus } | null> {
    const [row] = await sqlRows<{ usedAt: Date | null; status: PageStatus }>(
      manager,
      `SELECT n.used_at AS "usedAt", p.status FROM oncall_page_notice n JOIN oncall_page p ON p.id = n.page_id
        WHERE n.token_hash = $1`,
      [tokenHash],
    );
    return row ?? null;
  }

  /** Whom a one-time token was sent to (the actor of its acknowledgement). */
  async tokenHolder(manager: EntityManager, tokenHash: Buffer): Promise<{ userId: string; email: string } | null> {
    const [row] = await sqlRows<{ userId: string; email: string }>(
      manager,
      `SELECT n.user_id AS "userId", u.email FROM oncall_page_notice n JOIN app_user u ON u.id = n.user_id WHERE n.token_hash = $1`,
      [tokenHash],
    );
    return row ?? null;
  }

  /** Whether the organisation keeps a rota or a policy for the duty: events page only those that do. */
  async keepsOnCall(manager: EntityManager, organisationId: string, duty: OnCallDuty): Promise<boolean> {
    const [row] = await sqlRows<{ keeps: boolean }>(
      manager,
      `SELECT EXISTS (SELECT 1 FROM oncall_rota WHERE organisation_id = $1 AND duty = $2)
           OR EXISTS (SELECT 1 FROM oncall_policy WHERE organisation_id = $1 AND duty = $2) AS keeps`,
      [organisationId, duty],
    );
    return row.keeps;
  }

  /** Whether an event already paged this duty of the organisation on the incident. */
  async alreadyPaged(
    manager: EntityManager,
    incidentId: string,
    organisationId: string,
    duty: OnCallDuty,
    trigger: PageTrigger,
  ): Promise<boolean> {
    const [row] = await sqlRows<{ paged: boolean }>(
      manager,
      `SELECT EXISTS (SELECT 1 FROM oncall_page WHERE incident_id = $1 AND organisation_id = $2 AND duty = $3 AND trigger = $4) AS paged`,
      [incidentId, organisationId, duty, trigger],
    );
    return row.paged;
  }

  /** The ICS's ICBs (one in a deployment) that keep a strategic on-call rota or policy. */
  async icbsKeeping(manager: EntityManager, duty: OnCallDuty): Promise<string[]> {
    const rows = await sqlRows<{ id: string }>(
      manager,
      `SELECT o.id FROM organisation o WHERE o.kind = 'ICB'
          AND (EXISTS (SELECT 1 FROM oncall_rota r WHERE r.organisation_id = o.id AND r.duty = $1)
               OR EXISTS (SELECT 1 FROM oncall_policy p WHERE p.organisation_id = o.id AND p.duty = $1))
        ORDER BY o.id`,
      [duty],
    );
    return rows.map((r) => r.id);
  }

  async incidentOf(
    manager: EntityManager,
    incidentId: string,
  ): Promise<{ id: string; reference: string; organisationIds: string[] } | null> {
    const [row] = await sqlRows<{ id: string; reference: string; organisationIds: string[] }>(
      manager,
      `SELECT i.id, i.reference, ARRAY[i.lead_organisation_id::text] || ARRAY(SELECT a.organisation_id::text FROM incident_affected_organisation a WHERE a.incident_id = i.id) AS "organisationIds"
         FROM incident i WHERE i.id = $1`,
      [incidentId],
    );
    return row ?? null;
  }
}
