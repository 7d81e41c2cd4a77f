import { assuranceBand } from './assurance-band';

describe('assuranceBand', () => {
  it.each([
    [100, 100, 'FULL'],
    [99, 100, 'SUBSTANTIAL'],
    [89, 100, 'SUBSTANTIAL'],
    [88, 100, 'PARTIAL'],
    [77, 100, 'PARTIAL'],
    [76, 100, 'NON_COMPLIANT'],
    [0, 100, 'NON_COMPLIANT'],
    // 8/9 = 88.9%: floored to 88, partial (never rounded up into substantial)
    [8, 9, 'PARTIAL'],
    // 57/64 = 89.06%: substantial
    [57, 64, 'SUBSTANTIAL'],
    [63, 64, 'SUBSTANTIAL'],
  ])('%i of %i fully compliant is %s', (full, applicable, band) => {
    expect(assuranceBand(full, applicable)).toBe(band);
  });

  it('has no band without applicable standards', () => {
    expect(assuranceBand(0, 0)).toBeNull();
  });

  it('follows configured thresholds', () => {
    const strict = { substantialFrom: 95, partialFrom: 90 };
    expect(assuranceBand(94, 100, strict)).toBe('PARTIAL');
    expect(assuranceBand(95, 100, strict)).toBe('SUBSTANTIAL');
    expect(assuranceBand(89, 100, strict)).toBe('NON_COMPLIANT');
  });
});
