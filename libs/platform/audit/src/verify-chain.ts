import { ClientBase, CustomTypesConfig, Query, QueryArrayConfig } from 'pg';
import { eventHasher } from './audit-hash';
import { ChainPlan, ChainVerification, joinSegments, SegmentRange, SegmentResult, SegmentVerifier, VERIFY_COLUMNS, VerifyRow } from './chain-verifier';

export interface VerifyChainOptions {
  chainId: string;
  /** Verify only the sequence range of the events that occurred in [from, to). */
  from?: Date | null;
  to?: Date | null;
  /** A head hash recorded outside the database earlier; the chain must contain it. */
  expectedHeadHash?: string | null;
  hmacKey?: string;
  /** Events per round trip: memory stays bounded by one batch's socket buffers. */
  batchSize?: number;
}

export const VERIFY_BATCH_SIZE = 5_000;

// Every value as the text PostgreSQL sent: the verifier reads bytes, not parsed values.
const RAW_TEXT: CustomTypesConfig = { getTypeParser: () => (value: string) => value };

const SEGMENT_SQL = `SELECT ${VERIFY_COLUMNS} FROM audit_event WHERE chain_id = $1 AND seq BETWEEN $2 AND $3 ORDER BY seq`;

/**
 * Verifies a chain (or the part of it that occurred between `from` and `to`) by
 * streaming its events in sequence order, in keyset batches, each row checked as it
 * arrives and then dropped. Reads the head row first: events appended after that are
 * left for the next check, so a busy chain verifies without locks or a long snapshot
 * (which on the embedded database would hold up every writer).
 */
export async function verifyAuditChain(client: ClientBase, options: VerifyChainOptions): Promise<ChainVerification> {
  const plan = await planVerification(client, options);
  if (!plan) return nothingToVerify(options.chainId);
  const segment = await verifySegment(client, { ...segmentOf(plan, plan.fromSeq, plan.toSeq), hasher: eventHasher(options.hmacKey) }, options.batchSize);
  return joinSegments(plan, [segment]);
}

export function nothingToVerify(chainId: string): ChainVerification {
  return { chainId, valid: true, checked: 0, fromSeq: null, toSeq: null, headHash: null, firstBrokenSeq: null, reason: null };
}

/** The head as it is now and the sequence range to check; null when there is nothing to check. */
export async function planVerification(client: ClientBase, options: VerifyChainOptions): Promise<ChainPlan | null> {
  const { chainId } = options;
  const { rows } = await client.query<{ seq: string; hash: string }>(
    `SELECT last_seq::text AS seq, last_hash AS hash FROM audit_chain WHERE chain_id = $1`,
    [chainId],
  );
  if (!rows[0] || rows[0].seq === '0') return null;
  const head = { seq: Number(rows[0].seq), hash: rows[0].hash };
  const range = await sequenceRange(client, chainId, head.seq, options);
  if (!range) return null;
  return { chainId, ...range, head: range.toSeq === head.seq ? head : null, expectedHeadHash: options.expectedHeadHash ?? null };
}

/** The part of a plan from `fromSeq` to `toSeq`, as a segment to verify (hasher to add). */
export function segmentOf(plan: ChainPlan, fromSeq: number, toSeq: number): Omit<SegmentRange, 'hasher'> {
  return { chainId: plan.chainId, fromSeq, toSeq, expectedHeadHash: plan.expectedHeadHash, endsAtHead: plan.head !== null && toSeq === plan.toSeq };
}

/** Streams one segment through a verifier, batch by batch, stopping at its first break. */
export async function verifySegment(client: ClientBase, range: SegmentRange, batchSize = VERIFY_BATCH_SIZE): Promise<SegmentResult> {
  const verifier = new SegmentVerifier(range);
  for (let from = range.fromSeq; from <= range.toSeq && !verifier.isBroken; from += batchSize) {
    const to = Math.min(range.toSeq, from + batchSize - 1);
    await streamRows(client, SEGMENT_SQL, [range.chainId, from, to], (row) => verifier.accept(row));
  }
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

/** Runs a query and hands each row to `onRow` as it is parsed; nothing is accumulated. */
export function streamRows(client: ClientBase, text: string, values: unknown[], onRow: (row: VerifyRow) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    let count = 0;
    let failure: unknown = null;
    const config: QueryArrayConfig = { text, values, rowMode: 'array', types: RAW_TEXT };
    const query = new Query<VerifyRow>(config);
    query.on('row', (row: VerifyRow) => {
      if (failure) return;
      try {
        onRow(row);
        count += 1;
      } catch (error) {
        // Thrown inside the driver's parser it would break the connection: keep it for the end.
        failure = error;
      }
    });
    query.on('error', reject);
    query.on('end', () => (failure ? reject(failure) : resolve(count)));
    client.query(query);
  });
}
