import { randomBytes } from 'node:crypto';
import { randomSecret, sha256Hex } from '../auth/tokens/opaque-token';

/**
 * An API key as the client holds it: `mst_<prefix>_<secret>`. The prefix (public, 12 hex
 * characters) finds the row; the secret (256 random bits) is checked against its stored
 * SHA-256. The prefix also lets a leaked key be recognised in logs and by secret scanners.
 */
const KEY_FORMAT = /^mst_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface GeneratedApiKey {
  prefix: string;
  /** The whole key, shown to its creator once and never stored. */
  key: string;
  secretHash: string;
}

export function generateApiKey(): GeneratedApiKey {
  const prefix = randomBytes(6).toString('hex');
  const secret = randomSecret(32);
  return { prefix, key: `mst_${prefix}_${secret}`, secretHash: sha256Hex(secret) };
}

export function parseApiKey(value: string): { prefix: string; secretHash: string } | null {
  const match = KEY_FORMAT.exec(value.trim());
  return match ? { prefix: match[1], secretHash: sha256Hex(match[2]) } : null;
}
