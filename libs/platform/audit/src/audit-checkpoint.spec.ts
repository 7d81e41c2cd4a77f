import { generateKeyPairSync } from 'node:crypto';
import { expect } from '@jest/globals';
import { AuditCheckpoint, CHECKPOINT_FORMAT, parseCheckpoint } from './audit-checkpoint';
import { checkCheckpointSignature, ed25519PrivateKey, ed25519PublicKey, signCheckpoint } from './checkpoint-signature';

const KEY = 'unit-test-audit-key-0123456789abcdef';
const ORG = '6f1c1f0e-7f3e-4bb0-9a63-5d4f0c6f2b11';

const body: Omit<AuditCheckpoint, 'signature'> = {
  format: CHECKPOINT_FORMAT,
  createdAt: '2026-11-28T09:00:00.000Z',
  eventHash: 'hmac-sha256',
  chains: [
    { chainId: ORG, seq: 1042, headHash: 'a'.repeat(64) },
    { chainId: 'ics', seq: 7, headHash: 'b'.repeat(64) },
  ],
};

const ed25519Pair = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { privateKey: ed25519PrivateKey(privateKey), publicKey: ed25519PublicKey(publicKey), privatePem: privateKey };
};

/** Through the file and back, as a verifier reads it. */
const reread = (checkpoint: AuditCheckpoint) => parseCheckpoint(JSON.stringify(checkpoint, null, 2));

describe('audit checkpoints', () => {
  it('signs with the HMAC key and checks only with it', () => {
    const signed = reread(signCheckpoint(body, { algorithm: 'hmac-sha256', key: KEY }));
    expect(signed.signature).toMatchObject({
      algorithm: 'hmac-sha256',
      keyId: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(checkCheckpointSignature(signed, { hmacKey: KEY })).toEqual({
      ok: true,
      signedBy: `hmac-sha256 key ${signed.signature?.keyId}`,
    });
    expect(checkCheckpointSignature(signed, { hmacKey: `${KEY}-other` })).toMatchObject({
      ok: false,
      kind: 'unusable',
      reason: expect.stringMatching(/not by the key given/),
    });
    expect(checkCheckpointSignature(signed, {})).toMatchObject({
      ok: false,
      kind: 'unusable',
      reason: expect.stringMatching(/needs AUDIT_HMAC_KEY/),
    });
  });

  it('calls any change to a signed checkpoint forged: a sequence lowered, a chain dropped, the time', () => {
    const signed = signCheckpoint(body, { algorithm: 'hmac-sha256', key: KEY });
    const changes: AuditCheckpoint[] = [
      { ...signed, chains: [{ ...signed.chains[0], seq: 1000 }, signed.chains[1]] },
      { ...signed, chains: [signed.chains[0]] },
      { ...signed, createdAt: '2026-11-29T09:00:00.000Z' },
    ];
    for (const changed of changes)
      expect(checkCheckpointSignature(changed, { hmacKey: KEY })).toMatchObject({ ok: false, kind: 'forged' });
  });

  it('signs with an Ed25519 private key and checks with the public key alone (or the private key file)', () => {
    const mine = ed25519Pair();
    const signed = reread(signCheckpoint(body, { algorithm: 'ed25519', privateKey: mine.privateKey }));
    expect(checkCheckpointSignature(signed, { publicKey: mine.publicKey })).toMatchObject({ ok: true });
    expect(checkCheckpointSignature(signed, { publicKey: ed25519PublicKey(mine.privatePem) })).toMatchObject({
      ok: true,
    });
    expect(checkCheckpointSignature(signed, { publicKey: ed25519Pair().publicKey })).toMatchObject({
      ok: false,
      kind: 'unusable',
    });
    // The HMAC key does not stand in for the public key: a file cannot choose a weaker check.
    expect(checkCheckpointSignature(signed, { hmacKey: KEY })).toMatchObject({
      ok: false,
      kind: 'unusable',
      reason: expect.stringMatching(/needs the Ed25519 public key/),
    });
    const changed = { ...signed, chains: signed.chains.slice(1) };
    expect(checkCheckpointSignature(changed, { publicKey: mine.publicKey })).toMatchObject({
      ok: false,
      kind: 'forged',
    });
  });

  it('accepts an unsigned checkpoint only when told to', () => {
    const unsigned = reread(signCheckpoint(body, null));
    expect(unsigned.signature).toBeNull();
    expect(checkCheckpointSignature(unsigned, { hmacKey: KEY })).toMatchObject({
      ok: false,
      kind: 'unusable',
      reason: expect.stringMatching(/unsigned/),
    });
    expect(checkCheckpointSignature(unsigned, { acceptUnsigned: true })).toMatchObject({ ok: true });
  });

  it('refuses files that are not checkpoints of this format, naming the problem', () => {
    const good = signCheckpoint(body, { algorithm: 'hmac-sha256', key: KEY });
    const problem = (value: unknown) => {
      try {
        parseCheckpoint(typeof value === 'string' ? value : JSON.stringify(value));
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(problem(good)).toBeNull();
    expect(problem('{"format":')).toBe('The checkpoint is not JSON');
    expect(problem({ ...good, format: 'muster-audit-checkpoint/2' })).toMatch(/: format /);
    expect(problem({ ...good, extra: true })).toMatch(/not a muster-audit-checkpoint\/1 file/);
    expect(problem({ ...good, chains: [good.chains[0], good.chains[0]] })).toMatch(/chains must name each chain once/);
    expect(problem({ ...good, chains: [{ ...good.chains[0], seq: 0 }] })).toMatch(/chains\.0\.seq/);
    expect(problem({ ...good, chains: [{ ...good.chains[0], headHash: 'A'.repeat(64) }] })).toMatch(
      /chains\.0\.headHash must be 64 lower-case hex digits/,
    );
    expect(problem({ ...good, chains: [{ ...good.chains[0], chainId: 'ICS' }] })).toMatch(
      /chains\.0\.chainId must be an organisation id or "ics"/,
    );
  });
});
