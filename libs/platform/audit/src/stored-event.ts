import { canonicalEvent, EventHasher, HashedFields } from './audit-hash';

/** One stored event as verification sees it: where it sits in its chain, and whether it still matches its hash. */
export interface StoredEvent {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
  /** Recomputes the hash over the stored fields and compares it with `hash`. */
  matchesHash(): boolean;
}

/**
 * Whether an event's fields (as text) hash to `stored`: bytes, not meanings. The
 * `changes` column keeps the exact canonical bytes that were hashed, so another spelling
 * of the same JSON (a duplicate key, more digits, whitespace) is a change too: accepting
 * "equal after parsing" would let an edit through that some reader of the row sees.
 */
export function fieldsMatchHash(fields: HashedFields, stored: string, hash: EventHasher): boolean {
  return hash(canonicalEvent(fields)) === stored;
}
