import { Client } from 'pg';
import { Role } from '@muster/platform-access';
import { TeamFunction } from '@muster/identity';
import { rolledBack, startTestApp, TestApp } from '@muster/testing';
import { draftWithSteps, organisationWithLeads, step } from '../runbooks/runbook-api';

/**
 * `runbook_draft_duties` (what readiness reads for a never-approved runbook) is kept by the
 * database from the working-copy steps: written by its triggers whoever changes the steps,
 * and by nobody else.
 */
describe('the draft duties the database keeps per runbook', () => {
  let t: TestApp;
  let db: Client;

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  /** Runs statements as the application role in a transaction that is rolled back; returns the last result or the error. */
  async function asApp(statements: [string, unknown[]?][]): Promise<{ rows?: unknown[]; error?: { code?: string } }> {
    const { result, error } = await rolledBack(db, async () => {
      await db.query('SET LOCAL ROLE muster_app');
      let rows: unknown[] = [];
      for (const [sql, params] of statements) rows = (await db.query(sql, params)).rows;
      return rows;
    });
    return error ? { error } : { rows: result };
  }

  // First: on the embedded database (one shared session) a rolled-back SECURITY DEFINER call
  // leaves the session's role behind, so this check must not come after the trigger test.
  it('refuses the application role any write of its own', async () => {
    for (const sql of [
      `UPDATE runbook_draft_duties SET duty_bits = 0`,
      `DELETE FROM runbook_draft_duties`,
      `TRUNCATE runbook_draft_duties`,
    ]) {
      expect(await asApp([[sql]])).toMatchObject({ error: { code: '42501' } });
    }
  });

  it('follows every insert, update and delete of steps, made as the application role', async () => {
    const leads = await organisationWithLeads(t);
    const draft = await draftWithSteps(
      t,
      leads.org.id,
      leads.author,
      [step('Call the supplier', { function: TeamFunction.EPRR, responsibleRole: Role.EPRR_LEAD })],
      { title: 'Supplier compromise', categories: ['SUPPLIER_COMPROMISE'] },
    );
    const duties = `SELECT step_count AS "steps", duty_bits::text AS bits FROM runbook_draft_duties WHERE runbook_id = $1`;
    const bit = (role: string, fn: string) => `(SELECT readiness_duty_bit('${role}', '${fn}')::text AS bit)`;
    const [{ bit: eprr }] = (await db.query<{ bit: string }>(bit('EPRR_LEAD', 'EPRR'))).rows;
    const [{ bit: both }] = (
      await db.query<{ bit: string }>(
        `SELECT (readiness_duty_bit('EPRR_LEAD', 'EPRR') | readiness_duty_bit('IG_OFFICER', 'INFORMATION_GOVERNANCE'))::text AS bit`,
      )
    ).rows;
    expect((await db.query(duties, [draft.id])).rows).toEqual([{ steps: 1, bits: eprr }]);

    const insert = [
      `INSERT INTO runbook_step (runbook_id, position, title, function, responsible_role) VALUES ($1, 2, 'Tell the ICO', 'INFORMATION_GOVERNANCE', 'IG_OFFICER')`,
      [draft.id],
    ] as [string, unknown[]];
    expect(await asApp([insert, [duties, [draft.id]]])).toEqual({ rows: [{ steps: 2, bits: both }] });
    expect(
      await asApp([
        insert,
        [
          `UPDATE runbook_step SET responsible_role = 'EPRR_LEAD', function = 'EPRR' WHERE runbook_id = $1 AND position = 2`,
          [draft.id],
        ],
        [duties, [draft.id]],
      ]),
    ).toEqual({ rows: [{ steps: 2, bits: eprr }] });
    expect(
      await asApp([
        [`DELETE FROM runbook_step WHERE runbook_id = $1`, [draft.id]],
        [duties, [draft.id]],
      ]),
    ).toEqual({ rows: [] });
  });
});
