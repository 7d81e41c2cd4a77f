import { hash as sha256 } from 'node:crypto';
import { loadavg } from 'node:os';
import { Client, Query, QueryArrayConfig } from 'pg';
import { eventHasher, verifyAuditChain } from '@muster/platform-audit';
import { STORED_EVENT_COLUMNS, verifyAuditChainPlainly } from '@muster/platform-audit/testing';
import { Bench, BenchContext, spread } from './framework';
import { GENESIS_HASH } from '@muster/platform-audit';
import { Prng, writeChains } from './generate';

const BENCH_KEY = 'bench-only-audit-hmac-key-0123456789abcdef';

/**
 * The floor of reading: stream the same rows with the driver (keyset batches in sequence
 * order, every value as the text PostgreSQL sends, no type parsing) and hash each once
 * with plain SHA-256 — no canonical form, no HMAC, no checks. Not a verifier.
 */
async function rawRowsSha256(client: Client, chainId: string, events: number): Promise<number> {
  const text = `SELECT ${STORED_EVENT_COLUMNS} FROM audit_event WHERE chain_id = $1 AND seq BETWEEN $2 AND $3 ORDER BY seq`;
  const types = { getTypeParser: () => (value: string) => value };
  let rows = 0;
  let digest = '';
  for (let from = 1; from <= events; from += 5_000) {
    rows += await new Promise<number>((resolve, reject) => {
      let count = 0;
      const config: QueryArrayConfig = { text, values: [chainId, from, from + 4_999], rowMode: 'array', types };
      const query = new Query<string[]>(config);
      query.on('row', (row: string[]) => {
        digest = sha256('sha256', row.join('\u001f'), 'hex');
        count += 1;
      });
      query.on('error', reject);
      query.on('end', () => resolve(count));
      client.query(query);
    });
  }
  if (!digest) throw new Error('no rows streamed');
  return rows;
}

async function seconds(work: () => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const PLAIN = 'plain verifier (text rows, canonicalEvent, createHmac)';
const FAST = 'verifyAuditChain (binary COPY, byte writer, createHmac; the API and audit:verify)';

export const auditVerifyBench: Bench = {
  name: 'audit-verify',
  tiny: { events: '3000', rounds: '1' },
  description:
    'verifying one organisation chain (HMAC-SHA-256): the fast path against the plain verifier it must equal',
  async run(ctx: BenchContext): Promise<void> {
    const events = ctx.number('events', 1_000_000);
    const rounds = ctx.number('rounds', 3);
    const seed = ctx.number('seed', 20);
    const url = await ctx.database();
    const client = new Client({ connectionString: url });
    await client.connect();
    ctx.onCleanup(() => client.end());
    const prng = new Prng(seed);
    const chainId = prng.uuid();
    await ctx.measure("generate (the generator's chain writer, COPY)", events, 'events', async () => {
      await client.query(`SET synchronous_commit = off`);
      // A throwaway database: no write-ahead log for the load (reads are the same either way).
      await client.query(`ALTER TABLE audit_event SET UNLOGGED`);
      await writeChains(
        client,
        [
          {
            chainId,
            organisationNumber: null,
            incidents: [],
            timelinePerIncident: 0,
            events,
            start: { seq: 0, hash: GENESIS_HASH },
          },
        ],
        eventHasher(BENCH_KEY),
        prng,
        { epoch: new Date(Date.UTC(2026, 0, 1)), log: (line) => ctx.log(line), keepReadIndexesDropped: true },
      );
    });

    // Interleaved rounds, best of each, so drift in the machine's load hits every case alike.
    const expectValid = (result: { valid: boolean; checked: number }) => {
      if (!result.valid || result.checked !== events) throw new Error(`verification failed: ${JSON.stringify(result)}`);
    };
    const cases: [string, () => Promise<void>][] = [
      [PLAIN, async () => expectValid(await verifyAuditChainPlainly(client, { chainId, hmacKey: BENCH_KEY }))],
      [
        'raw rows, one SHA-256 each (the floor of reading, not a verifier)',
        async () => {
          if ((await rawRowsSha256(client, chainId, events)) !== events) throw new Error('the floor missed rows');
        },
      ],
      [FAST, async () => expectValid(await verifyAuditChain(client, { chainId, hmacKey: BENCH_KEY }))],
    ];
    // Round 0 warms up (discarded); then each round runs every case in turn.
    const best = new Map<string, number>();
    const times = new Map<string, number[]>(cases.map(([name]) => [name, []]));
    for (let round = 0; round <= rounds; round++) {
      for (const [name, work] of cases) {
        const took = await seconds(work);
        if (round === 0) continue;
        times.get(name)?.push(took);
        best.set(name, Math.min(best.get(name) ?? Infinity, took));
      }
    }
    ctx.validated(`every verification valid over all ${events} events; the floor streamed every row`);
    const note = `best of ${rounds} interleaved rounds after a warm-up`;
    const [baseline, ...others] = cases.map(([name]) => name);
    ctx.record({ case: baseline, operations: events, unit: 'events', seconds: best.get(baseline) as number, note });
    const measured = new Map(
      others.map((name) => [
        name,
        ctx.record({
          case: name,
          operations: events,
          unit: 'events',
          seconds: best.get(name) as number,
          baseline,
          note,
        }),
      ]),
    );
    const fast = measured.get(FAST);
    ctx.environment.loadAverage = Number(loadavg()[0].toFixed(1));
    ctx.target('fast path over the plain verifier (keep it at ≥ 1.3×)', fast?.ratio ?? 0, 1.3, '×');
    ctx.target('verification throughput (verifyAuditChain)', fast?.perSecond ?? 0, 250_000, ' events/s');
    const fastTimes = times.get(FAST) ?? [];
    const plainTimes = times.get(PLAIN) ?? [];
    const perSecond = spread(fastTimes.map((t) => events / t)).median;
    ctx.target('verification throughput (verifyAuditChain), median round', perSecond, 250_000, ' events/s');
    ctx.row({
      id: '7',
      case: `verifyAuditChain of ${events.toLocaleString('en-GB')} events`,
      baseline: 'the plain verifier',
      ratios: fastTimes.map((t, i) => plainTimes[i] / t),
      perSecond,
      unit: 'events',
      p50Ms: null,
      p99Ms: null,
      statements: null,
      validated: 'every verification valid and complete',
      targets: ['verification throughput (verifyAuditChain), median round'],
      note: `events/s of the median round of ${rounds}; the best ${Math.round(fast?.perSecond ?? 0).toLocaleString('en-GB')}`,
    });
  },
};
