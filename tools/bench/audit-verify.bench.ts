import { hash as sha256, randomUUID } from 'node:crypto';
import { Client, Query, QueryArrayConfig } from 'pg';
import { cpus } from 'node:os';
import { eventHasher, STORED_EVENT_COLUMNS, verifyAuditChain, verifyAuditChainInParallel } from '@muster/platform-audit';
import { generateChain } from './audit-bench-data';
import { Bench, BenchContext } from './framework';

const BENCH_KEY = 'bench-only-audit-hmac-key-0123456789abcdef';

/**
 * What a plain script would do: stream the same rows with the driver (keyset batches in
 * sequence order, every value as the text PostgreSQL sends, no type parsing) and hash
 * each once with plain SHA-256 — no canonical form, no HMAC, no checks.
 */
async function plainStreamingSha256(client: Client, chainId: string, events: number): Promise<number> {
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
