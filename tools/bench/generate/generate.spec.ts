import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { eventHasher, verifyAuditChain } from '@muster/platform-audit';
import { BenchContext, DEFAULT_SERVER_URL, dropBenchTemplates } from '../framework';
import { headsDigest } from './generate.bench';
import { EMPTY_SIZE, generateSystem, SystemSize } from './index';

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? DEFAULT_SERVER_URL;
const SIZE: SystemSize = {
  ...EMPTY_SIZE,
  organisations: 4,
  runbooksPerOrganisation: 2,
  stepsPerRunbook: 3,
  incidents: 12,
  participants: 50,
  assignments: 40,
  auditEvents: 500,
  timelineEventsPerIncident: 5,
  igEvery: 2,
  notificationEvery: 1,
  postureDays: 3,
};
const NOW = new Date('2026-06-01T12:00:00Z');

/** Writes the system into a database of its own; its chain heads and a digest of its incidents and assignments. */
async function generated(ctx: BenchContext, suffix: string, seed: number, hmacKey: string) {
  const db = new Client({ connectionString: await ctx.database(suffix) });
  await db.connect();
  try {
    const out = await generateSystem(db, SIZE, { seed, now: NOW, hasher: eventHasher(hmacKey), log: () => undefined });
    const rows = await db.query(
      `SELECT (SELECT json_agg(i ORDER BY i.id) FROM (SELECT id, reference, reported_at, status FROM incident) i) AS incidents,
              (SELECT json_agg(a ORDER BY a.id) FROM (SELECT id, status, due_at, closed_at, incident_id FROM assignment) a) AS assignments`,
    );
    const valid = [];
    for (const chainId of out.heads.keys()) valid.push((await verifyAuditChain(db, { chainId, hmacKey })).valid);
    return {
      rows: out.rows,
      heads: headsDigest(out.heads),
      content: createHash('sha256').update(JSON.stringify(rows.rows[0])).digest('hex'),
      valid,
    };
  } finally {
    await db.end();
  }
}

describe('the whole-system generator', () => {
  const ctx = new BenchContext('generator-spec', {}, serverUrl);
  afterAll(async () => {
    await ctx.cleanup();
    await dropBenchTemplates();
  });

  it('writes the sizes asked for, valid chains, and the same system for the same seed (another for another)', async () => {
    const hmacKey = randomBytes(32).toString('hex');
    const first = await generated(ctx, 'a', 7, hmacKey);
    const again = await generated(ctx, 'b', 7, hmacKey);
    const other = await generated(ctx, 'c', 8, hmacKey);

    expect(first.rows).toMatchObject({
      organisation: 4,
      app_user: 40,
      incident: 12,
      assignment: 40,
      audit_event: 500,
      audit_chain: 4,
    });
    expect(first.rows.incident_affected_organisation + first.rows.incident_role_assignment).toBe(50);
    expect(first.rows.ig_thread).toBeGreaterThan(0);
    expect(first.rows.notification_inbox).toBeGreaterThan(0);
    expect(first.valid).toEqual([true, true, true, true]);
    expect(again).toEqual(first);
    expect(other.heads).not.toEqual(first.heads);
    expect(other.content).not.toEqual(first.content);
  }, 60_000);
});
