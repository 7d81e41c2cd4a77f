import { randomUUID } from 'node:crypto';
import { expect } from '@jest/globals';
import { Client } from 'pg';
import { canonicalEvent, eventHasher, HashedFields, verifyAuditChain } from '@muster/platform-audit';
import { readStoredEvents, StoredEventReader } from '@muster/platform-audit/testing';
import { UnitOfWork } from '@muster/platform-database';
import { startTestApp, TEST_START, TestApp, withoutTriggers } from '@muster/testing';

/**
 * Someone with superuser access edits history (with the append-only triggers switched
 * off for their session): verification must point at the first event that no longer holds.
 */
describe('tampering with an audit chain', () => {
  let t: TestApp;
  let db: Client;

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });
  beforeEach(() => t.clock.set(TEST_START));

  /** A fresh organisation chain of `length` events; returns its id and head hash. */
  async function chainOf(length: number): Promise<{ org: string; head: string }> {
    const org = randomUUID();
    for (let i = 1; i <= length; i++) {
      t.clock.advance(60_000);
      await t.app.get(UnitOfWork).run(async (tx) => {
        tx.record({
          action: 'probe.changed',
          organisationId: org,
          entityType: 'tamper_probe',
          entityId: `p${i}`,
          summary: `Change number ${i}`,
          changes: { n: i },
        });
      });
    }
    const head = (await db.query<{ last_hash: string }>(`SELECT last_hash FROM audit_chain WHERE chain_id = $1`, [org]))
      .rows[0].last_hash;
    return { org, head };
  }

  /** Runs SQL as the superuser with user triggers off for this transaction only. */
  const tamper = (sql: string[], params: unknown[] = []) =>
    withoutTriggers(db, async () => {
      for (const statement of sql) await db.query(statement, params);
    });

  const verify = (org: string, expectedHeadHash?: string) =>
    verifyAuditChain(db, { chainId: org, expectedHeadHash, hmacKey: t.config.audit.hmacKey });

  it('verifies an untouched chain, reporting its head', async () => {
    const { org, head } = await chainOf(10);
    expect(await verify(org, head)).toEqual({
      chainId: org,
      valid: true,
      checked: 10,
      fromSeq: 1,
      toSeq: 10,
      headHash: head,
      firstBrokenSeq: null,
      reason: null,
    });
  });

  it('detects one flipped byte in a summary', async () => {
    const { org } = await chainOf(10);
    await tamper(
      [`UPDATE audit_event SET summary = overlay(summary PLACING 'c' FROM 1 FOR 1) WHERE chain_id = $1 AND seq = 4`],
      [org],
    );
    expect(await verify(org)).toMatchObject({
      valid: false,
      checked: 3,
      firstBrokenSeq: 4,
      reason: expect.stringMatching(/Event 4 does not match its hash/),
    });
  });

  it('detects a deleted event', async () => {
    const { org } = await chainOf(10);
    await tamper([`DELETE FROM audit_event WHERE chain_id = $1 AND seq = 6`], [org]);
    expect(await verify(org)).toMatchObject({
      valid: false,
      checked: 5,
      firstBrokenSeq: 6,
      reason: expect.stringMatching(/Event 6 is missing/),
    });
  });

  it('detects two events swapped', async () => {
    const { org } = await chainOf(10);
    await tamper(
      [
        `UPDATE audit_event SET seq = 1000 WHERE chain_id = $1 AND seq = 5`,
        `UPDATE audit_event SET seq = 5 WHERE chain_id = $1 AND seq = 6`,
        `UPDATE audit_event SET seq = 6 WHERE chain_id = $1 AND seq = 1000`,
      ],
      [org],
    );
    expect(await verify(org)).toMatchObject({
      valid: false,
      checked: 4,
      firstBrokenSeq: 5,
      reason: expect.stringMatching(/Event 5 does not link to event 4/),
    });
  });

  it('detects a cut tail from the head row, and — with the head row rewritten too — from a head hash kept elsewhere', async () => {
    const cut = await chainOf(10);
    await tamper([`DELETE FROM audit_event WHERE chain_id = $1 AND seq > 7`], [cut.org]);
    expect(await verify(cut.org)).toMatchObject({
      valid: false,
      checked: 7,
      firstBrokenSeq: 8,
      reason: expect.stringMatching(/removed from the tail/),
    });

    const covered = await chainOf(10);
    await tamper(
      [
        `DELETE FROM audit_event WHERE chain_id = $1 AND seq > 7`,
        `UPDATE audit_chain SET last_seq = 7, last_hash = (SELECT hash FROM audit_event WHERE chain_id = $1 AND seq = 7) WHERE chain_id = $1`,
      ],
      [covered.org],
    );
    // Internally consistent now: only the head recorded outside the database tells.
    expect(await verify(covered.org)).toMatchObject({ valid: true, checked: 7 });
    expect(await verify(covered.org, covered.head)).toMatchObject({
      valid: false,
      checked: 7,
      firstBrokenSeq: 8,
      reason: expect.stringMatching(/expected head hash is not in the chain/),
    });
  });

  it('detects a rewrite whose hashes were all recomputed without the HMAC key', async () => {
    const { org } = await chainOf(6);
    const reader = new StoredEventReader(org, undefined);
    const rows: HashedFields[] = [];
    await readStoredEvents(db, reader, 1, 6, () => rows.push(reader.fields() as HashedFields));
    // The forger knows the canonical form but not the key: plain SHA-256 all the way down.
    const sha256 = eventHasher(undefined);
    let prev = rows[0].prevHash;
    const forged: { seq: string; prev: string; hash: string; summary: string }[] = [];
    for (const row of rows) {
      const fields: HashedFields = { ...row, prevHash: prev };
      if (fields.seq === '3') fields.summary = 'Nothing happened here';
      prev = sha256(canonicalEvent(fields));
      forged.push({ seq: fields.seq, prev: fields.prevHash, hash: prev, summary: fields.summary });
    }
    await tamper([
      ...forged.map(
        (f) =>
          `UPDATE audit_event SET summary = '${f.summary}', prev_hash = '${f.prev}', hash = '${f.hash}' WHERE chain_id = '${org}' AND seq = ${f.seq}`,
      ),
      `UPDATE audit_chain SET last_hash = '${prev}' WHERE chain_id = '${org}'`,
    ]);
    expect(await verify(org)).toMatchObject({
      valid: false,
      firstBrokenSeq: 1,
      reason: expect.stringMatching(/does not match its hash/),
    });
    // What the key buys: without it, the forgery would verify.
    expect(await verifyAuditChain(db, { chainId: org })).toMatchObject({ valid: true, checked: 6 });
  });

  it('verifies a time range from the link of its first event, and still sees a break inside it', async () => {
    const { org } = await chainOf(10);
    const [{ at4, at8 }] = (
      await db.query<{ at4: Date; at8: Date }>(
        `SELECT min(occurred_at) FILTER (WHERE seq = 4) AS at4, min(occurred_at) FILTER (WHERE seq = 8) AS at8 FROM audit_event WHERE chain_id = $1`,
        [org],
      )
    ).rows;
    const range = { chainId: org, from: at4, to: at8, hmacKey: t.config.audit.hmacKey };
    expect(await verifyAuditChain(db, range)).toMatchObject({ valid: true, checked: 4, fromSeq: 4, toSeq: 7 });
    await tamper([`UPDATE audit_event SET changes = '{"n":99}' WHERE chain_id = $1 AND seq = 6`], [org]);
    expect(await verifyAuditChain(db, range)).toMatchObject({ valid: false, firstBrokenSeq: 6 });
  });
});
