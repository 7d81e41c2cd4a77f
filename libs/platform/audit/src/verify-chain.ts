import { ClientBase } from 'pg';
import { eventHasher } from './audit-hash';
import {
  ChainPlan,
  ChainVerification,
  CheckpointMark,
  joinSegments,
  missingChain,
  SegmentRange,
  SegmentResult,
  SegmentVerifier,
} from './chain-verifier';
import { readStoredEvents, StoredEventReader } from './fast-verify/stored-event-reader';
import { StoredEvent } from './stored-event';
import { readStoredEventRows, STORED_EVENT_PAGE } from './stored-event-rows';

export interface VerifyChainOptions {
  chainId: string;
  /** Verify only the sequence range of the events that occurred in [from, to). */
  from?: Date | null;
  to?: Date | null;
  /** A head hash recorded outside the database earlier; the chain must contain it. */
  expectedHeadHash?: string | null;
  /**
   * The chain's entry in a checkpoint (see audit-checkpoint.ts): the chain must exist,
   * reach its sequence and have its hash there. Checked over the whole chain only.
   */
  checkpoint?: CheckpointMark | null;
  hmacKey?: string;
  /** Events per statement: each runs on a snapshot of its own, so none is held for the whole check. */
  batchSize?: number;
}

const VERIFY_BATCH_SIZE = 50_000;

/**
 * Verifies a chain (or the part of it that occurred between `from` and `to`) by
 * streaming its events in sequence order (binary COPY, in keyset batches), each event
 * checked as it arrives and then dropped: memory stays at a few socket chunks. Reads the
 * head row first: events appended after that are left for the next check, so a busy
 * chain verifies without locks or a long snapshot (which on the embedded database would
 * hold up every writer).
 */
export function verifyAuditChain(client: ClientBase, options: VerifyChainOptions): Promise<ChainVerification> {
  return verifyWith(client, options, verifySegment);
}

/**
 * `verifyAuditChain` the plain way (stored-event-rows.ts): the same plan, checks and
 * verdicts, events read as text rows and hashed with `createHmac`. The executable
 * specification of the fast path; the differential test and the bench compare the two.
 */
export function verifyAuditChainPlainly(client: ClientBase, options: VerifyChainOptions): Promise<ChainVerification> {
  return verifyWith(client, options, verifySegmentPlainly);
}

type SegmentVerification = (
  client: ClientBase,
  range: SegmentRange,
  options: Pick<VerifyChainOptions, 'hmacKey' | 'batchSize'>,
) => Promise<SegmentResult>;

async function verifyWith(
  client: ClientBase,
  options: VerifyChainOptions,
  verify: SegmentVerification,
): Promise<ChainVerification> {
  const plan = await planVerification(client, options);
  if (!plan) return nothingToVerify(options);
  const segment = await verify(client, segmentOf(plan, plan.fromSeq, plan.toSeq), options);
  return joinSegments(plan, [segment]);
}

/** The verdict when a plan finds no event: nothing to check — unless a checkpoint says the chain had events. */
function nothingToVerify({
  chainId,
  checkpoint,
}: Pick<VerifyChainOptions, 'chainId' | 'checkpoint'>): ChainVerification {
  if (checkpoint) return missingChain(chainId, checkpoint);
  return {
    chainId,
    valid: true,
    checked: 0,
    fromSeq: null,
    toSeq: null,
    headHash: null,
    firstBrokenSeq: null,
    reason: null,
  };
}

/** The head as it is now and the sequence range to check; null when there is nothing to check. */
async function planVerification(client: ClientBase, options: VerifyChainOptions): Promise<ChainPlan | null> {
  const { chainId, checkpoint } = options;
  if (checkpoint && (options.from || options.to))
    throw new Error('a checkpoint is checked against the whole chain: give no from or to');
  const { rows } = await client.query<{ seq: string; hash: string }>(
    `SELECT last_seq::text AS seq, last_hash AS hash FROM audit_chain WHERE chain_id = $1`,
    [chainId],
  );
  if (!rows[0] || rows[0].seq === '0') return null;
  const head = { seq: Number(rows[0].seq), hash: rows[0].hash };
  const range = await sequenceRange(client, chainId, head.seq, options);
  if (!range) return null;
  return {
    chainId,
    ...range,
    head: range.toSeq === head.seq ? head : null,
    expectedHeadHash: options.expectedHeadHash ?? null,
    checkpoint: checkpoint ?? null,
  };
}

/** The part of a plan from `fromSeq` to `toSeq`, as a segment to verify. */
function segmentOf(plan: ChainPlan, fromSeq: number, toSeq: number): SegmentRange {
  return {
    chainId: plan.chainId,
    fromSeq,
    toSeq,
    expectedHeadHash: plan.expectedHeadHash,
    checkpoint: plan.checkpoint ?? null,
    endsAtHead: plan.head !== null && toSeq === plan.toSeq,
  };
}

/** Streams one segment through a verifier, batch by batch, stopping at its first break. */
async function verifySegment(
  client: ClientBase,
  range: SegmentRange,
  { hmacKey, batchSize = VERIFY_BATCH_SIZE }: Pick<VerifyChainOptions, 'hmacKey' | 'batchSize'>,
): Promise<SegmentResult> {
  const verifier = new SegmentVerifier(range);
  const reader = new StoredEventReader(range.chainId, hmacKey);
  for (let from = range.fromSeq; from <= range.toSeq && !verifier.isBroken; from += batchSize) {
    const to = Math.min(range.toSeq, from + batchSize - 1);
    await readStoredEvents(client, reader, from, to, () => verifier.accept(reader));
  }
  return verifier.finish();
}

/** `verifySegment` with the plain reader: ordinary pages of text rows, `canonicalEvent`, `createHmac`. */
async function verifySegmentPlainly(
  client: ClientBase,
  range: SegmentRange,
  { hmacKey, batchSize = STORED_EVENT_PAGE }: Pick<VerifyChainOptions, 'hmacKey' | 'batchSize'>,
): Promise<SegmentResult> {
  const verifier = new SegmentVerifier(range);
  const onEvent = (event: StoredEvent) => {
    verifier.accept(event);
    return !verifier.isBroken;
  };
  await readStoredEventRows(
    client,
    range.chainId,
    { from: range.fromSeq, to: range.toSeq },
    eventHasher(hmacKey),
    onEvent,
    batchSize,
  );
  return verifier.finish();
}

/**
 * The sequence range to check: from the first event at or after `from`, to the last
 * before `to` — or to the head when nothing in the chain occurred at or after `to`
 * (so a cut tail is still caught). Null when the range holds no event.
 */
async function sequenceRange(
  client: ClientBase,
  chainId: string,
  headSeq: number,
  { from, to }: VerifyChainOptions,
): Promise<{ fromSeq: number; toSeq: number } | null> {
  if (!from && !to) return { fromSeq: 1, toSeq: headSeq };
  const { rows } = await client.query<{ fromSeq: string | null; beforeTo: string | null; reachesEnd: boolean }>(
    `SELECT
       (SELECT min(seq) FROM audit_event WHERE chain_id = $1 AND seq <= $2 AND ($3::timestamptz IS NULL OR occurred_at >= $3))::text AS "fromSeq",
       (SELECT max(seq) FROM audit_event WHERE chain_id = $1 AND seq <= $2 AND occurred_at < $4)::text AS "beforeTo",
       NOT EXISTS (SELECT 1 FROM audit_event WHERE chain_id = $1 AND seq <= $2 AND occurred_at >= $4) AS "reachesEnd"`,
    [chainId, headSeq, from ?? null, to ?? new Date(8.64e15)],
  );
  const [{ fromSeq, beforeTo, reachesEnd }] = rows;
  const toSeq = !to || reachesEnd ? headSeq : beforeTo === null ? null : Number(beforeTo);
  if (fromSeq === null || toSeq === null || Number(fromSeq) > toSeq) return null;
  return { fromSeq: Number(fromSeq), toSeq };
}
