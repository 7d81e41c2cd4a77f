import { createHash, createHmac, randomBytes } from 'node:crypto';
import { canonicalEvent, eventHasher, HashedFields } from './audit-hash';
import { canonicalJson } from './canonical-json';

const tricky = [
  '',
  'plain',
  'quote " and \\ backslash',
  'line\nbreak\ttab\u0001\u001f',
  'émoji 🚑 ü',
  '\u2028\u2029',
  '</script>',
];

function randomEvent(i: number): HashedFields {
  const pick = <T>(xs: T[]) => xs[(i * 7 + xs.length) % xs.length];
  return {
    chainId: i % 3 ? 'ics' : '6f1c1f0e-7f3e-4bb0-9a63-5d4f0c6f2b11',
    seq: String(i + 1),
    prevHash: randomBytes(32).toString('hex'),
    occurredAt: new Date(1_764_316_800_000 + i * 1_234).toISOString(),
    actorType: pick(['USER', 'API_KEY', 'SYSTEM']),
    actorId: i % 2 ? null : '0b9d2c8e-1111-4c1a-8e2a-7d2e3f4a5b6c',
    actorLabel: pick(tricky),
    organisationId: i % 4 ? null : '6f1c1f0e-7f3e-4bb0-9a63-5d4f0c6f2b11',
    roles: i % 5 ? ['ORG_ADMIN@x', pick(tricky)] : [],
    action: 'runbook.approved',
    entityType: 'runbook',
    entityId: i % 6 ? `rb-${i}` : null,
    incidentId: null,
    summary: pick(tricky) + i,
    changes:
      i % 2 ? 'null' : canonicalJson({ before: { b: 1, a: [1, 'x', null] }, after: { z: pick(tricky), ü: 0.5 } }),
    requestId: i % 3 ? `req-${i}` : null,
    clientAddress: i % 3 ? '10.0.0.1' : null,
  };
}

describe('canonical event bytes', () => {
  it('equal RFC 8785 canonical JSON of the event object, whatever the field values', () => {
    for (let i = 0; i < 200; i++) {
      const e = randomEvent(i);
      const reference = canonicalJson({ v: 1, ...e, changes: JSON.parse(e.changes) as unknown });
      expect(canonicalEvent(e)).toBe(reference);
    }
  });

  it('escape any value that needs it, whichever field it is in', () => {
    const fields = Object.keys(randomEvent(0)).filter(
      (k) => !['changes', 'roles'].includes(k),
    ) as (keyof HashedFields)[];
    for (const field of [...fields, 'roles' as const]) {
      for (const value of ['a"b', 'a\\b', 'tab\tnewline\n', '\u0000', 'lone \ud800', 'pair \u{1F691}']) {
        const e = { ...randomEvent(2), [field]: field === 'roles' ? [value] : value };
        expect(canonicalEvent(e)).toBe(canonicalJson({ v: 1, ...e, changes: JSON.parse(e.changes) as unknown }));
      }
    }
  });

  it('sorts object keys by UTF-16 code units and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: undefined, A: [true, null], é: 'x', '\u{1F691}': 1, z: 1e21 })).toBe(
      '{"A":[true,null],"b":1,"z":1e+21,"é":"x","\u{1F691}":1}',
    );
  });
});

describe('event hasher', () => {
  const body = canonicalEvent(randomEvent(1));

  it('is plain SHA-256 without a key', () => {
    expect(eventHasher(undefined)(body)).toBe(createHash('sha256').update(body).digest('hex'));
  });

  it.each([
    ['a short key', 'k'.repeat(32)],
    ['a key of one block', 'k'.repeat(64)],
    ['a key longer than a block', 'long key '.repeat(20)],
    ['a multi-byte key', 'clé secrète 🚑 '.repeat(4)],
  ])('gives the same digest as HMAC-SHA-256 with %s', (_label, key) => {
    const hasher = eventHasher(key);
    for (const text of [body, '', 'ü'.repeat(5_000), body]) {
      expect(hasher(text)).toBe(createHmac('sha256', key).update(text).digest('hex'));
    }
  });
});
