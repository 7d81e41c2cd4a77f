import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { canonicalEvent, canonicalJson, eventHasher, GENESIS_HASH, HashedFields } from '@muster/platform-audit';
import { readStoredEvents, StoredEventReader } from '@muster/platform-audit/testing';
import { rolledBack, startTestApp, TestApp, withoutTriggers } from '@muster/testing';

const KEY = 'reader-test-key-0123456789abcdef';
const tricky = [
  '',
  'plain',
  'quote " and \\ backslash',
  'line\nbreak\ttab\r\b\f\u0001\u001f\u007f',
  'émoji 🚑 ü',
  '\u2028\u2029',
  '</script>',
  '{a,b}',
];

/** Events with every kind of value a column can hold: nulls, escapes, multi-byte text, odd roles, sub-second times. */
function event(chainId: string, i: number, prevHash: string): HashedFields {
  const pick = <T>(xs: T[], salt = 0) => xs[(i * 7 + salt) % xs.length];
  return {
    chainId,
    seq: String(i + 1),
    prevHash,
    occurredAt: new Date(Date.UTC(1999, 11, 31, 23, 59, 58) + i * 86_399_123).toISOString(),
    actorType: pick(['USER', 'API_KEY', 'SYSTEM']),
    actorId: i % 2 ? null : randomUUID(),
    actorLabel: pick(tricky, 1),
    organisationId: i % 4 ? randomUUID() : null,
    roles: i % 5 === 0 ? [] : i % 5 === 1 ? [pick(tricky, 2), 'with space', 'NULL'] : [`ORG_ADMIN@${chainId}`],
    action: 'probe.changed',
    entityType: pick(tricky, 3),
    entityId: i % 6 ? `e-${pick(tricky, 4)}` : null,
    incidentId: i % 3 ? null : randomUUID(),
    summary: `${pick(tricky, 5)} ${i}`,
    changes:
      i % 2
        ? 'null'
        : canonicalJson({
            before: { n: i, s: pick(tricky, 6) },
            after: { n: i + 1, list: [1.5, null, true, pick(tricky, 7)] },
          }),
    requestId: i % 3 ? `req-${i}` : null,
    clientAddress: i % 3 ? '2001:db8::1' : null,
  };
}

/**
 * The binary reader writes each event's canonical bytes straight from PostgreSQL's
 * binary COPY: they must be exactly `canonicalEvent` of the fields, whatever they hold.
 */
describe('reading stored events from a binary COPY', () => {
  let t: TestApp;
  let db: Client;
  const hasher = eventHasher(KEY);
  const chains: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    // These chains hold what the app never writes (roles in two dimensions, a broken
    // chain): other suites on this worker's database read the whole trail.
    if (db) {
      await withoutTriggers(db, async () => {
        await db.query(`DELETE FROM audit_event WHERE chain_id = ANY ($1)`, [chains]);
        await db.query(`DELETE FROM audit_chain WHERE chain_id = ANY ($1)`, [chains]);
      });
    }
    await db?.end();
    await t?.close();
  });

  /** Writes `count` events straight into a new chain; returns them with their hashes. */
  async function store(
    count: number,
    vary: (i: number) => Partial<HashedFields> = () => ({}),
  ): Promise<{ chainId: string; events: HashedFields[]; hashes: string[] }> {
    const chainId = randomUUID();
    chains.push(chainId);
    await db.query(`INSERT INTO audit_chain (chain_id, last_seq, last_hash) VALUES ($1, 0, $2)`, [
      chainId,
      GENESIS_HASH,
    ]);
    const events: HashedFields[] = [];
    const hashes: string[] = [];
    let prev = GENESIS_HASH;
    for (let i = 0; i < count; i++) {
      const e = { ...event(chainId, i, prev), ...vary(i) };
      prev = hasher(canonicalEvent(e));
      await db.query(
        `INSERT INTO audit_event (chain_id, seq, occurred_at, actor_type, actor_id, actor_label, organisation_id, roles, action,
           entity_type, entity_id, incident_id, summary, changes, request_id, client_address, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::json, $15, $16, $17, $18)`,
        [
          chainId,
          e.seq,
          e.occurredAt,
          e.actorType,
          e.actorId,
          e.actorLabel,
          e.organisationId,
          e.roles,
          e.action,
          e.entityType,
          e.entityId,
          e.incidentId,
          e.summary,
          e.changes === 'null' ? null : e.changes,
          e.requestId,
          e.clientAddress,
          e.prevHash,
          prev,
        ],
      );
      events.push(e);
      hashes.push(prev);
    }
    return { chainId, events, hashes };
  }

  async function readAll(chainId: string, from = 1, to = 1_000_000, batchOf?: number) {
    const reader = new StoredEventReader(chainId, KEY);
    const seen: {
      seq: number;
      prevHash: string;
      hash: string;
      canonical: string;
      fields: HashedFields | null;
      matches: boolean;
    }[] = [];
    for (let start = from; start <= to; start += batchOf ?? to) {
      await readStoredEvents(db, reader, start, Math.min(to, start + (batchOf ?? to) - 1), () => {
        seen.push({
          seq: reader.seq,
          prevHash: reader.prevHash,
          hash: reader.hash,
          canonical: reader.canonicalText(),
          fields: reader.fields(),
          matches: reader.matchesHash(),
        });
      });
    }
    return seen;
  }

  it('gives the canonical bytes, the fields and the hash of every event, whatever its columns hold', async () => {
    const { chainId, events, hashes } = await store(60);
    const seen = await readAll(chainId);
    expect(seen).toHaveLength(60);
    seen.forEach((s, i) => {
      expect(s.fields).toEqual(events[i]);
      expect(s.canonical).toBe(canonicalEvent(events[i]));
      expect(s).toMatchObject({ seq: i + 1, prevHash: events[i].prevHash, hash: hashes[i], matches: true });
    });
  });

  it('escapes each special byte wherever it falls in a run of plain text (the reader copies four bytes at a time)', async () => {
    const specials = ['"', '\\', '\u0001', '\u001f', '\n', '\u007f', ' ', 'é'];
    const texts = specials.flatMap((special) =>
      Array.from({ length: 9 }, (_, at) => `${'abcdefgh'.slice(0, at)}${special}ijklmnop`),
    );
    const { chainId, events } = await store(texts.length, (i) => ({
      summary: texts[i],
      roles: [texts[i], texts[(i + 1) % texts.length]],
    }));
    const seen = await readAll(chainId);
    seen.forEach((s, i) => expect(s.canonical).toBe(canonicalEvent(events[i])));
  });

  it('reads ranges and batches, across socket chunks, with nothing left over', async () => {
    // Long summaries make tuples straddle the chunks the socket delivers.
    const { chainId, events } = await store(40);
    await withoutTriggers(db, async () => {
      await db.query(`UPDATE audit_event SET summary = repeat(summary, 4000) WHERE chain_id = $1 AND seq % 3 = 0`, [
        chainId,
      ]);
    });
    const seen = await readAll(chainId, 5, 33, 7);
    expect(seen.map((s) => s.seq)).toEqual(events.slice(4, 33).map((e) => Number(e.seq)));
    expect(seen.map((s) => s.matches)).toEqual(seen.map((s) => s.seq % 3 !== 0));
    expect((await readAll(chainId, 41, 50)).length).toBe(0);
  });

  it('calls a sub-millisecond edit of the time a change, and keeps the digits it read', async () => {
    const { chainId } = await store(3);
    await withoutTriggers(db, async () => {
      await db.query(
        `UPDATE audit_event SET occurred_at = occurred_at + interval '7 microseconds' WHERE chain_id = $1 AND seq = 2`,
        [chainId],
      );
    });
    const seen = await readAll(chainId);
    expect(seen.map((s) => s.matches)).toEqual([true, false, true]);
    expect(seen[1].fields?.occurredAt).toMatch(/\.\d{3}007Z$/);
    expect(seen[1].canonical).toBe(canonicalEvent(seen[1].fields as HashedFields));
    // Before 2000, PostgreSQL's epoch: negative microseconds, the same text both ways.
    await withoutTriggers(db, async () => {
      await db.query(
        `UPDATE audit_event SET occurred_at = '1999-12-31 23:59:59.123456+00' WHERE chain_id = $1 AND seq = 3`,
        [chainId],
      );
    });
    const [, , old] = await readAll(chainId);
    expect(old).toMatchObject({ matches: false, fields: { occurredAt: '1999-12-31T23:59:59.123456Z' } });
    expect(old.canonical).toBe(canonicalEvent(old.fields as HashedFields));
  });

  it('calls another spelling of the same changes a change, and roles in two dimensions or not numbered from 1', async () => {
    const { chainId, events } = await store(3);
    const respelt = JSON.stringify(JSON.parse(events[0].changes), null, 2);
    await withoutTriggers(db, async () => {
      await db.query(`UPDATE audit_event SET changes = $2 WHERE chain_id = $1 AND seq = 1`, [chainId, respelt]);
      await db.query(`UPDATE audit_event SET roles = '{{a,b},{c,d}}' WHERE chain_id = $1 AND seq = 2`, [chainId]);
      // The same elements numbered from 2: roles[1] no longer reads what was hashed.
      await db.query(
        `UPDATE audit_event SET roles = ('[2:' || (1 + cardinality(roles)) || ']=' || roles::text)::text[] WHERE chain_id = $1 AND seq = 3`,
        [chainId],
      );
    });
    expect(events[2].roles.length).toBeGreaterThan(0);
    const seen = await readAll(chainId);
    expect(seen[0].fields?.changes).toBe(respelt);
    expect(seen.map((s) => s.matches)).toEqual([false, false, false]);
    expect(seen.slice(1).map((s) => s.fields)).toEqual([null, null]);
  });

  it('does not read a NULL where the table says NOT NULL as the empty text that was hashed', async () => {
    const { chainId } = await store(1, () => ({ summary: '' }));
    expect((await readAll(chainId))[0].matches).toBe(true);
    const { result, error } = await rolledBack(db, async () => {
      await db.query(`SET LOCAL session_replication_role = replica`);
      await db.query(`ALTER TABLE audit_event ALTER COLUMN summary DROP NOT NULL`);
      await db.query(`UPDATE audit_event SET summary = NULL WHERE chain_id = $1`, [chainId]);
      return (await readAll(chainId))[0];
    });
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ matches: false, fields: null });
  });

  it('leaves the connection usable when reading stops half-way through a COPY', async () => {
    // Far more than the socket buffers hold: the server is still sending when reading stops.
    const { chainId } = await store(20);
    await withoutTriggers(db, async () => {
      await db.query(`UPDATE audit_event SET summary = repeat('x', 500000) WHERE chain_id = $1`, [chainId]);
    });
    const reader = new StoredEventReader(chainId, KEY);
    let read = 0;
    const failing = readStoredEvents(db, reader, 1, 20, () => {
      if (++read === 2) throw new Error('stop here');
    });
    await expect(failing).rejects.toThrow('stop here');
    expect(read).toBe(2);
    expect((await db.query(`SELECT count(*)::int AS n FROM audit_event WHERE chain_id = $1`, [chainId])).rows).toEqual([
      { n: 20 },
    ]);
  });
});
