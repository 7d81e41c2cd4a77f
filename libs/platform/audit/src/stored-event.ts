import { canonicalEvent, EventHasher, HashedFields } from './audit-hash';
import { canonicalJson } from './canonical-json';

/** One stored event as verification sees it: where it sits in its chain, and whether it still matches its hash. */
export interface StoredEvent {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
  /** Recomputes the hash over the stored fields and compares it with `hash`. */
  matchesHash(): boolean;
}

/**
 * Whether an event's fields (as text) hash to `stored`. The `changes` column keeps the
 * canonical bytes that were hashed; older rows may hold an equal value in another
 * spelling, so meanings are compared before the event is called changed.
 */
export function fieldsMatchHash(fields: HashedFields, stored: string, hash: EventHasher): boolean {
  if (hash(canonicalEvent(fields)) === stored) return true;
  let canonical: string;
  try {
    canonical = canonicalJson(JSON.parse(fields.changes));
  } catch {
    return false;
  }
  return canonical !== fields.changes && hash(canonicalEvent({ ...fields, changes: canonical })) === stored;
}
