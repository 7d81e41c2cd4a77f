import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two hardenings of the audit trail:
 * - `changes` becomes `json`, which keeps the canonical bytes that were hashed exactly
 *   (jsonb re-renders them), so verification compares bytes instead of re-parsing;
 * - the chain heads may only move forward: no delete, no truncate, no step back, so
 *   cutting events off a chain's tail also needs the head rewritten by a superuser.
 */
export class KeptAuditChangesVerbatim1764316800400 implements MigrationInterface {
  name = 'KeptAuditChangesVerbatim1764316800400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event ALTER COLUMN changes TYPE json USING changes::json`);
    await q.query(`
      CREATE FUNCTION audit_chain_only_forward() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.chain_id = OLD.chain_id AND (NEW.last_seq > OLD.last_seq
             OR (NEW.last_seq = OLD.last_seq AND NEW.last_hash = OLD.last_hash)) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_chain heads only move forward: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_chain_forward_only BEFORE UPDATE OR DELETE ON audit_chain
      FOR EACH ROW EXECUTE FUNCTION audit_chain_only_forward()`);
    await q.query(`
      CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
      FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_only_forward()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_chain_no_truncate ON audit_chain`);
    await q.query(`DROP TRIGGER audit_chain_forward_only ON audit_chain`);
    await q.query(`DROP FUNCTION audit_chain_only_forward()`);
    await q.query(`ALTER TABLE audit_event ALTER COLUMN changes TYPE jsonb USING changes::jsonb`);
  }
}
