import { GENESIS_HASH } from './audit-draft';
import { StoredEvent } from './stored-event';

/** The outcome of checking (part of) a chain. */
export interface ChainVerification {
  chainId: string;
  valid: boolean;
  /** Events whose content, sequence and link were checked. */
  checked: number;
  /** The sequence range checked (null when it held no event). */
  fromSeq: number | null;
  toSeq: number | null;
  /** Hash of the last event checked: the chain's head when the range reaches it. */
  headHash: string | null;
  /** The first sequence at which the chain does not hold. */
  firstBrokenSeq: number | null;
  reason: string | null;
}

/** A chain's head as a signed checkpoint recorded it: the event at `seq` had hash `headHash`. */
export interface CheckpointMark {
  seq: number;
  headHash: string;
}

/** A contiguous run of a chain that one verifier streams through, in sequence order. */
export interface SegmentRange {
  chainId: string;
  fromSeq: number;
  toSeq: number;
  /** A head hash recorded elsewhere earlier: noted when seen, judged when segments are joined. */
  expectedHeadHash: string | null;
  /** The chain's entry in a checkpoint: the event at its sequence must have its hash. */
  checkpoint?: CheckpointMark | null;
  /** The range ends where the chain's head row says the chain ends. */
  endsAtHead: boolean;
}

/** What one segment's check found: enough to join it to its neighbours. */
export interface SegmentResult {
  fromSeq: number;
  toSeq: number;
  checked: number;
  /** The previous hash its first event links to (null when it had none). */
  firstLink: string | null;
  lastHash: string | null;
  expectedHeadSeen: boolean;
  broken: { seq: number; reason: string } | null;
}

/**
 * Checks a run of a chain one event at a time, in sequence order: no gap (a deleted
 * event), each event linked to the one before (nothing reordered or removed) and
 * matching its hash (nothing edited). Stops at the first break; holds one event at a
 * time. A run from event 1 must start at genesis; a later run starts from whatever its
 * first event links to, and `joinSegments` checks that link against the run before.
 */
export class SegmentVerifier {
  private expectedSeq: number;
  private expectedPrev: string | null;
  private firstLink: string | null = null;
  private checked = 0;
  private lastHash: string | null = null;
  private expectedHeadSeen = false;
  private broken: { seq: number; reason: string } | null = null;

  constructor(private readonly range: SegmentRange) {
    this.expectedSeq = range.fromSeq;
    this.expectedPrev = range.fromSeq === 1 ? GENESIS_HASH : null;
  }

  get isBroken(): boolean {
    return this.broken !== null;
  }

  accept(event: StoredEvent): void {
    if (this.broken) return;
    const { seq, prevHash, hash } = event;
    if (seq !== this.expectedSeq) {
      return this.fail(this.expectedSeq, `Event ${this.expectedSeq} is missing: the chain continues at event ${seq}`);
    }
    if (this.expectedPrev !== null && prevHash !== this.expectedPrev) {
      return this.fail(seq, `Event ${seq} does not link to event ${seq - 1}: events were reordered, removed or forged`);
    }
    if (!event.matchesHash()) {
      return this.fail(seq, `Event ${seq} does not match its hash: its content was changed`);
    }
    // A chain that holds on its own but was rebuilt (by someone holding the HMAC key, or
    // with no key in use) differs from the checkpoint here, or at an event before it.
    const { checkpoint } = this.range;
    if (checkpoint && seq === checkpoint.seq && hash !== checkpoint.headHash) {
      return this.fail(
        seq,
        `Event ${seq} is not the event the checkpoint recorded: the chain was rewritten at or before it`,
      );
    }
    if (this.checked === 0) this.firstLink = prevHash;
    if (hash === this.range.expectedHeadHash) this.expectedHeadSeen = true;
    this.expectedPrev = hash;
    this.lastHash = hash;
    this.expectedSeq = seq + 1;
    this.checked += 1;
  }

  finish(): SegmentResult {
    const { fromSeq, toSeq, endsAtHead } = this.range;
    if (!this.broken && this.expectedSeq <= toSeq) {
      const last = this.expectedSeq - 1;
      this.fail(
        this.expectedSeq,
        endsAtHead
          ? `The chain ends at event ${last} but its head records ${toSeq} events: events were removed from the tail`
          : `Events ${this.expectedSeq} to ${toSeq} are missing`,
      );
    }
    return {
      fromSeq,
      toSeq,
      checked: this.checked,
      firstLink: this.firstLink,
      lastHash: this.lastHash,
      expectedHeadSeen: this.expectedHeadSeen,
      broken: this.broken,
    };
  }

  private fail(seq: number, reason: string): void {
    this.broken = { seq, reason };
  }
}

export interface ChainPlan {
  chainId: string;
  fromSeq: number;
  toSeq: number;
  /** The head row's copy of the chain's end, when the range reaches it. */
  head: { seq: number; hash: string } | null;
  expectedHeadHash: string | null;
  checkpoint?: CheckpointMark | null;
}

/**
 * Joins the results of consecutive segments into the chain's verdict: each segment must
 * link to the last hash of the one before, the end must match the head row (when the
 * range reaches it), and a head hash recorded elsewhere must appear somewhere in the
 * chain — else the tail was cut. The first break, by sequence, is the one reported.
 */
export function joinSegments(plan: ChainPlan, segments: SegmentResult[]): ChainVerification {
  const result = (
    checked: number,
    headHash: string | null,
    broken: { seq: number; reason: string } | null,
  ): ChainVerification => ({
    chainId: plan.chainId,
    valid: broken === null,
    checked,
    fromSeq: plan.fromSeq,
    toSeq: plan.toSeq,
    headHash,
    firstBrokenSeq: broken?.seq ?? null,
    reason: broken?.reason ?? null,
  });
  let checked = 0;
  let last: string | null = null;
  for (const [i, segment] of segments.entries()) {
    if (i > 0 && segment.firstLink !== null && segment.firstLink !== last) {
      const seq = segment.fromSeq;
      return result(checked, last, {
        seq,
        reason: `Event ${seq} does not link to event ${seq - 1}: events were reordered, removed or forged`,
      });
    }
    if (segment.broken) return result(checked + segment.checked, segment.lastHash ?? last, segment.broken);
    checked += segment.checked;
    last = segment.lastHash;
  }
  if (plan.head && plan.head.hash !== last) {
    return result(checked, last, {
      seq: plan.toSeq,
      reason: `Event ${plan.toSeq} differs from the chain's recorded head: the tail was rewritten`,
    });
  }
  if (plan.checkpoint && plan.checkpoint.seq > plan.toSeq) {
    const reason = `The chain ends at event ${plan.toSeq} but the checkpoint recorded ${plan.checkpoint.seq} events: events were removed from the tail and its head rewound`;
    return result(checked, last, { seq: plan.toSeq + 1, reason });
  }
  if (plan.expectedHeadHash && !segments.some((s) => s.expectedHeadSeen)) {
    const reason =
      'The expected head hash is not in the chain: events were removed from the tail, or the chain was rewritten';
    return result(checked, last, { seq: plan.toSeq + 1, reason });
  }
  return result(checked, last, null);
}

/**
 * The verdict on a chain a checkpoint names but the database does not hold (no head row,
 * or no event): its events and head were erased. Without a checkpoint nothing tells.
 */
export function missingChain(chainId: string, checkpoint: CheckpointMark): ChainVerification {
  const reason = `The chain is missing but the checkpoint recorded ${checkpoint.seq} events: it was erased`;
  return { chainId, valid: false, checked: 0, fromSeq: null, toSeq: null, headHash: null, firstBrokenSeq: 1, reason };
}
