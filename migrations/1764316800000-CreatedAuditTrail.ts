import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit trail: one hash chain per organisation (`chain_id`), a head row
 * per chain that serialises appends, and triggers that refuse any change to history.
 */
export class CreatedAuditTrail1764316800000 implements MigrationInterface {
  name = 'CreatedAuditTrail1764316800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_chain (
        chain_id   text PRIMARY KEY,
        last_seq   bigint NOT NULL CHECK (last_seq >= 0),
        last_hash  text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE audit_event (
        id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        chain_id        text NOT NULL REFERENCES audit_chain (chain_id),
        seq             bigint NOT NULL CHECK (seq > 0),
        occurred_at     timestamptz NOT NULL,
        actor_type      text NOT NULL CHECK (actor_type IN ('USER', 'API_KEY', 'SYSTEM')),
        actor_id        uuid,
        actor_label     text NOT NULL,
        organisation_id uuid,
        roles           text[] NOT NULL DEFAULT '{}',
        action          text NOT NULL,
        entity_type     text NOT NULL,
        entity_id       text,
        incident_id     uuid,
        summary         text NOT NULL,
        changes         jsonb,
        request_id      text,
        client_address  text,
        prev_hash       text NOT NULL,
        hash            text NOT NULL,
        CONSTRAINT audit_event_chain_seq UNIQUE (chain_id, seq),
        -- Two events can never link to the same predecessor: a fork is impossible.
        CONSTRAINT audit_event_chain_prev UNIQUE (chain_id, prev_hash)
      )`);
    await q.query(
      `CREATE INDEX audit_event_incident ON audit_event (incident_id, occurred_at, id) WHERE incident_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_id, id)`);
    await q.query(`CREATE INDEX audit_event_organisation ON audit_event (organisation_id, id)`);
    await q.query(`CREATE INDEX audit_event_actor ON audit_event (actor_id, id) WHERE actor_id IS NOT NULL`);
    await q.query(`CREATE INDEX audit_event_time ON audit_event (occurred_at, id)`);
    await q.query(`
      CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()`);
    await q.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_refuse_change()`);
    await q.query(`DROP TABLE audit_chain`);
  }
}
