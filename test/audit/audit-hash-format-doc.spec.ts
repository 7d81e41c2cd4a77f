import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { canonicalEvent, eventHasher, HashedFields } from '@muster/platform-audit';
import { jcs, verifyNdjsonExport } from './independent-verifier';

const DOC = readFileSync(resolve(__dirname, '../../docs/audit-trail.md'), 'utf8');

/**
 * docs/audit-trail.md is how an auditor outside the project verifies an export: its
 * worked example must be what Muster hashes, and its hashes what both Muster and a
 * verifier written from the page compute.
 */
describe('the documented event hash format', () => {
  const example = DOC.split('\n').find((line) => line.startsWith('{"action":')) as string;
  const vector = (mode: string) =>
    new RegExp(`^\\| ${mode} \\| (?:none|\`([^\`]+)\`) \\| \`([0-9a-f]{64})\` \\|$`, 'm').exec(DOC);
  const vectors = [vector('SHA-256'), vector('HMAC-SHA-256')].map((m) => ({ key: m?.[1], hash: m?.[2] }));

  it('gives an example already in canonical form, with a test vector for each mode', () => {
    expect(example).toBeDefined();
    expect(jcs(JSON.parse(example))).toBe(example);
    expect(vectors.map((v) => [Boolean(v.key), v.hash?.length])).toEqual([
      [false, 64],
      [true, 64],
    ]);
  });

  it('hashes the example as Muster hashes the same fields', () => {
    const { v: _v, ...json } = JSON.parse(example) as Record<string, unknown>;
    const fields = { ...json, changes: jcs(json.changes) } as unknown as HashedFields;
    expect(canonicalEvent(fields)).toBe(example);
    for (const { key, hash } of vectors) expect(eventHasher(key)(example)).toBe(hash);
  });

  it('hashes the example, as an exported line, as the independent verifier does', () => {
    const { actorType, actorId, actorLabel, seq, v: _v, ...rest } = JSON.parse(example) as Record<string, unknown>;
    for (const { key, hash } of vectors) {
      const line = JSON.stringify({
        id: '1',
        ...rest,
        seq: Number(seq),
        actor: { type: actorType, id: actorId, label: actorLabel },
        hash,
      });
      expect(verifyNdjsonExport(line, key).problems).toEqual([]);
    }
  });
});
