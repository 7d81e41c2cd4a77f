import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { UnitOfWork } from '@muster/platform-database';
import { verifyAuditChain } from '@muster/platform-audit';
import { startTestApp, TestApp } from '@muster/testing';

// The suite's own table: the changes are exercised below any domain.
const PROBE = 'audit_concurrency_probe';
const CHANGES = 1_000;
const WRITERS = 16;

type Outcome = 'committed' | 'failed';

/**
 * Change n writes a probe row and records one event in its organisation's chain (every
 * tenth also one in a second organisation's). Some fail just before commit: every
 * seventh throws after recording; every fiftieth fails inside the append itself, after
 * the chain heads were locked.
 */
function plan(n: number, orgs: string[]) {
  const home = orgs[n % orgs.length];
  const other = n % 10 === 0 ? orgs[(n + 1) % orgs.length] : null;
  const failure = n % 50 === 17 ? 'append' : n % 7 === 3 ? 'throw' : null;
  return { id: `change-${n}`, home, other, failure };
}

describe('audit chains under concurrent writers', () => {
  let t: TestApp;
  let uow: UnitOfWork;
  let client: Client;
  const orgs = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const outcomes = new Map<string, Outcome>();

  beforeAll(async () => {
    t = await startTestApp();
    uow = t.app.get(UnitOfWork);
    await t.dataSource.query(
      `CREATE TABLE IF NOT EXISTS ${PROBE} (id text PRIMARY KEY, organisation_id uuid NOT NULL)`,
    );
    client = new Client({ connectionString: t.databaseUrl });
    await client.connect();

    const change = async (n: number) => {
      const p = plan(n, orgs);
      await uow.run(async (tx) => {
        await tx.manager.query(`INSERT INTO ${PROBE} (id, organisation_id) VALUES ($1, $2)`, [p.id, p.home]);
        const event = { action: 'probe.changed', entityType: 'concurrency_probe', summary: `Changed ${p.id}` };
        tx.record({ ...event, organisationId: p.home, entityId: p.failure === 'append' ? `${p.id}\u0000` : p.id });
        if (p.other) tx.record({ ...event, organisationId: p.other, entityId: p.id, changes: { also: p.home } });
        if (p.failure === 'throw') throw new Error(`${p.id} fails just before commit`);
      });
    };
    let next = 0;
    const writer = async () => {
      while (next < CHANGES) {
        const n = next++;
        const id = plan(n, orgs).id;
        outcomes.set(
          id,
          await change(n).then(
            () => 'committed' as const,
            () => 'failed' as const,
          ),
        );
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, writer));
  });

  afterAll(async () => {
    await client?.end();
    await t?.close();
  });

  const committed = () =>
    [...outcomes]
      .filter(([, o]) => o === 'committed')
      .map(([id]) => id)
      .sort();

  it('commits exactly the changes that did not fail', () => {
    expect(outcomes.size).toBe(CHANGES);
    const expected = Array.from({ length: CHANGES }, (_, n) => plan(n, orgs))
      .filter((p) => !p.failure)
      .map((p) => p.id)
      .sort();
    expect(committed()).toEqual(expected);
  });

  it('has one probe row per committed change and none for a failed one', async () => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM ${PROBE} ORDER BY id`);
    expect(rows.map((r) => r.id).sort()).toEqual(committed());
  });

  it('has exactly the events of the committed changes: none missing, orphaned or duplicated', async () => {
    const { rows } = await client.query<{ entity_id: string; organisation_id: string }>(
      `SELECT entity_id, organisation_id FROM audit_event WHERE entity_type = 'concurrency_probe' ORDER BY entity_id, organisation_id`,
    );
    const expected = committed()
      .map((id) => plan(Number(id.slice('change-'.length)), orgs))
      .flatMap((p) => [p.home, ...(p.other ? [p.other] : [])].map((org) => `${p.id}@${org}`));
    expect(rows.map((r) => `${r.entity_id}@${r.organisation_id}`).sort()).toEqual(expected.sort());
  });

  it('never links two events of a chain to the same previous event, nor leaves a gap in a chain', async () => {
    const { rows } = await client.query<{ chain_id: string; events: number; links: number; last: number }>(
      `SELECT chain_id, count(*)::int AS events, count(DISTINCT prev_hash)::int AS links, max(seq)::int AS last
       FROM audit_event WHERE chain_id = ANY($1) GROUP BY chain_id`,
      [orgs],
    );
    expect(rows).toHaveLength(orgs.length);
    for (const r of rows) expect({ links: r.links, last: r.last }).toEqual({ links: r.events, last: r.events });
  });

  it('leaves every chain verifiable end to end, its head row matching its last event', async () => {
    for (const org of orgs) {
      const result = await verifyAuditChain(client, { chainId: org, hmacKey: t.config.audit.hmacKey });
      const [{ n }] = (
        await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE chain_id = $1`, [org])
      ).rows;
      expect(result).toMatchObject({ valid: true, checked: n, firstBrokenSeq: null });
    }
  });
});
