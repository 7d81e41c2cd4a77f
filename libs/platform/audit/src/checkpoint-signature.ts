import {
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  KeyObject,
  sign,
  timingSafeEqual,
  verify,
} from 'node:crypto';
import { AuditCheckpoint, CheckpointAlgorithm } from './audit-checkpoint';
import { canonicalJson } from './canonical-json';

/**
 * Who signs a checkpoint. HMAC-SHA-256 with AUDIT_HMAC_KEY needs no new secret, but
 * whoever verifies holds a key that can sign too. An Ed25519 private key kept on the
 * machine that takes checkpoints (never in the database or the API's environment)
 * separates them: verifying then needs only the public key, which anyone may hold.
 */
export type CheckpointSigner =
  { algorithm: 'hmac-sha256'; key: string } | { algorithm: 'ed25519'; privateKey: KeyObject };

/** What a verifier can check signatures with; an unsigned checkpoint only when explicitly accepted. */
export interface CheckpointKeys {
  hmacKey?: string;
  publicKey?: KeyObject;
  acceptUnsigned?: boolean;
}

/**
 * A signature check's verdict. `unusable`: this verifier cannot judge the checkpoint (no
 * key for its algorithm, another key, unsigned and not accepted) — a usage problem.
 * `forged`: the key is the one that signed, yet the signature does not match the bytes —
 * the file was changed after it was signed, which is evidence like a broken chain.
 */
export type SignatureCheck =
  { ok: true; signedBy: string } | { ok: false; kind: 'unusable' | 'forged'; reason: string };

const KEY_ID_LABEL = 'muster-audit-checkpoint-key-id';

/**
 * The bytes a signature covers: canonical JSON (RFC 8785) of the checkpoint with
 * `signature.value` left out, so the algorithm and key id are signed too. A checkpoint's
 * canonical JSON starts `{"chains":`, an event's `{"action":`: one HMAC key can sign
 * both without one ever passing for the other.
 */
export function signedBytes(
  body: Omit<AuditCheckpoint, 'signature'>,
  algorithm: CheckpointAlgorithm,
  keyId: string,
): Buffer {
  return Buffer.from(canonicalJson({ ...body, signature: { algorithm, keyId } }), 'utf8');
}

/**
 * 16 hex digits naming a key without revealing it: of an HMAC key, the HMAC of a fixed
 * label; of an Ed25519 key, the SHA-256 of its public key (SPKI, DER). A verifier given
 * another key says so instead of calling a good checkpoint forged.
 */
export function keyIdOf(key: { hmacKey: string } | { publicKey: KeyObject }): string {
  const digest =
    'hmacKey' in key
      ? createHmac('sha256', key.hmacKey).update(KEY_ID_LABEL).digest('hex')
      : createHash('sha256')
          .update(key.publicKey.export({ type: 'spki', format: 'der' }))
          .digest('hex');
  return digest.slice(0, 16);
}

export function signCheckpoint(
  body: Omit<AuditCheckpoint, 'signature'>,
  signer: CheckpointSigner | null,
): AuditCheckpoint {
  if (!signer) return { ...body, signature: null };
  if (signer.algorithm === 'hmac-sha256') {
    const keyId = keyIdOf({ hmacKey: signer.key });
    const value = createHmac('sha256', signer.key)
      .update(signedBytes(body, 'hmac-sha256', keyId))
      .digest('base64');
    return { ...body, signature: { algorithm: 'hmac-sha256', keyId, value } };
  }
  const keyId = keyIdOf({ publicKey: createPublicKey(signer.privateKey) });
  const value = sign(null, signedBytes(body, 'ed25519', keyId), signer.privateKey).toString('base64');
  return { ...body, signature: { algorithm: 'ed25519', keyId, value } };
}

/**
 * Checks a checkpoint's signature with the key for its algorithm. The algorithm comes
 * from the file, but only a key the verifier was given is used, so a file cannot switch
 * itself to a weaker check: an HMAC checkpoint needs AUDIT_HMAC_KEY, an Ed25519 one the
 * public key, and an unsigned one is refused unless accepted.
 */
export function checkCheckpointSignature(checkpoint: AuditCheckpoint, keys: CheckpointKeys): SignatureCheck {
  const { signature, ...body } = checkpoint;
  if (!signature) {
    return keys.acceptUnsigned
      ? { ok: true, signedBy: 'nobody (unsigned, accepted)' }
      : {
          ok: false,
          kind: 'unusable',
          reason: 'The checkpoint is unsigned: accept it explicitly only if it was stored where nobody could change it',
        };
  }
  const { algorithm, keyId, value } = signature;
  const { hmacKey, publicKey } = keys;
  const key: { hmacKey: string } | { publicKey: KeyObject } | null =
    algorithm === 'hmac-sha256' ? (hmacKey ? { hmacKey } : null) : publicKey ? { publicKey } : null;
  if (!key) {
    const needed = algorithm === 'hmac-sha256' ? 'AUDIT_HMAC_KEY' : 'the Ed25519 public key';
    return {
      ok: false,
      kind: 'unusable',
      reason: `The checkpoint is signed with ${algorithm}: checking it needs ${needed}`,
    };
  }
  const mine = keyIdOf(key);
  if (mine !== keyId) {
    return {
      ok: false,
      kind: 'unusable',
      reason: `The checkpoint was signed by key ${keyId}, not by the key given (${mine})`,
    };
  }
  const bytes = signedBytes(body, algorithm, keyId);
  const given = Buffer.from(value, 'base64');
  const holds =
    'hmacKey' in key
      ? timingSafeEqualBytes(createHmac('sha256', key.hmacKey).update(bytes).digest(), given)
      : verify(null, bytes, key.publicKey, given);
  return holds
    ? { ok: true, signedBy: `${algorithm} key ${keyId}` }
    : {
        ok: false,
        kind: 'forged',
        reason: `The checkpoint's signature does not match its content: the file was changed after key ${keyId} signed it`,
      };
}

/** An Ed25519 private key from PEM (PKCS#8, as `openssl genpkey -algorithm ed25519` writes). */
export function ed25519PrivateKey(pem: string | Buffer): KeyObject {
  return ed25519(createPrivateKey(pem));
}

/** An Ed25519 public key from PEM: the public key itself, or the private key it belongs to. */
export function ed25519PublicKey(pem: string | Buffer): KeyObject {
  return ed25519(createPublicKey(pem));
}

function ed25519(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519')
    throw new Error(`expected an Ed25519 key, got ${key.asymmetricKeyType ?? 'a symmetric key'}`);
  return key;
}

const timingSafeEqualBytes = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);
