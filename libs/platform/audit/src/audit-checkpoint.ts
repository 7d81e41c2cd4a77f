import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AuditDraft, ICS_CHAIN } from './audit-draft';
import { canonicalJson } from './canonical-json';

/**
 * A checkpoint is a signed statement, kept outside the database, of where every chain
 * stood at one moment — after Certificate Transparency's signed tree heads. The chains
 * protect each event by the ones after it; nothing protects the newest events or a
 * chain as a whole from someone who deletes them and rewinds (or deletes) the head row.
 * A checkpoint does: each chain it names must still exist, reach its sequence and have
 * its hash there. See docs/audit-trail.md for the format and the drill.
 */
export const CHECKPOINT_FORMAT = 'muster-audit-checkpoint/1';

/** How the events themselves are hashed: plain SHA-256, or HMAC-SHA-256 with AUDIT_HMAC_KEY. */
export type EventHashMode = 'sha256' | 'hmac-sha256';

export type CheckpointAlgorithm = 'hmac-sha256' | 'ed25519';

/** One chain's head at the checkpoint: the event at `seq` had hash `headHash`. */
export interface CheckpointChain {
  chainId: string;
  seq: number;
  headHash: string;
}

export interface CheckpointSignature {
  algorithm: CheckpointAlgorithm;
  /** Which key signed: 16 hex digits derived from it (see checkpoint-signature.ts). */
  keyId: string;
  /** Base64 of the HMAC or Ed25519 signature over the signed bytes. */
  value: string;
}

export interface AuditCheckpoint {
  format: typeof CHECKPOINT_FORMAT;
  /** When the heads were read, ISO-8601 in milliseconds. */
  createdAt: string;
  eventHash: EventHashMode;
  /** Sorted by chain id; chains without events are left out. */
  chains: CheckpointChain[];
  /** Null only for a checkpoint written with `--unsigned`. */
  signature: CheckpointSignature | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const CHAIN_ID = new RegExp(`^(${ICS_CHAIN}|${UUID.source.slice(1, -1)})$`);
export const HEAD_HASH = /^[0-9a-f]{64}$/;

// Strict: a field this version does not know means a file it cannot judge.
const checkpointSchema = z.strictObject({
  format: z.literal(CHECKPOINT_FORMAT),
  createdAt: z.iso.datetime(),
  eventHash: z.enum(['sha256', 'hmac-sha256']),
  chains: z
    .array(
      z.strictObject({
        chainId: z.string().regex(CHAIN_ID, 'must be an organisation id or "ics"'),
        seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
        headHash: z.string().regex(HEAD_HASH, 'must be 64 lower-case hex digits'),
      }),
    )
    .refine((chains) => new Set(chains.map((c) => c.chainId)).size === chains.length, 'must name each chain once'),
  signature: z
    .strictObject({
      algorithm: z.enum(['hmac-sha256', 'ed25519']),
      keyId: z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits'),
      value: z.base64(),
    })
    .nullable(),
});

/** A checkpoint file that is not JSON of this format: it can be judged neither way. */
export class CheckpointFormatError extends Error {}

/** Reads a checkpoint file's text; throws `CheckpointFormatError` naming the first problem. */
export function parseCheckpoint(text: string): AuditCheckpoint {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CheckpointFormatError('The checkpoint is not JSON');
  }
  const parsed = checkpointSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CheckpointFormatError(
      `The checkpoint is not a ${CHECKPOINT_FORMAT} file: ${issue.path.join('.') || 'file'} ${issue.message}`,
    );
  }
  return parsed.data;
}

/** A chain's head row as the checkpoint query reads it. */
export interface ChainHeadRow {
  chainId: string;
  seq: string;
  headHash: string;
}

export type HeadQuery = (sql: string) => Promise<ChainHeadRow[]>;

/**
 * The unsigned body of a checkpoint of every chain with events, from one statement (so
 * one snapshot: the heads are as they all stood at one moment). It records what the head
 * rows say and vouches for nothing before them: verify the chains first (the drill runs
 * `audit:verify --all` against the previous checkpoint, then takes the next one).
 */
export async function readCheckpointBody(
  query: HeadQuery,
  createdAt: Date,
  eventHash: EventHashMode,
): Promise<Omit<AuditCheckpoint, 'signature'>> {
  const rows = await query(
    `SELECT chain_id AS "chainId", last_seq::text AS seq, last_hash AS "headHash" FROM audit_chain WHERE last_seq > 0`,
  );
  const chains = rows
    .map((r) => ({ chainId: r.chainId, seq: Number(r.seq), headHash: r.headHash }))
    // By UTF-16 code units, like the canonical JSON's keys: the file reads the same whoever writes it.
    .sort((a, b) => (a.chainId < b.chainId ? -1 : a.chainId > b.chainId ? 1 : 0));
  return { format: CHECKPOINT_FORMAT, createdAt: createdAt.toISOString(), eventHash, chains };
}

export const eventHashModeOf = (hmacKey: string | undefined): EventHashMode => (hmacKey ? 'hmac-sha256' : 'sha256');

/** SHA-256 of a checkpoint's canonical JSON, signature included: names one file, however it is laid out. */
export function checkpointDigest(checkpoint: AuditCheckpoint): string {
  return createHash('sha256').update(canonicalJson(checkpoint), 'utf8').digest('hex');
}

/**
 * `audit.checkpoint_taken`, in the ICS-wide chain: the trail itself shows every
 * checkpoint, so one missing from where checkpoints are kept is noticed. It is recorded
 * after the heads were read and the checkpoint signed (it names the checkpoint by its
 * digest, which it could not do from inside it): the ICS chain's head is then one event
 * past the one checkpointed, which is what a checkpoint allows (a chain may grow).
 */
export function checkpointTakenEvent(checkpoint: AuditCheckpoint): AuditDraft {
  const digest = checkpointDigest(checkpoint);
  const { signature } = checkpoint;
  const signedBy = signature ? `signed with ${signature.algorithm} key ${signature.keyId}` : 'unsigned';
  return {
    action: 'audit.checkpoint_taken',
    organisationId: null,
    entityType: 'audit_checkpoint',
    entityId: digest,
    summary: `Took a checkpoint of ${checkpoint.chains.length} audit chains (${signedBy})`,
    changes: {
      createdAt: checkpoint.createdAt,
      chains: checkpoint.chains.length,
      eventHash: checkpoint.eventHash,
      signature: signature && { algorithm: signature.algorithm, keyId: signature.keyId },
      digest,
    },
  };
}
