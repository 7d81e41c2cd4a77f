import { randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AuditAppender } from '@muster/platform-audit';
import { loadConfig } from '@muster/platform-config';
import { SystemClock } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { Bench, BenchContext, quantile, spread } from './framework';

const ORGANISATIONS = 32;

/** `transactions` changes, shared out to `writers` concurrent loops; each change is `change(n)`. */
async function concurrently(
  transactions: number,
  writers: number,
  change: (n: number) => Promise<void>,
  latenciesMs: number[] = [],
): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < transactions) {
        const at = process.hrtime.bigint();
        await change(next++);
        latenciesMs.push(Number(process.hrtime.bigint() - at) / 1e6);
      }
    }),
  );
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const summary = (n: number) => `responder${n % 50} completed the assignment "Isolate affected hosts" of step ${n % 12}`;
const changes = (n: number) => ({
  before: { status: 'IN_PROGRESS' },
  after: { status: 'DONE', evidence: `ticket ${n}` },
});

export const auditAppendBench: Bench = {
  name: 'audit-append',
  tiny: { appends: '80', rounds: '1' },
  description:
    'changes with one audit event each from concurrent writers: per-organisation chains vs one global chain vs raw SQL',
  async run(ctx: BenchContext): Promise<void> {
    const transactions = ctx.number('appends', 4_000);
    const writers = ctx.number('writers', 8);
    const rounds = ctx.number('rounds', 3);
    const url = await ctx.database();
    const config = loadConfig({
      DATABASE_URL: url,
      AUDIT_HMAC_KEY: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'silent',
    });
    const dataSource = new DataSource({ type: 'postgres', url, extra: { max: writers + 2 }, logging: false });
    await dataSource.initialize();
    const pool = new Pool({ connectionString: url, max: writers + 2 });
    // An idle client's error (its backend ended) is reported, not an uncaught 'error' event.
    pool.on('error', (error) => ctx.log(`idle raw-SQL connection failed: ${error.message}`));
    ctx.onCleanup(async () => {
      await dataSource.destroy();
      await pool.end();
    });
    await pool.query(
      `CREATE TABLE bench_probe (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, organisation_id uuid NOT NULL, n int NOT NULL)`,
    );
    // The same row shape and indexes as the audit table, without the chain: no head lock, no hashing.
    await pool.query(
      `CREATE TABLE bench_raw_event (LIKE audit_event INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING INDEXES)`,
    );
    const uow = new UnitOfWork(dataSource, new AuditAppender(config), new SystemClock());
    const orgs = Array.from({ length: ORGANISATIONS }, () => randomUUID());
    const global = randomUUID();
    // Deterministic but scattered: concurrent writers sometimes share an organisation.
    const orgOf = (n: number) => orgs[(n * 2_654_435_761) % ORGANISATIONS];

    const viaUnitOfWork = (organisationOf: (n: number) => string) => async (n: number) => {
      await uow.run(async (tx) => {
        const organisationId = organisationOf(n);
        await tx.manager.query(`INSERT INTO bench_probe (organisation_id, n) VALUES ($1, $2)`, [organisationId, n]);
        tx.record({
          action: 'assignment.completed',
          organisationId,
          entityType: 'assignment',
          entityId: randomUUID(),
          summary: summary(n),
          changes: changes(n),
        });
      });
    };
    let rawSeq = 0;
    const rawSql = async (n: number) => {
      const client = await pool.connect();
      try {
        const organisationId = orgOf(n);
        await client.query('BEGIN');
        await client.query(`INSERT INTO bench_probe (organisation_id, n) VALUES ($1, $2)`, [organisationId, n]);
        await client.query(
          `INSERT INTO bench_raw_event (chain_id, seq, occurred_at, actor_type, actor_label, organisation_id, action, entity_type,
             entity_id, summary, changes, prev_hash, hash)
           VALUES ($1, $2, now(), 'SYSTEM', 'system', $3, 'assignment.completed', 'assignment', $4, $5, $6, $7, $8)`,
          [
            organisationId,
            ++rawSeq,
            organisationId,
            randomUUID(),
            summary(n),
            JSON.stringify(changes(n)),
            randomBytes(32).toString('hex'),
            randomBytes(32).toString('hex'),
          ],
        );
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    };
    const cases: [string, (n: number) => Promise<void>][] = [
      ['raw SQL append', rawSql],
      ['single global chain', viaUnitOfWork(() => global)],
      ['per-organisation chains', viaUnitOfWork(orgOf)],
    ];
    for (const [, change] of cases) await concurrently(200, writers, change);
    const best = new Map<string, number>();
    const times = new Map<string, number[]>(cases.map(([name]) => [name, []]));
    const latencies = new Map<string, number[]>(cases.map(([name]) => [name, []]));
    for (let round = 0; round < rounds; round++) {
      for (const [name, change] of cases) {
        const took = await concurrently(transactions, writers, change, latencies.get(name));
        times.get(name)?.push(took);
        best.set(name, Math.min(best.get(name) ?? Infinity, took));
      }
    }
    // Every change committed: the rows and events are all there, and each chain is unbroken.
    const [written] = (
      await pool.query<{ probes: string; events: string; heads: string }>(
        `SELECT (SELECT count(*) FROM bench_probe) AS probes, (SELECT count(*) FROM audit_event) AS events,
                (SELECT coalesce(sum(last_seq), 0) FROM audit_chain) AS heads`,
      )
    ).rows;
    const appended = (200 + rounds * transactions) * 2;
    if (Number(written.events) !== appended || Number(written.heads) !== appended)
      throw new Error(`expected ${appended} chained events, found ${JSON.stringify(written)}`);
    ctx.validated('every change committed with its chained event (counts and chain heads checked)');
    const note = `${writers} writers, best of ${rounds} interleaved rounds`;
    ctx.record({
      case: 'raw SQL append',
      operations: transactions,
      unit: 'changes',
      seconds: best.get('raw SQL append') as number,
      note,
    });
    const single = ctx.record({
      case: 'single global chain',
      operations: transactions,
      unit: 'changes',
      seconds: best.get('single global chain') as number,
      baseline: 'raw SQL append',
      note,
    });
    const perOrg = ctx.record({
      case: 'per-organisation chains',
      operations: transactions,
      unit: 'changes',
      seconds: best.get('per-organisation chains') as number,
      baseline: 'raw SQL append',
      note: `${note}, ${ORGANISATIONS} organisations`,
    });
    ctx.target('per-organisation chains / single global chain', perOrg.perSecond / single.perSecond, 2, '×');
    const perOrgTimes = times.get('per-organisation chains') ?? [];
    const globalTimes = times.get('single global chain') ?? [];
    const ratios = perOrgTimes.map((t, i) => globalTimes[i] / t);
    ctx.target('per-organisation chains / single global chain, median round', spread(ratios).median, 2, '×');
    const orgLatencies = latencies.get('per-organisation chains') ?? [];
    ctx.row({
      id: '6',
      case: `per-organisation chains (${ORGANISATIONS}), ${writers} writers`,
      baseline: 'one global chain',
      ratios,
      perSecond: spread(perOrgTimes.map((t) => transactions / t)).median,
      unit: 'changes',
      p50Ms: quantile(orgLatencies, 0.5),
      p99Ms: quantile(orgLatencies, 0.99),
      statements: null,
      validated: 'every change committed with its chained event',
      targets: ['per-organisation chains / single global chain, median round'],
      note: `${rounds} interleaved rounds of ${transactions} after a warm-up of 200; p50/p99 per change`,
    });
  },
};
