import { generateApiKey, parseApiKey } from './api-key-secret';

describe('API key format', () => {
  it('generates mst_<prefix>_<secret> keys whose secret hash is what parsing yields', () => {
    const generated = generateApiKey();
    expect(generated.key).toMatch(/^mst_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(parseApiKey(generated.key)).toEqual({ prefix: generated.prefix, secretHash: generated.secretHash });
    expect(generated.secretHash).not.toContain(generated.key.slice(17));
  });

  it('never generates the same key twice', () => {
    const keys = new Set(Array.from({ length: 1000 }, () => generateApiKey().key));
    expect(keys.size).toBe(1000);
  });

  it.each([
    '',
    'mst_',
    'mst_0123456789ab_short',
    'abc_0123456789ab_' + 'a'.repeat(43),
    'mst_0123456789AB_' + 'a'.repeat(43),
  ])('refuses the malformed key %j', (value) => expect(parseApiKey(value)).toBeNull());
});
