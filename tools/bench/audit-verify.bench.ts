import { hash as sha256, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { cpus } from 'node:os';
import { eventHasher, streamRows, VERIFY_COLUMNS, verifyAuditChain, verifyAuditChainInParallel } from '@muster/platform-audit';
import { generateChain } from './audit-bench-data';
import { Bench, BenchContext } from './framework';

const BENCH_KEY = 'bench-only-audit-hmac-key-0123456789abcdef';

/**
 * The floor any verification pays: the same rows, streamed the same way (keyset batches
 * in sequence order, raw text), each hashed once with plain SHA-256 — no canonical form,
 * no HMAC, no checks.
 */
async function plainStreamingSha256(client: Client, chainId: string, events: number): Promise<number> {
  const sql = `SELECT ${VERIFY_COLUMNS} FROM audit_event WHERE chain_id = $1 AND seq BETWEEN $2 AND $3 ORDER BY seq`;
  let rows = 0;
  let digest = '';
  for (let from = 1; from <= events; from += 5_000) {
    rows += await streamRows(client, sql, [chainId, from, from + 4_999], (row) => {
      digest = sha256('sha256', row.join('\u001f'), 'hex');
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

export const auditVerifyBench: Bench = {
  name: 'audit-verify',
  description: 'verifying one organisation chain (HMAC-SHA-256), against a plain streaming SHA-256 of the same rows',
  async run(ctx: BenchContext): Promise<void> {
    const events = ctx.number('events', 1_000_000);
    const rounds = ctx.number('rounds', 2);
    const url = await ctx.database();
    const client = new Client({ connectionString: url });
    await client.connect();
    ctx.onCleanup(() => client.end());
    const chainId = randomUUID();
    await ctx.measure('generate (bulk load)', events, 'events', async () => {
      await generateChain(client, chainId, events, eventHasher(BENCH_KEY), (line) => ctx.log(line));
    });

    // Interleaved rounds, best of each, so drift in the machine's load hits every case alike.
    const workers = ctx.number('workers', Math.max(2, Math.min(4, cpus().length)));
    const expectValid = (result: { valid: boolean; checked: number }) => {
      if (!result.valid || result.checked !== events) throw new Error(`verification failed: ${JSON.stringify(result)}`);
    };
    const cases: [string, () => Promise<void>][] = [
      ['plain streaming SHA-256', async () => {
        if ((await plainStreamingSha256(client, chainId, events)) !== events) throw new Error('baseline missed rows');
      }],
      ['verifyAuditChain (API, 1 thread)', async () => expectValid(await verifyAuditChain(client, { chainId, hmacKey: BENCH_KEY }))],
      [`verifyAuditChainInParallel (${workers} workers)`, async () => expectValid(await verifyAuditChainInParallel(url, { chainId, hmacKey: BENCH_KEY, workers }))],
    ];
    const best = new Map<string, number>();
    for (let round = 0; round < rounds; round++) {
      for (const [name, work] of cases) best.set(name, Math.min(best.get(name) ?? Infinity, await seconds(work)));
    }
    const note = `best of ${rounds} interleaved rounds`;
    const [baseline, ...verifications] = cases.map(([name]) => name);
    ctx.record({ case: baseline, operations: events, unit: 'events', seconds: best.get(baseline) as number, note });
    const measured = verifications.map((name) =>
      ctx.record({ case: name, operations: events, unit: 'events', seconds: best.get(name) as number, baseline, note }),
    );
    ctx.target('verification throughput (best case)', Math.max(...measured.map((m) => m.perSecond)), 250_000, ' events/s');
  },
};
