import { canonicalJson } from './canonical-json';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys by code unit and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], A: { d: 2, c: 1 } })).toBe(
      '{"A":{"c":1,"d":2},"a":[true,null,"x"],"b":1}',
    );
  });

  it('gives equal bytes for equal values whatever the key order', () => {
    expect(canonicalJson({ x: 1, y: { p: 'q', r: [1, 2] } })).toBe(canonicalJson({ y: { r: [1, 2], p: 'q' }, x: 1 }));
  });

  it('serialises numbers and strings as ECMAScript does', () => {
    expect(canonicalJson([1e21, 0.1, -0, 'é\u2028"'])).toBe('[1e+21,0.1,0,"é\u2028\\""]');
  });

  it('omits undefined members and refuses non-finite numbers', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow('non-finite');
  });
});
