import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { conflictOnDuplicate, sqlChange, sqlRows, Transaction } from '@muster/platform-database';
import { OnCallDuty } from '../duty';
import { OrganisationSight } from '../oncall.access';

export interface PersonJson {
  userId: string;
  displayName: string;
}

export interface LayerJson {
  id: string;
  rank: number;
  name: string;
  participants: PersonJson[];
  shiftDays: number;
  /** 'YYYY-MM-DD HH:MM', Europe/London. */
  anchor: string;
  daysMask: number;
  windowFrom: string | null;
  windowTo: string | null;
}

export interface OverrideJson {
  id: string;
  person: PersonJson;
  startsAt: string;
  endsAt: string;
  agreedBy: PersonJson;
  reason: string;
}

export interface RotaRow {
  id: string;
  organisationId: string;
  duty: OnCallDuty;
  deputy: boolean;
  name: string;
  version: number;
  layers: LayerJson[];
  overrides: OverrideJson[];
  onCallUserId: string | null;
  onCallName: string | null;
}

export interface LockedRota extends OrganisationSight {
  id: string;
  duty: OnCallDuty;
  deputy: boolean;
  name: string;
  version: number;
}

export interface OnCallRow {
  rotaId: string;
  deputy: boolean;
  userId: string | null;
  displayName: string | null;
  overrideId: string | null;
}

export interface NewLayer {
  rank: number;
  name: string;
  participantIds: string[];
  shiftDays: number;
  anchor: string;
  daysMask: number;
  windowFrom: string | null;
  windowTo: string | null;
}

/** `$2` is the caller's ICB on-call candidates. */
const ICB_ON_CALL = `EXISTS (SELECT 1 FROM organisation c WHERE c.id = ANY($2::uuid[]) AND c.kind = 'ICB')`;

const PERSON = (u: string) => `json_build_object('userId', ${u}.id, 'displayName', ${u}.display_name)`;

/** A rota with its layers, current and future overrides and who is on call at `$2`, in one row. */
const ROTA_COLUMNS = `
  r.id, r.organisation_id AS "organisationId", r.duty, r.deputy, r.name, r.version,
  COALESCE((SELECT json_agg(json_build_object(
      'id', l.id, 'rank', l.rank, 'name', l.name, 'shiftDays', l.shift_days,
      'anchor', to_char(l.anchor, 'YYYY-MM-DD HH24:MI'), 'daysMask', l.days_mask,
      'windowFrom', to_char(l.window_from, 'HH24:MI'), 'windowTo', to_char(l.window_to, 'HH24:MI'),
      'participants', (SELECT json_agg(${PERSON('u')} ORDER BY p.ord)
                         FROM unnest(l.participants) WITH ORDINALITY p(uid, ord) JOIN app_user u ON u.id = p.uid))
      ORDER BY l.rank DESC) FROM oncall_layer l WHERE l.rota_id = r.id), '[]'::json) AS layers,
  COALESCE((SELECT json_agg(json_build_object(
      'id', o.id, 'person', ${PERSON('ou')}, 'agreedBy', ${PERSON('au')}, 'reason', o.reason,
      'startsAt', o.starts_at, 'endsAt', o.ends_at) ORDER BY o.starts_at, o.id)
    FROM oncall_override o JOIN app_user ou ON ou.id = o.user_id JOIN app_user au ON au.id = o.agreed_by
    WHERE o.rota_id = r.id AND o.cancelled_at IS NULL AND o.ends_at > $2), '[]'::json) AS overrides,
  w.user_id AS "onCallUserId", wu.display_name AS "onCallName"`;

const ROTA_FROM = `FROM oncall_rota r LEFT JOIN LATERAL oncall_at(r.id, $2) w ON true LEFT JOIN app_user wu ON wu.id = w.user_id`;

/** The rota tables, and who is on call (the `oncall_at` function of the migration). */
@Injectable()
export class RotaStore {
  /** The organisation (null if none) and whether the caller is the ICB's on-call. */
  async organisationSight(
    manager: EntityManager,
    organisationId: string,
    icbCandidates: readonly string[],
  ): Promise<OrganisationSight | null> {
    const [row] = await sqlRows<OrganisationSight>(
      manager,
      `SELECT o.id AS "organisationId", ${ICB_ON_CALL} AS "icbOnCall" FROM organisation o WHERE o.id = $1`,
      [organisationId, icbCandidates],
    );
    return row ?? null;
  }

  /** The organisation's rotas, by duty, primary before deputy, as at `at`. */
  ofOrganisation(manager: EntityManager, organisationId: string, at: Date): Promise<RotaRow[]> {
    return sqlRows<RotaRow>(
      manager,
      `SELECT ${ROTA_COLUMNS} ${ROTA_FROM} WHERE r.organisation_id = $1 ORDER BY r.duty, r.deputy`,
      [organisationId, at],
    );
  }

  async one(manager: EntityManager, rotaId: string, at: Date): Promise<RotaRow> {
    const [row] = await sqlRows<RotaRow>(manager, `SELECT ${ROTA_COLUMNS} ${ROTA_FROM} WHERE r.id = $1`, [rotaId, at]);
    return row;
  }

  /** Who is on call for the duty at `at`: the primary rota's row and the deputy's (one statement). */
  onCallAt(manager: EntityManager, organisationId: string, duty: OnCallDuty, at: Date): Promise<OnCallRow[]> {
    return sqlRows<OnCallRow>(
      manager,
      `SELECT r.id AS "rotaId", r.deputy, w.user_id AS "userId", u.display_name AS "displayName", w.override_id AS "overrideId"
         FROM oncall_rota r LEFT JOIN LATERAL oncall_at(r.id, $3) w ON true LEFT JOIN app_user u ON u.id = w.user_id
        WHERE r.organisation_id = $1 AND r.duty = $2`,
      [organisationId, duty, at],
    );
  }

  async insert(
    tx: Transaction,
    organisationId: string,
    duty: OnCallDuty,
    deputy: boolean,
    name: string,
  ): Promise<string> {
    const [row] = await sqlRows<{ id: string }>(
      tx.manager,
      `INSERT INTO oncall_rota (organisation_id, duty, deputy, name, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
      [organisationId, duty, deputy, name, tx.now],
    ).catch(
      conflictOnDuplicate({ oncall_rota_organisation_duty: 'The organisation already has this rota for the duty' }),
    );
    return row.id;
  }

  /** Locks the rota for a change, with its organisation's sight; null when there is none. */
  async lock(tx: Transaction, rotaId: string, icbCandidates: readonly string[]): Promise<LockedRota | null> {
    const [row] = await sqlRows<LockedRota>(
      tx.manager,
      `SELECT r.id, r.organisation_id AS "organisationId", r.duty, r.deputy, r.name, r.version, ${ICB_ON_CALL} AS "icbOnCall"
         FROM oncall_rota r WHERE r.id = $1 FOR UPDATE OF r`,
      [rotaId, icbCandidates],
    );
    return row ?? null;
  }

  /** The rota of an override, locked. */
  async lockOfOverride(
    tx: Transaction,
    overrideId: string,
    icbCandidates: readonly string[],
  ): Promise<(LockedRota & { overrideUserId: string; cancelledAt: Date | null }) | null> {
    const [row] = await sqlRows<LockedRota & { overrideUserId: string; cancelledAt: Date | null }>(
      tx.manager,
      `SELECT r.id, r.organisation_id AS "organisationId", r.duty, r.deputy, r.name, r.version, ${ICB_ON_CALL} AS "icbOnCall",
              o.user_id AS "overrideUserId", o.cancelled_at AS "cancelledAt"
         FROM oncall_override o JOIN oncall_rota r ON r.id = o.rota_id WHERE o.id = $1 FOR UPDATE OF r, o`,
      [overrideId, icbCandidates],
    );
    return row ?? null;
  }

  async touch(tx: Transaction, rotaId: string, name?: string): Promise<void> {
    await sqlChange(
      tx.manager,
      `UPDATE oncall_rota SET version = version + 1, updated_at = $2, name = COALESCE($3, name) WHERE id = $1`,
      [rotaId, tx.now, name ?? null],
    );
  }

  /** Active members of the organisation among `userIds`. */
  async members(manager: EntityManager, organisationId: string, userIds: readonly string[]): Promise<string[]> {
    const rows = await sqlRows<{ id: string }>(
      manager,
      `SELECT DISTINCT u.id FROM app_user u JOIN membership m ON m.user_id = u.id
        WHERE m.organisation_id = $1 AND u.id = ANY($2::uuid[]) AND u.active`,
      [organisationId, userIds],
    );
    return rows.map((r) => r.id);
  }

  async upsertLayer(tx: Transaction, rotaId: string, l: NewLayer): Promise<'added' | 'replaced'> {
    const [row] = await sqlRows<{ added: boolean }>(
      tx.manager,
      `INSERT INTO oncall_layer (rota_id, rank, name, participants, shift_days, anchor, days_mask, window_from, window_to, created_at)
       VALUES ($1, $2, $3, $4::uuid[], $5, $6::timestamp, $7, $8::time, $9::time, $10)
       ON CONFLICT ON CONSTRAINT oncall_layer_rota_rank DO UPDATE SET
         name = excluded.name, participants = excluded.participants, shift_days = excluded.shift_days,
         anchor = excluded.anchor, days_mask = excluded.days_mask, window_from = excluded.window_from,
         window_to = excluded.window_to
       RETURNING (xmax = 0) AS added`,
      [rotaId, l.rank, l.name, l.participantIds, l.shiftDays, l.anchor, l.daysMask, l.windowFrom, l.windowTo, tx.now],
    );
    return row.added ? 'added' : 'replaced';
  }

  async deleteLayer(tx: Transaction, rotaId: string, rank: number): Promise<boolean> {
    const { count } = await sqlChange(tx.manager, `DELETE FROM oncall_layer WHERE rota_id = $1 AND rank = $2`, [
      rotaId,
      rank,
    ]);
    return count > 0;
  }

  async insertOverride(
    tx: Transaction,
    rotaId: string,
    o: { userId: string; startsAt: Date; endsAt: Date; agreedBy: string; reason: string; createdBy: string | null },
  ): Promise<string> {
    const [row] = await sqlRows<{ id: string }>(
      tx.manager,
      `INSERT INTO oncall_override (rota_id, user_id, starts_at, ends_at, agreed_by, reason, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [rotaId, o.userId, o.startsAt, o.endsAt, o.agreedBy, o.reason, o.createdBy, tx.now],
    );
    return row.id;
  }

  async cancelOverride(tx: Transaction, overrideId: string, by: string | null): Promise<void> {
    await sqlChange(tx.manager, `UPDATE oncall_override SET cancelled_at = $2, cancelled_by = $3 WHERE id = $1`, [
      overrideId,
      tx.now,
      by,
    ]);
  }
}
