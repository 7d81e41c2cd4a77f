import { createHash, createHmac, createPublicKey, verify as verifySignature } from 'node:crypto';

/**
 * An auditor's own verifier, written from docs/audit-trail.md alone: node:crypto and
 * nothing of Muster's (no import from libs/), so a test that checks an export with it
 * checks the documentation as much as the export. Keep it that way.
 */

/** RFC 8785: keys sorted by UTF-16 code units, no whitespace, ECMAScript strings and numbers. */
export function jcs(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(jcs).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${JSON.stringify(k)}:${jcs(record[k])}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('not JSON');
  return JSON.stringify(value);
}

/** A line of an NDJSON export, as the documentation lists it. */
interface ExportLine {
  id: string;
  chainId: string;
  seq: number;
  occurredAt: string;
  actor: { type: string; id: string | null; label: string };
  organisationId: string | null;
  roles: string[];
  action: string;
  entityType: string;
  entityId: string | null;
  incidentId: string | null;
  summary: string;
  changes: unknown;
  requestId: string | null;
  clientAddress: string | null;
  prevHash: string;
  hash: string;
}

/** What an auditor reports: per chain, events checked and the head reached; every problem found. */
export interface IndependentReport {
  chains: Record<string, { events: number; firstSeq: number; lastSeq: number; headHash: string }>;
  problems: string[];
}

const ZEROS = '0'.repeat(64);

function eventHash(line: ExportLine, hmacKey: string | undefined): string {
  const canonical = jcs({
    action: line.action,
    actorId: line.actor.id,
    actorLabel: line.actor.label,
    actorType: line.actor.type,
    chainId: line.chainId,
    changes: line.changes,
    clientAddress: line.clientAddress,
    entityId: line.entityId,
    entityType: line.entityType,
    incidentId: line.incidentId,
    occurredAt: line.occurredAt,
    organisationId: line.organisationId,
    prevHash: line.prevHash,
    requestId: line.requestId,
    roles: line.roles,
    seq: String(line.seq),
    summary: line.summary,
    v: 1,
  });
  const bytes = Buffer.from(canonical, 'utf8');
  return (hmacKey ? createHmac('sha256', Buffer.from(hmacKey, 'utf8')) : createHash('sha256'))
    .update(bytes)
    .digest('hex');
}

/**
 * Checks every event's hash, and per chain that sequences run on without a gap and each
 * event links to the one before (the first of a chain from seq 1 to 64 zeros).
 */
export function verifyNdjsonExport(ndjson: string, hmacKey?: string): IndependentReport {
  const report: IndependentReport = { chains: {}, problems: [] };
  const last = new Map<string, ExportLine>();
  for (const text of ndjson.split('\n').filter((l) => l.trim() !== '')) {
    const line = JSON.parse(text) as ExportLine;
    const where = `${line.chainId}#${line.seq}`;
    if (eventHash(line, hmacKey) !== line.hash) report.problems.push(`${where}: hash does not match content`);
    const before = last.get(line.chainId);
    if (before && line.seq !== before.seq + 1) report.problems.push(`${where}: follows ${before.seq}`);
    if (before && line.prevHash !== before.hash) report.problems.push(`${where}: does not link to ${before.seq}`);
    if (!before && line.seq === 1 && line.prevHash !== ZEROS)
      report.problems.push(`${where}: first event does not start from zeros`);
    last.set(line.chainId, line);
    const chain = (report.chains[line.chainId] ??= {
      events: 0,
      firstSeq: line.seq,
      lastSeq: line.seq,
      headHash: line.hash,
    });
    chain.events += 1;
    chain.lastSeq = line.seq;
    chain.headHash = line.hash;
  }
  return report;
}

/** A checkpoint's signature, checked as documented: over the JCS of the file without `signature.value`. */
export function checkpointSignatureHolds(
  checkpoint: Record<string, unknown>,
  key: { hmacKey: string } | { publicKeyPem: string },
): boolean {
  const signature = checkpoint.signature as { algorithm: string; keyId: string; value: string };
  const signed = Buffer.from(
    jcs({ ...checkpoint, signature: { algorithm: signature.algorithm, keyId: signature.keyId } }),
    'utf8',
  );
  const value = Buffer.from(signature.value, 'base64');
  if ('hmacKey' in key) {
    const keyId = createHmac('sha256', key.hmacKey).update('muster-audit-checkpoint-key-id').digest('hex').slice(0, 16);
    return (
      signature.algorithm === 'hmac-sha256' &&
      signature.keyId === keyId &&
      createHmac('sha256', key.hmacKey).update(signed).digest().equals(value)
    );
  }
  const publicKey = createPublicKey(key.publicKeyPem);
  const keyId = createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
  return (
    signature.algorithm === 'ed25519' && signature.keyId === keyId && verifySignature(null, signed, publicKey, value)
  );
}
