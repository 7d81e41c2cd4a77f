import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Role } from '@muster/platform-access';
import { canonicalEvent, eventHasher, HashedFields } from '@muster/platform-audit';
import { readStoredEvents, StoredEventReader } from '@muster/platform-audit/testing';
import {
  createOrganisation,
  createUser,
  startTestApp,
  TEST_AUDIT_KEY,
  TestApp,
  TestUser,
  withoutTriggers,
} from '@muster/testing';
import { record } from './audit-api.operations';

const VERIFY = `query Verify($organisationId: ID, $from: DateTime, $checkpoint: AuditCheckpointEntryInput) {
  verifyAuditChain(organisationId: $organisationId, from: $from, checkpoint: $checkpoint) {
    chainId valid checked fromSeq toSeq headHash firstBrokenSeq reason
  }
}`;

interface Entry {
  chainId: string;
  seq: number;
  headHash: string;
}

/**
 * `verifyAuditChain(checkpoint:)` over GraphQL: an entry of a checkpoint kept outside the
 * database catches the two tamperings a chain cannot show by itself — a tail cut with its
 * head rewound, and a chain erased — and a chain rebuilt by someone holding the key.
 */
describe('verifying a chain against a checkpoint over GraphQL', () => {
  let t: TestApp;
  let db: Client;
  let auditor: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    auditor = await createUser(t, [{ organisationId: (await createOrganisation(t)).id, role: Role.AUDITOR }]);
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  /** A fresh organisation chain of `length` events, and its checkpoint entry as audit:checkpoint would write it. */
  async function checkpointedChain(length: number): Promise<Entry> {
    const org = randomUUID();
    await record(
      t,
      Array.from({ length }, (_, i) => ({ organisationId: org, entityId: `e${i + 1}`, changes: { i } })),
    );
    const [head] = (
      await db.query<{ seq: number; last_hash: string }>(
        `SELECT last_seq::int AS seq, last_hash FROM audit_chain WHERE chain_id = $1`,
        [org],
      )
    ).rows;
    return { chainId: org, seq: head.seq, headHash: head.last_hash };
  }

  const verify = (vars: Record<string, unknown>, user = auditor) =>
    t.gql.request<{ verifyAuditChain: Record<string, unknown> }>(VERIFY, vars, { token: user.token });
  const tamper = (sql: string[], params: unknown[]) =>
    withoutTriggers(db, async () => {
      for (const statement of sql) await db.query(statement, params);
    });

  it('finds a chain that still reaches its checkpoint valid, and one grown since too', async () => {
    const entry = await checkpointedChain(6);
    expect((await verify({ organisationId: entry.chainId, checkpoint: entry })).data?.verifyAuditChain).toEqual({
      chainId: entry.chainId,
      valid: true,
      checked: 6,
      fromSeq: 1,
      toSeq: 6,
      headHash: entry.headHash,
      firstBrokenSeq: null,
      reason: null,
    });
    await record(t, [{ organisationId: entry.chainId, entityId: 'later' }]);
    expect((await verify({ organisationId: entry.chainId, checkpoint: entry })).data?.verifyAuditChain).toMatchObject({
      valid: true,
      checked: 7,
    });
  });

  it('catches a tail cut with its head rewound, which the chain alone passes', async () => {
    const entry = await checkpointedChain(10);
    await tamper(
      [
        `DELETE FROM audit_event WHERE chain_id = $1 AND seq > 7`,
        `UPDATE audit_chain SET last_seq = 7, last_hash = (SELECT hash FROM audit_event WHERE chain_id = $1 AND seq = 7) WHERE chain_id = $1`,
      ],
      [entry.chainId],
    );
    expect((await verify({ organisationId: entry.chainId })).data?.verifyAuditChain).toMatchObject({
      valid: true,
      checked: 7,
    });
    expect((await verify({ organisationId: entry.chainId, checkpoint: entry })).data?.verifyAuditChain).toMatchObject({
      valid: false,
      checked: 7,
      firstBrokenSeq: 8,
      reason:
        'The chain ends at event 7 but the checkpoint recorded 10 events: events were removed from the tail and its head rewound',
    });
  });

  it('catches a chain erased with its head row, which the chain alone reports as empty', async () => {
    const entry = await checkpointedChain(4);
    await tamper(
      [`DELETE FROM audit_event WHERE chain_id = $1`, `DELETE FROM audit_chain WHERE chain_id = $1`],
      [entry.chainId],
    );
    expect((await verify({ organisationId: entry.chainId })).data?.verifyAuditChain).toMatchObject({
      valid: true,
      checked: 0,
    });
    expect((await verify({ organisationId: entry.chainId, checkpoint: entry })).data?.verifyAuditChain).toEqual({
      chainId: entry.chainId,
      valid: false,
      checked: 0,
      fromSeq: null,
      toSeq: null,
      headHash: null,
      firstBrokenSeq: 1,
      reason: 'The chain is missing but the checkpoint recorded 4 events: it was erased',
    });
  });

  it('catches a chain rebuilt with the HMAC key, at the checkpointed event', async () => {
    const entry = await checkpointedChain(5);
    await record(t, [{ organisationId: entry.chainId, entityId: 'after the checkpoint' }]);
    // Someone holding AUDIT_HMAC_KEY rewrites event 3 and recomputes every hash from there on.
    const reader = new StoredEventReader(entry.chainId, undefined);
    const rows: HashedFields[] = [];
    await readStoredEvents(db, reader, 1, 6, () => rows.push(reader.fields() as HashedFields));
    const hmac = eventHasher(TEST_AUDIT_KEY);
    let prev = rows[0].prevHash;
    const statements: string[] = [];
    for (const row of rows) {
      const fields: HashedFields = {
        ...row,
        prevHash: prev,
        summary: row.seq === '3' ? 'Nothing happened here' : row.summary,
      };
      prev = hmac(canonicalEvent(fields));
      statements.push(
        `UPDATE audit_event SET summary = '${fields.summary}', prev_hash = '${fields.prevHash}', hash = '${prev}' WHERE chain_id = $1 AND seq = ${fields.seq}`,
      );
    }
    await tamper([...statements, `UPDATE audit_chain SET last_hash = '${prev}' WHERE chain_id = $1`], [entry.chainId]);
    expect((await verify({ organisationId: entry.chainId })).data?.verifyAuditChain).toMatchObject({
      valid: true,
      checked: 6,
    });
    // The checkpoint cannot tell which event was changed first, only that event 5 is not what it was.
    expect((await verify({ organisationId: entry.chainId, checkpoint: entry })).data?.verifyAuditChain).toMatchObject({
      valid: false,
      checked: 4,
      firstBrokenSeq: 5,
      reason: 'Event 5 is not the event the checkpoint recorded: the chain was rewritten at or before it',
    });
  });

  it('refuses an entry that is malformed, of another chain, or combined with a time range', async () => {
    const entry = await checkpointedChain(2);
    const fields = async (vars: Record<string, unknown>) => {
      const res = await verify(vars);
      return [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.fields?.map((f) => f.field).sort()];
    };
    expect(
      await fields({
        organisationId: entry.chainId,
        checkpoint: { chainId: 'ICS!', seq: 0.5, headHash: 'A'.repeat(64) },
      }),
    ).toEqual(['BAD_USER_INPUT', ['checkpoint.chainId', 'checkpoint.headHash', 'checkpoint.seq', 'checkpoint.seq']]);
    expect(await fields({ organisationId: entry.chainId, checkpoint: { ...entry, chainId: 'ics' } })).toEqual([
      'BAD_USER_INPUT',
      ['checkpoint.chainId'],
    ]);
    expect(await fields({ organisationId: entry.chainId, checkpoint: entry, from: '2020-01-01T00:00:00Z' })).toEqual([
      'BAD_USER_INPUT',
      ['checkpoint'],
    ]);
    // Whose chain it is still decides first: an organisation administrator elsewhere sees nothing.
    const stranger = await createUser(t, [{ organisationId: (await createOrganisation(t)).id, role: Role.ORG_ADMIN }]);
    const hidden = await createOrganisation(t);
    const res = await verify({ organisationId: hidden.id, checkpoint: { ...entry, chainId: hidden.id } }, stranger);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
