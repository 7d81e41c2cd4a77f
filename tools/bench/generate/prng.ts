/**
 * The generator's pseudo-random numbers: mulberry32, seeded, so the same seed writes the
 * same system (ids, contents and therefore every audit hash). PostgreSQL's side is seeded
 * too (`setseed`, one session, no parallel plans), for the set-based statements.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }

  /** An RFC 4122 version 4 UUID drawn from this generator. */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () => (this.int(2 ** 32) >>> 0).toString(16).padStart(8, '0')).join('');
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/** PostgreSQL's random() seeded from `seed`, for this session (no parallel workers, so the order is the plan's). */
export async function seedDatabaseSession(
  db: { query(sql: string, params?: unknown[]): Promise<unknown> },
  seed: number,
) {
  await db.query(`SET max_parallel_workers_per_gather = 0`);
  await db.query(`SELECT setseed($1)`, [((seed % 2_000_000) - 1_000_000) / 1_000_000]);
}
