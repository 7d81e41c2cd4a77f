import { Client } from 'pg';

/**
 * Terminates the app's database backends (`pg_terminate_backend`) at random moments until
 * stopped: one every `minMs`–`maxMs`, mostly one busy with a statement or inside a
 * transaction (what a crash or failover cuts), sometimes an idle pooled one (which the
 * pool must notice before reuse). Only backends of `database` whose application_name is
 * the app's ('muster'), never its own.
 */
export async function killBackendsAtRandom(databaseUrl: string, rng: () => number, minMs = 40, maxMs = 400) {
  const killer = new Client({ connectionString: databaseUrl, application_name: 'muster-reliability-killer' });
  await killer.connect();
  let stopped = false;
  const kills = { busy: 0, idle: 0 };
  const loop = (async () => {
    while (!stopped) {
      await new Promise((resolve) => setTimeout(resolve, minMs + rng() * (maxMs - minMs)));
      if (stopped) break;
      const busy = rng() < 0.8;
      const rows = await killer.query<{ killed: boolean }>(
        `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'muster' AND pid <> pg_backend_pid()
            AND (state <> 'idle') = $1
          ORDER BY random() LIMIT 1`,
        [busy],
      );
      if (rows.rows[0]?.killed) kills[busy ? 'busy' : 'idle'] += 1;
    }
  })();
  return {
    kills,
    async stop(): Promise<{ busy: number; idle: number }> {
      if (stopped) return kills;
      stopped = true;
      await loop;
      await killer.end();
      return kills;
    },
  };
}

/** A small seeded generator (mulberry32): the same seed draws the same mutations. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
