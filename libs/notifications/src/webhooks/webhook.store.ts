import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlChange, sqlRows, Transaction } from '@muster/platform-database';

export interface WebhookRow {
  id: string;
  organisationId: string;
  teamId: string | null;
  url: string;
  updatedAt: Date;
}

/** Where a WEBHOOK delivery goes: an organisation's webhook (teamId null) or one of its teams'. */
export interface WebhookTarget {
  organisationId: string;
  teamId: string | null;
}

const VIEW = `id, organisation_id AS "organisationId", team_id AS "teamId", url, updated_at AS "updatedAt"`;

/** notification_webhook: one URL per organisation, and per team of it. */
@Injectable()
export class WebhookStore {
  /** The webhooks a notification about `organisationId`, addressed to `teamIds`, posts to. */
  targets(manager: EntityManager, organisationId: string | null, teamIds: string[]): Promise<WebhookTarget[]> {
    return sqlRows<WebhookTarget>(
      manager,
      `SELECT organisation_id AS "organisationId", team_id AS "teamId" FROM notification_webhook
        WHERE (organisation_id = $1 AND team_id IS NULL) OR team_id = ANY($2::uuid[]) ORDER BY id`,
      [organisationId, teamIds],
    );
  }

  async find(manager: EntityManager, target: WebhookTarget): Promise<WebhookRow | null> {
    const [row] = await sqlRows<WebhookRow>(
      manager,
      `SELECT ${VIEW} FROM notification_webhook WHERE organisation_id = $1 AND team_id IS NOT DISTINCT FROM $2`,
      [target.organisationId, target.teamId],
    );
    return row ?? null;
  }

  list(manager: EntityManager, organisationId: string): Promise<WebhookRow[]> {
    return sqlRows<WebhookRow>(
      manager,
      `SELECT ${VIEW} FROM notification_webhook WHERE organisation_id = $1 ORDER BY team_id NULLS FIRST, id`,
      [organisationId],
    );
  }

  /** The webhook of the target as it was, locked (null if there is none yet). */
  async lock(tx: Transaction, target: WebhookTarget): Promise<WebhookRow | null> {
    const [row] = await sqlRows<WebhookRow>(
      tx.manager,
      `SELECT ${VIEW} FROM notification_webhook WHERE organisation_id = $1 AND team_id IS NOT DISTINCT FROM $2 FOR UPDATE`,
      [target.organisationId, target.teamId],
    );
    return row ?? null;
  }

  async upsert(tx: Transaction, target: WebhookTarget, url: string, by: string | null): Promise<WebhookRow> {
    const [row] = await sqlRows<WebhookRow>(
      tx.manager,
      `INSERT INTO notification_webhook (organisation_id, team_id, url, updated_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $5)
       ON CONFLICT ON CONSTRAINT notification_webhook_target DO UPDATE SET url = $3, updated_by = $4, updated_at = $5
       RETURNING ${VIEW}`,
      [target.organisationId, target.teamId, url, by, tx.now],
    );
    return row;
  }

  async remove(tx: Transaction, id: string): Promise<void> {
    await sqlChange(tx.manager, `DELETE FROM notification_webhook WHERE id = $1`, [id]);
  }

  async organisationExists(manager: EntityManager, organisationId: string): Promise<boolean> {
    const rows = await sqlRows<{ id: string }>(manager, `SELECT id FROM organisation WHERE id = $1`, [organisationId]);
    return rows.length === 1;
  }

  /** Whether the team is one of the organisation's. */
  async teamOf(manager: EntityManager, organisationId: string, teamId: string): Promise<boolean> {
    const rows = await sqlRows<{ id: string }>(manager, `SELECT id FROM team WHERE id = $1 AND organisation_id = $2`, [
      teamId,
      organisationId,
    ]);
    return rows.length === 1;
  }
}
