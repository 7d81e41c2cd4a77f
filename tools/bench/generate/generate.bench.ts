import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { Client } from 'pg';
import { eventHasher, verifyAuditChain } from '@muster/platform-audit';
import { Bench, BenchContext } from '../framework';
import { sizeFromOptions } from './size';
import { generateSystem } from './system';

/** The end of the generated year here: fixed, so the same seed gives the same chains (benches pass the real now). */
export const GENERATE_NOW = new Date('2026-11-01T00:00:00Z');

/**
 * The whole-system data generator on its own: issue 20's full size by default (200
 * organisations, 2,000 users, 50 runbooks × 20 steps each, 10,000 incidents, 50,000
 * participants, 100,000 assignments, 1,000,000 audit events, IG threads and decisions,
 * notifications), `--scale` to shrink it, `--seed` to vary it. Reports the time of each part
 * and the rows of each table, checks the counts asked for and verifies every audit chain.
 */
export const generateBench: Bench = {
  name: 'generate',
  description: 'the deterministic whole-system data generator: time per part, rows per table, every chain verified',
  tiny: { scale: '0.003' },
  async run(ctx: BenchContext): Promise<void> {
    const size = sizeFromOptions(ctx);
    const seed = ctx.number('seed', 20);
    const url = await ctx.database();
    // Derived from the seed (so the chains' heads repeat run to run), never a key of a real deployment.
    const hmacKey = createHash('sha256').update(`muster-bench-generate-${seed}`).digest('hex');
    const db = new Client({ connectionString: url });
    await db.connect();
    ctx.onCleanup(() => db.end());
    let generated: Awaited<ReturnType<typeof generateSystem>> | undefined;
    const total = await ctx.measure('generate the whole system', size.auditEvents, 'audit events', async () => {
      generated = await generateSystem(db, size, {
        seed,
        now: GENERATE_NOW,
        hasher: eventHasher(hmacKey),
        log: (l) => ctx.log(l),
      });
    });
    if (!generated) throw new Error('nothing generated');
    const { rows, seconds, heads } = generated;
    for (const [table, n] of Object.entries(rows)) ctx.environment[`rows: ${table}`] = n;
    for (const [part, s] of Object.entries(seconds)) ctx.environment[`seconds: ${part}`] = Number(s.toFixed(2));
    ctx.environment.loadAverage = Number(loadavg()[0].toFixed(1));

    const expected: [string, number, number][] = [
      ['organisations', rows.organisation, size.organisations],
      ['users', rows.app_user, size.organisations * size.usersPerOrganisation],
      ['runbooks (with 6 ICS templates)', rows.runbook, size.organisations * size.runbooksPerOrganisation + 6],
      [
        'runbook steps',
        rows.runbook_step,
        (size.organisations * size.runbooksPerOrganisation + 6) * size.stepsPerRunbook,
      ],
      ['incidents', rows.incident, size.incidents],
      ['participants', rows.incident_affected_organisation + rows.incident_role_assignment, size.participants],
      ['assignments', rows.assignment, size.assignments],
      ['audit events', rows.audit_event, size.auditEvents],
    ];
    const wrong = expected.filter(([, actual, wanted]) => actual !== wanted);
    if (wrong.length) throw new Error(`generated counts differ: ${JSON.stringify(wrong)}`);
    ctx.validated('row counts equal the size asked for');
    if (!rows.ig_thread || !rows.ig_decision || !rows.notification || !rows.notification_inbox)
      throw new Error(`no IG threads, decisions or notifications: ${JSON.stringify(rows)}`);

    let checked = 0;
    const verified = await ctx.measure(
      'verify every audit chain (verifyAuditChain)',
      size.auditEvents,
      'audit events',
      async () => {
        for (const [chainId, head] of heads) {
          const result = await verifyAuditChain(db, { chainId, hmacKey });
          if (!result.valid || result.checked !== head.seq)
            throw new Error(`chain ${chainId} does not verify: ${JSON.stringify(result)}`);
          checked += result.checked;
        }
      },
    );
    if (checked !== size.auditEvents) throw new Error(`verified ${checked} of ${size.auditEvents} events`);
    ctx.validated('every audit chain verifies with verifyAuditChain');
    // The same seed and size give the same digest: every event's content is in its chain's head.
    ctx.environment.headsDigest = headsDigest(heads);
    ctx.log(
      `generated ${Object.values(rows)
        .reduce((a, b) => a + b, 0)
        .toLocaleString(
          'en-GB',
        )} rows in ${total.seconds.toFixed(1)} s; verified at ${Math.round(verified.perSecond).toLocaleString('en-GB')} events/s`,
    );
    ctx.target('generation under 10 minutes at this size, as 600 s / seconds', 600 / total.seconds, 1, '×');
  },
};

/** A digest of every chain's head, in chain order. */
export function headsDigest(heads: Map<string, { seq: number; hash: string }>): string {
  const text = [...heads]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([c, h]) => `${c}:${h.seq}:${h.hash}`)
    .join('\n');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
