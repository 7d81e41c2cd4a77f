import { MigrationInterface, QueryRunner } from 'typeorm';

// OnCallDuty (libs/oncall/src/duty.ts), which a migration cannot import.
const DUTIES = `'STRATEGIC', 'TACTICAL', 'OPERATIONAL', 'IG', 'CYBER_SOC', 'EPRR'`;

/**
 * On-call rotas, escalation policies and pages (libs/oncall).
 *
 * A rota is one organisation's for one duty (and a deputy rota beside it). Its layers repeat
 * a pattern of participants from an anchor — the first handover, as Europe/London wall-clock
 * time (`timestamp`, no zone) — so a 09:00 handover stays 09:00 local on both sides of a
 * BST/GMT change: the shift index counts wall-clock time from the anchor. A layer may cover
 * only some weekdays and hours; where several cover, the highest rank wins; an override (a
 * person covering a period, with who agreed it) wins over every layer. `oncall_at(rota, t)`
 * answers who is on call at `t` in one statement, for the API and for readiness's gaps.
 *
 * A page runs through its escalation levels (a snapshot of the policy when raised); one
 * notice per step reached, with the hash of its one-time acknowledgement token.
 */
export class CreatedOnCallRotasPoliciesAndPages1764316801900 implements MigrationInterface {
  name = 'CreatedOnCallRotasPoliciesAndPages1764316801900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE oncall_rota (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        duty text NOT NULL CHECK (duty IN (${DUTIES})),
        deputy boolean NOT NULL DEFAULT false,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT oncall_rota_organisation_duty UNIQUE (organisation_id, duty, deputy)
      )`);
    await q.query(`
      CREATE TABLE oncall_layer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rota_id uuid NOT NULL REFERENCES oncall_rota (id),
        rank integer NOT NULL CHECK (rank BETWEEN 1 AND 20),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        participants uuid[] NOT NULL CHECK (cardinality(participants) BETWEEN 1 AND 52),
        shift_days integer NOT NULL CHECK (shift_days BETWEEN 1 AND 28),
        anchor timestamp NOT NULL,
        days_mask integer NOT NULL DEFAULT 127 CHECK (days_mask BETWEEN 1 AND 127),
        window_from time,
        window_to time,
        created_at timestamptz NOT NULL,
        CONSTRAINT oncall_layer_window CHECK ((window_from IS NULL) = (window_to IS NULL) AND (window_from IS NULL OR window_from <> window_to)),
        CONSTRAINT oncall_layer_rota_rank UNIQUE (rota_id, rank)
      )`);
    await q.query(`
      CREATE TABLE oncall_override (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rota_id uuid NOT NULL REFERENCES oncall_rota (id),
        user_id uuid NOT NULL REFERENCES app_user (id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        agreed_by uuid NOT NULL REFERENCES app_user (id),
        reason text NOT NULL CHECK (length(reason) <= 500),
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL,
        cancelled_at timestamptz,
        cancelled_by uuid REFERENCES app_user (id)
      )`);
    await q.query(
      `CREATE INDEX oncall_override_rota_period ON oncall_override (rota_id, ends_at) WHERE cancelled_at IS NULL`,
    );
    // Is the layer's window open at local time t (an overnight window belongs to the day it starts)?
    await q.query(`
      CREATE FUNCTION oncall_layer_covers(days_mask integer, window_from time, window_to time, t timestamp)
      RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
          WHEN window_from IS NULL THEN (days_mask & (1 << (extract(isodow FROM t)::int - 1))) <> 0
          WHEN window_from < window_to THEN t::time >= window_from AND t::time < window_to
            AND (days_mask & (1 << (extract(isodow FROM t)::int - 1))) <> 0
          WHEN t::time >= window_from THEN (days_mask & (1 << (extract(isodow FROM t)::int - 1))) <> 0
          WHEN t::time < window_to THEN (days_mask & (1 << (extract(isodow FROM t - interval '1 day')::int - 1))) <> 0
          ELSE false
        END
      $$`);
    await q.query(`
      CREATE FUNCTION oncall_at(p_rota uuid, p_at timestamptz)
      RETURNS TABLE (user_id uuid, layer_id uuid, override_id uuid)
      LANGUAGE sql STABLE AS $$
        SELECT c.user_id, c.layer_id, c.override_id FROM (
          (SELECT o.user_id, NULL::uuid AS layer_id, o.id AS override_id, 0 AS priority, 0 AS rank
             FROM oncall_override o
            WHERE o.rota_id = p_rota AND o.cancelled_at IS NULL AND o.starts_at <= p_at AND p_at < o.ends_at
            ORDER BY o.created_at DESC, o.id LIMIT 1)
          UNION ALL
          (SELECT l.participants[(floor(extract(epoch FROM (loc.t - l.anchor)) / (l.shift_days * 86400))::bigint
                                  % cardinality(l.participants))::int + 1],
                  l.id, NULL::uuid, 1, l.rank
             FROM oncall_layer l, (SELECT p_at AT TIME ZONE 'Europe/London' AS t) loc
            WHERE l.rota_id = p_rota AND loc.t >= l.anchor
              AND oncall_layer_covers(l.days_mask, l.window_from, l.window_to, loc.t)
            ORDER BY l.rank DESC LIMIT 1)
        ) c ORDER BY c.priority LIMIT 1
      $$`);
    await q.query(`
      CREATE TABLE oncall_policy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        duty text NOT NULL CHECK (duty IN (${DUTIES})),
        levels jsonb NOT NULL CHECK (jsonb_typeof(levels) = 'array' AND jsonb_array_length(levels) BETWEEN 1 AND 10),
        repeats integer NOT NULL CHECK (repeats BETWEEN 0 AND 5),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT oncall_policy_organisation_duty UNIQUE (organisation_id, duty)
      )`);
    await q.query(`
      CREATE TABLE oncall_page (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        duty text NOT NULL CHECK (duty IN (${DUTIES})),
        incident_id uuid REFERENCES incident (id),
        trigger text NOT NULL CHECK (trigger IN ('MANUAL', 'INCIDENT_REPORTED', 'INCIDENT_DECLARED', 'IG_THREAD_OPENED', 'CYBER_ALERT')),
        message text NOT NULL CHECK (length(message) BETWEEN 1 AND 500),
        raised_by uuid REFERENCES app_user (id),
        raised_at timestamptz NOT NULL,
        levels jsonb NOT NULL,
        repeats integer NOT NULL,
        step integer NOT NULL DEFAULT 0 CHECK (step >= 0),
        status text NOT NULL CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'EXHAUSTED')),
        paged_user_id uuid REFERENCES app_user (id),
        acknowledged_at timestamptz,
        acknowledged_by uuid REFERENCES app_user (id),
        acknowledged_via text CHECK (acknowledged_via IN ('API', 'LINK')),
        seconds_to_acknowledge integer CHECK (seconds_to_acknowledge >= 0),
        CONSTRAINT oncall_page_acknowledged CHECK ((status = 'ACKNOWLEDGED') = (acknowledged_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX oncall_page_organisation ON oncall_page (organisation_id, raised_at DESC, id DESC)`);
    await q.query(`CREATE INDEX oncall_page_raised ON oncall_page (raised_at DESC, id DESC)`);
    await q.query(`CREATE INDEX oncall_page_incident ON oncall_page (incident_id) WHERE incident_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE oncall_page_notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        page_id uuid NOT NULL REFERENCES oncall_page (id),
        step integer NOT NULL,
        level integer NOT NULL,
        user_id uuid REFERENCES app_user (id),
        token_hash bytea,
        notified_at timestamptz NOT NULL,
        used_at timestamptz,
        CONSTRAINT oncall_page_notice_step UNIQUE (page_id, step),
        CONSTRAINT oncall_page_notice_token UNIQUE (token_hash)
      )`);
    await q.query(`CREATE INDEX oncall_page_notice_user ON oncall_page_notice (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE oncall_page_notice`);
    await q.query(`DROP TABLE oncall_page`);
    await q.query(`DROP TABLE oncall_policy`);
    await q.query(`DROP FUNCTION oncall_at(uuid, timestamptz)`);
    await q.query(`DROP FUNCTION oncall_layer_covers(integer, time, time, timestamp)`);
    await q.query(`DROP TABLE oncall_override`);
    await q.query(`DROP TABLE oncall_layer`);
    await q.query(`DROP TABLE oncall_rota`);
  }
}
