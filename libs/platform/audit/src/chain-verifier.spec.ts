import { expect } from '@jest/globals';
import { GENESIS_HASH } from './audit-draft';
import { canonicalEvent, eventHasher, HashedFields } from './audit-hash';
import { ChainPlan, joinSegments, SegmentVerifier } from './chain-verifier';
import { fieldsMatchHash, StoredEvent } from './stored-event';

const KEY = 'unit-test-audit-key-0123456789abcdef';
const hasher = eventHasher(KEY);
const CHAIN = '6f1c1f0e-7f3e-4bb0-9a63-5d4f0c6f2b11';

/** A stored event: its fields as text and the hash stored with them (the slow path of `StoredEventReader`). */
interface Row {
  fields: HashedFields;
  hash: string;
}

const stored = ({ fields, hash }: Row): StoredEvent => ({
  seq: Number(fields.seq),
  prevHash: fields.prevHash,
  hash,
  matchesHash: () => fieldsMatchHash(fields, hash, hasher),
});
const edit = (rows: Row[], i: number, change: Partial<HashedFields>) =>
  rows.map((r, j) => (j === i ? { ...r, fields: { ...r.fields, ...change } } : r));

/** The rows with every link and hash recomputed: a rebuild by someone holding the key. */
function rehashed(rows: Row[]): Row[] {
  let prev = GENESIS_HASH;
  return rows.map(({ fields }) => {
    const linked = { ...fields, prevHash: prev };
    prev = hasher(canonicalEvent(linked));
    return { fields: linked, hash: prev };
  });
}

function chain(length: number, variant = ''): Row[] {
  let prev = GENESIS_HASH;
  return Array.from({ length }, (_, i) => {
    const e: HashedFields = {
      chainId: CHAIN,
      seq: String(i + 1),
      prevHash: prev,
      occurredAt: new Date(1_764_316_800_000 + i * 1000).toISOString(),
      actorType: 'USER',
      actorId: '0b9d2c8e-1111-4c1a-8e2a-7d2e3f4a5b6c',
      actorLabel: 'ann@example.nhs.uk',
      organisationId: CHAIN,
      roles: [`ORG_ADMIN@${CHAIN}`],
      action: 'runbook.approved',
      entityType: 'runbook',
      entityId: `rb-${i}`,
      incidentId: null,
      summary: `Approved runbook ${i}${variant}`,
      changes: i % 2 ? 'null' : `{"after":{"status":"APPROVED"},"before":{"status":"IN_REVIEW"}}`,
      requestId: `req-${i}`,
      clientAddress: '10.0.0.1',
    };
    prev = hasher(canonicalEvent(e));
    return { fields: e, hash: prev };
  });
}

/** Verifies `rows` as the plan says, cut into segments starting at `cuts` (as a verifier of consecutive segments would). */
function verify(rows: Row[], plan: Partial<ChainPlan> = {}, cuts: number[] = []) {
  const last = rows.length ? Number(rows[rows.length - 1].fields.seq) : 0;
  const p: ChainPlan = {
    chainId: CHAIN,
    fromSeq: 1,
    toSeq: last,
    head: { seq: last, hash: rows[rows.length - 1]?.hash },
    expectedHeadHash: null,
    ...plan,
  };
  const starts = [p.fromSeq, ...cuts];
  const segments = starts.map((fromSeq, i) => {
    const toSeq = i + 1 < starts.length ? starts[i + 1] - 1 : p.toSeq;
    const verifier = new SegmentVerifier({
      chainId: CHAIN,
      fromSeq,
      toSeq,
      expectedHeadHash: p.expectedHeadHash,
      checkpoint: p.checkpoint,
      endsAtHead: p.head !== null && toSeq === p.toSeq,
    });
    for (const row of rows.map(stored)) if (row.seq >= fromSeq && row.seq <= toSeq) verifier.accept(row);
    return verifier.finish();
  });
  return joinSegments(p, segments);
}

describe('chain verifier', () => {
  const rows = chain(10);

  it('accepts an untouched chain and reports its head', () => {
    expect(verify(rows)).toMatchObject({
      valid: true,
      checked: 10,
      headHash: rows[9].hash,
      firstBrokenSeq: null,
      reason: null,
    });
  });

  it('finds a flipped byte in one event', () => {
    expect(verify(edit(rows, 3, { summary: 'Approved runbook 4' }))).toMatchObject({
      valid: false,
      checked: 3,
      firstBrokenSeq: 4,
      reason: expect.stringMatching(/content was changed/),
    });
  });

  it('finds a deleted event', () => {
    expect(verify([...rows.slice(0, 5), ...rows.slice(6)])).toMatchObject({
      valid: false,
      firstBrokenSeq: 6,
      reason: expect.stringMatching(/Event 6 is missing/),
    });
  });

  it('finds two events swapped in place', () => {
    const swapped = [...rows.slice(0, 4), rows[5], rows[4], ...rows.slice(6)].map((r, i) => ({
      ...r,
      fields: { ...r.fields, seq: String(i + 1) },
    }));
    expect(verify(swapped)).toMatchObject({
      valid: false,
      firstBrokenSeq: 5,
      reason: expect.stringMatching(/does not link/),
    });
  });

  it('finds a cut tail against the head row, and against a head hash recorded elsewhere', () => {
    expect(verify(rows.slice(0, 7), { toSeq: 10, head: { seq: 10, hash: rows[9].hash } })).toMatchObject({
      valid: false,
      firstBrokenSeq: 8,
      reason: expect.stringMatching(/removed from the tail/),
    });
    // The head row rewritten too: only the copy kept outside the database still tells.
    expect(verify(rows.slice(0, 7), { expectedHeadHash: rows[9].hash })).toMatchObject({
      valid: false,
      firstBrokenSeq: 8,
    });
    expect(verify(rows, { expectedHeadHash: rows[6].hash })).toMatchObject({ valid: true });
  });

  it('finds a head row that does not match the last event', () => {
    expect(verify(rows, { head: { seq: 10, hash: 'f'.repeat(64) } })).toMatchObject({
      valid: false,
      firstBrokenSeq: 10,
    });
  });

  it('gives the same verdicts when the chain is checked in segments and joined', () => {
    expect(verify(rows, {}, [4, 8])).toMatchObject({ valid: true, checked: 10, headHash: rows[9].hash });
    expect(verify(edit(rows, 7, { summary: 'edited' }), {}, [4, 8])).toMatchObject({
      valid: false,
      checked: 7,
      firstBrokenSeq: 8,
    });
    // The first event of a segment is removed: the gap is seen, whichever side of the cut.
    expect(verify([...rows.slice(0, 3), ...rows.slice(4)], {}, [4, 8])).toMatchObject({
      valid: false,
      checked: 3,
      firstBrokenSeq: 4,
    });
    // A tail spliced from another chain: each segment holds, but the second does not link to the first.
    const other = chain(10, ' (other)');
    const spliced = [...rows.slice(0, 7), ...other.slice(7)];
    const head = { seq: 10, hash: other[9].hash };
    for (const cuts of [[8], []]) {
      expect(verify(spliced, { head }, cuts)).toMatchObject({
        valid: false,
        checked: 7,
        firstBrokenSeq: 8,
        reason: expect.stringMatching(/does not link/),
      });
    }
  });

  it('holds a chain to a checkpoint: reached, with the recorded hash at its sequence, in any segmentation', () => {
    const checkpoint = { seq: 6, headHash: rows[5].hash };
    for (const cuts of [[], [4, 8], [6], [7]]) {
      expect(verify(rows, { checkpoint }, cuts)).toMatchObject({ valid: true, checked: 10 });
      // Rebuilt from event 3 on (hashes recomputed with the key): consistent, but not what was checkpointed.
      const rebuilt = rehashed(edit(rows, 2, { summary: 'Nothing happened here' }));
      expect(verify(rebuilt, { checkpoint, head: { seq: 10, hash: rebuilt[9].hash } }, cuts)).toMatchObject({
        valid: false,
        checked: 5,
        firstBrokenSeq: 6,
        reason: expect.stringMatching(/Event 6 is not the event the checkpoint recorded/),
      });
    }
    // Cut back to 4 events with the head rewound: only the checkpoint still tells.
    const cut = rows.slice(0, 4);
    expect(verify(cut, { head: { seq: 4, hash: cut[3].hash } })).toMatchObject({ valid: true });
    expect(verify(cut, { checkpoint, head: { seq: 4, hash: cut[3].hash } })).toMatchObject({
      valid: false,
      checked: 4,
      firstBrokenSeq: 5,
    });
    // An earlier break is reported before the checkpoint's.
    expect(
      verify(edit(rows, 1, { summary: 'edited' }), { checkpoint: { seq: 6, headHash: 'f'.repeat(64) } }),
    ).toMatchObject({ firstBrokenSeq: 2 });
  });

  it('verifies a sub-range from the link of its first event', () => {
    expect(verify(rows.slice(4, 8), { fromSeq: 5, toSeq: 8, head: null })).toMatchObject({
      valid: true,
      checked: 4,
      headHash: rows[7].hash,
    });
  });

  it('calls changes stored in another spelling of the same JSON value a change: bytes, not meanings', () => {
    const respelt = (changes: string) => verify(edit(rows, 0, { changes }));
    expect(respelt('{"after":{"status":"APPROVED"},"before":{"status":"IN_REVIEW"}}')).toMatchObject({ valid: true });
    for (const spelling of [
      '{"before": {"status": "IN_REVIEW"}, "after": {"status": "APPROVED"}}',
      '{"after":{"status":"DRAFT","status":"APPROVED"},"before":{"status":"IN_REVIEW"}}',
    ]) {
      expect(respelt(spelling)).toMatchObject({ valid: false, firstBrokenSeq: 1 });
    }
  });
});
