import { GENESIS_HASH } from './audit-draft';
import { canonicalEvent, EventHasher, HashedFields } from './audit-hash';
import { canonicalJson } from './canonical-json';

/**
 * The stored columns verification reads, as raw text (no type parsing: it is the
 * hot loop of a million-event check). The instant comes in microseconds so that a
 * sub-millisecond edit, which the millisecond hash input would not show, is caught.
 */
export const VERIFY_COLUMNS = `seq, prev_hash, hash, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
  actor_type, actor_id, actor_label, organisation_id, roles, action, entity_type, entity_id, incident_id, summary,
  changes, request_id, client_address`;

/** One row of `VERIFY_COLUMNS`, every value as PostgreSQL's text output. */
export type VerifyRow = (string | null)[];

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

/** A contiguous run of a chain that one verifier streams through, in sequence order. */
export interface SegmentRange {
  chainId: string;
  fromSeq: number;
  toSeq: number;
  /** A head hash recorded elsewhere earlier: noted when seen, judged when segments are joined. */
  expectedHeadHash: string | null;
  /** The range ends where the chain's head row says the chain ends. */
  endsAtHead: boolean;
  hasher: EventHasher;
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

  accept(row: VerifyRow): void {
    if (this.broken) return;
    const seq = Number(row[0]);
    const stored = row[2] as string;
    if (seq !== this.expectedSeq) {
      return this.fail(this.expectedSeq, `Event ${this.expectedSeq} is missing: the chain continues at event ${seq}`);
    }
    if (this.expectedPrev !== null && row[1] !== this.expectedPrev) {
      return this.fail(seq, `Event ${seq} does not link to event ${seq - 1}: events were reordered, removed or forged`);
    }
    if (!this.matchesHash(row, stored)) {
      return this.fail(seq, `Event ${seq} does not match its hash: its content was changed`);
    }
    if (this.checked === 0) this.firstLink = row[1] as string;
    if (stored === this.range.expectedHeadHash) this.expectedHeadSeen = true;
    this.expectedPrev = stored;
    this.lastHash = stored;
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
      fromSeq, toSeq, checked: this.checked, firstLink: this.firstLink, lastHash: this.lastHash,
      expectedHeadSeen: this.expectedHeadSeen, broken: this.broken,
    };
  }

  private matchesHash(row: VerifyRow, stored: string): boolean {
    const fields = toHashedFields(this.range.chainId, row);
    if (this.range.hasher(canonicalEvent(fields)) === stored) return true;
    // The column keeps the canonical bytes that were hashed; older rows may hold an
    // equal value in another spelling, so compare meanings before calling it changed.
    const raw = row[14];
    if (raw === null) return false;
    let canonical: string;
    try {
      canonical = canonicalJson(JSON.parse(raw));
    } catch {
      return false;
    }
    return canonical !== raw && this.range.hasher(canonicalEvent({ ...fields, changes: canonical })) === stored;
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
}

/**
 * Joins the results of consecutive segments into the chain's verdict: each segment must
 * link to the last hash of the one before, the end must match the head row (when the
 * range reaches it), and a head hash recorded elsewhere must appear somewhere in the
 * chain — else the tail was cut. The first break, by sequence, is the one reported.
 */
export function joinSegments(plan: ChainPlan, segments: SegmentResult[]): ChainVerification {
  const result = (checked: number, headHash: string | null, broken: { seq: number; reason: string } | null): ChainVerification => ({
    chainId: plan.chainId, valid: broken === null, checked, fromSeq: plan.fromSeq, toSeq: plan.toSeq, headHash,
    firstBrokenSeq: broken?.seq ?? null, reason: broken?.reason ?? null,
  });
  let checked = 0;
  let last: string | null = null;
  for (const [i, segment] of segments.entries()) {
    if (i > 0 && segment.firstLink !== null && segment.firstLink !== last) {
      const seq = segment.fromSeq;
      return result(checked, last, { seq, reason: `Event ${seq} does not link to event ${seq - 1}: events were reordered, removed or forged` });
    }
    if (segment.broken) return result(checked + segment.checked, segment.lastHash ?? last, segment.broken);
    checked += segment.checked;
    last = segment.lastHash;
  }
  if (plan.head && plan.head.hash !== last) {
    return result(checked, last, { seq: plan.toSeq, reason: `Event ${plan.toSeq} differs from the chain's recorded head: the tail was rewritten` });
  }
  if (plan.expectedHeadHash && !segments.some((s) => s.expectedHeadSeen)) {
    const reason = 'The expected head hash is not in the chain: events were removed from the tail, or the chain was rewritten';
    return result(checked, last, { seq: plan.toSeq + 1, reason });
  }
  return result(checked, last, null);
}

/** A verification row back to the fields its hash was taken over. */
export function toHashedFields(chainId: string, r: VerifyRow): HashedFields {
  return {
    chainId,
    seq: r[0] as string,
    prevHash: r[1] as string,
    occurredAt: millisecondInstant(r[3] as string),
    actorType: r[4] as string,
    actorId: r[5],
    actorLabel: r[6] as string,
    organisationId: r[7],
    roles: parseTextArray(r[8] as string),
    action: r[9] as string,
    entityType: r[10] as string,
    entityId: r[11],
    incidentId: r[12],
    summary: r[13] as string,
    changes: r[14] ?? 'null',
    requestId: r[15],
    clientAddress: r[16],
  };
}

/** `2026-11-28T09:00:00.123000Z` → `2026-11-28T09:00:00.123Z`; sub-millisecond digits stay (and will not match). */
function millisecondInstant(micro: string): string {
  return micro.endsWith('000Z') ? `${micro.slice(0, -4)}Z` : micro;
}

/** PostgreSQL's text form of a `text[]`; role labels need no quoting, anything else takes the slow path. */
export function parseTextArray(text: string): string[] {
  if (text === '{}') return [];
  if (!/["\\]/.test(text)) return text.slice(1, -1).split(',');
  const out: string[] = [];
  const element = /"((?:[^"\\]|\\.)*)"|([^,{}]+)/g;
  for (let m = element.exec(text); m; m = element.exec(text)) {
    out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]);
  }
  return out;
}
