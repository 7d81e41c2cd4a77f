import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Client } from 'pg';
import {
  canonicalEvent,
  canonicalJson,
  eventHasher,
  GENESIS_HASH,
  HashedFields,
  verifyAuditChain,
} from '@muster/platform-audit';
import {
  readStoredEventRows,
  readStoredEvents,
  StoredEventReader,
  verifyAuditChainPlainly,
} from '@muster/platform-audit/testing';
import { startTestApp, TEST_AUDIT_KEY, TestApp, withoutTriggers } from '@muster/testing';

const KEY = TEST_AUDIT_KEY;

// Text as people and systems write it: any UTF-16 (lone surrogates too, which PostgreSQL
// stores as U+FFFD), whole graphemes (emoji, combining marks), and the characters JSON and
// PostgreSQL's array syntax escape. PostgreSQL text cannot hold U+0000.
const special = fc.constantFrom(
  '"',
  '\\',
  '{',
  '}',
  ',',
  ' ',
  'NULL',
  '\n',
  '\t',
  '\u0001',
  '\u001f',
  '\u007f',
  '\u2028',
  'é',
  '🚑',
  'e\u0301',
);
const anyText = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.array(special, { maxLength: 12 }).map((s) => s.join('')),
  )
  .filter((s) => !s.includes('\u0000'));
const json = fc.jsonValue({ maxDepth: 3 }).map((value) => canonicalJson(value));

const eventArb = fc.record({
  // Both readers count microseconds in a double, exact for ±285 years: from 1970 (plain) and
  // from 2000 (PostgreSQL's epoch, binary), so both read 1716 to 2254 alike.
  occurredAt: fc
    .date({ min: new Date('1750-01-01T00:00:00Z'), max: new Date('2250-12-31T23:59:59Z'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  actorType: fc.constantFrom('USER', 'API_KEY', 'SYSTEM'),
  actorId: fc.option(fc.uuid()),
  actorLabel: anyText,
  organisationId: fc.option(fc.uuid()),
  roles: fc.array(anyText, { maxLength: 4 }),
  action: anyText,
  entityType: anyText,
  entityId: fc.option(anyText),
  incidentId: fc.option(fc.uuid()),
  summary: anyText,
  changes: fc.oneof(fc.constant('null'), json),
  requestId: fc.option(anyText),
  clientAddress: fc.option(fc.constantFrom('10.0.0.1', '2001:db8::1')),
});

/** Changes made behind the chain's back, each to one event (by position). */
const tamperArb = fc.record({
  at: fc.nat(),
  sql: fc.constantFrom(
    `UPDATE audit_event SET summary = summary || '!' WHERE chain_id = $1 AND seq = $2`,
    `UPDATE audit_event SET occurred_at = occurred_at + interval '7 microseconds' WHERE chain_id = $1 AND seq = $2`,
    `UPDATE audit_event SET occurred_at = 'infinity' WHERE chain_id = $1 AND seq = $2`,
    `UPDATE audit_event SET roles = '{{a,b},{c,d}}' WHERE chain_id = $1 AND seq = $2`,
    `UPDATE audit_event SET roles = '[2:3]={a,b}' WHERE chain_id = $1 AND seq = $2`,
    `UPDATE audit_event SET roles = roles || NULL::text WHERE chain_id = $1 AND seq = $2`,
    `UPDATE audit_event SET changes = (' ' || coalesce(changes::text, 'null'))::json WHERE chain_id = $1 AND seq = $2`,
    `UPDATE audit_event SET actor_id = NULL WHERE chain_id = $1 AND seq = $2`,
    `DELETE FROM audit_event WHERE chain_id = $1 AND seq = $2`,
  ),
});

const survivesUtf8 = (event: object): boolean =>
  Object.values(event)
    .flat()
    .every((v) => typeof v !== 'string' || Buffer.from(v, 'utf8').toString('utf8') === v);

type Seen = {
  seq: number;
  prevHash: string;
  hash: string;
  fields: HashedFields | null;
  canonical: string | null;
  matches: boolean;
};

/**
 * The binary reader and byte writer (fast-verify/) against the plain reader that is their
 * executable specification: on generated events — unicode edge cases, every nullable field
 * null or not, times from 1750 to 2250 — some of them changed behind the chain's back,
 * both must read the same fields, write the same canonical bytes, and reach the same
 * verdict on every event and on the chain.
 */
describe('the fast verifier against the plain verifier it must equal', () => {
  let t: TestApp;
  let db: Client;
  const hasher = eventHasher(KEY);

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  async function store(chainId: string, events: Omit<HashedFields, 'chainId' | 'seq' | 'prevHash'>[]): Promise<void> {
    await db.query(`INSERT INTO audit_chain (chain_id, last_seq, last_hash) VALUES ($1, 0, $2)`, [
      chainId,
      GENESIS_HASH,
    ]);
    let prev = GENESIS_HASH;
    for (const [i, event] of events.entries()) {
      const e: HashedFields = { ...event, chainId, seq: String(i + 1), prevHash: prev };
      const hash = hasher(canonicalEvent(e));
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
          hash,
        ],
      );
      prev = hash;
    }
    await db.query(`UPDATE audit_chain SET last_seq = $2, last_hash = $3 WHERE chain_id = $1`, [
      chainId,
      events.length,
      prev,
    ]);
  }

  async function readPlainly(chainId: string, to: number): Promise<Seen[]> {
    const seen: Seen[] = [];
    await readStoredEventRows(
      db,
      chainId,
      { from: 1, to },
      hasher,
      (e) => {
        seen.push({
          seq: e.seq,
          prevHash: e.prevHash,
          hash: e.hash,
          fields: e.fields,
          canonical: e.canonicalText(),
          matches: e.matchesHash(),
        });
      },
      4,
    );
    return seen;
  }

  async function readFast(chainId: string, to: number): Promise<Seen[]> {
    const reader = new StoredEventReader(chainId, KEY);
    const seen: Seen[] = [];
    await readStoredEvents(db, reader, 1, to, () => {
      const fields = reader.fields();
      seen.push({
        seq: reader.seq,
        prevHash: reader.prevHash,
        hash: reader.hash,
        fields,
        canonical: fields && reader.canonicalText(),
        matches: reader.matchesHash(),
      });
    });
    return seen;
  }

  it('reads the same fields, writes the same canonical bytes and reaches the same verdicts, whatever the events hold', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(eventArb, { minLength: 1, maxLength: 12 }),
        fc.array(tamperArb, { maxLength: 3 }),
        async (events, tampers) => {
          const chainId = randomUUID();
          await store(chainId, events);
          if (tampers.length) {
            await withoutTriggers(db, async () => {
              // A tamper PostgreSQL refuses (appending to a two-dimensional array) changes nothing: skip it.
              for (const { at, sql } of tampers) {
                await db.query('SAVEPOINT tamper');
                await db
                  .query(sql, [chainId, 1 + (at % events.length)])
                  .catch(() => db.query('ROLLBACK TO SAVEPOINT tamper'));
              }
            });
          }
          const plain = await readPlainly(chainId, events.length);
          expect(await readFast(chainId, events.length)).toEqual(plain);
          // Untouched, an event matches exactly when its text survives UTF-8 (a lone surrogate does not).
          if (!tampers.length) expect(plain.map((e) => e.matches)).toEqual(events.map(survivesUtf8));
          for (const options of [
            { chainId, hmacKey: KEY },
            { chainId, hmacKey: KEY, batchSize: 5 },
          ]) {
            expect(await verifyAuditChain(db, options)).toEqual(await verifyAuditChainPlainly(db, options));
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
