/** The EPRR assurance bands, from the share of applicable standards rated fully compliant. */
export type AssuranceBand = 'FULL' | 'SUBSTANTIAL' | 'PARTIAL' | 'NON_COMPLIANT';

/** The lowest whole percentage of each band below full (configurable; defaults 89 and 77). */
export interface BandThresholds {
  substantialFrom: number;
  partialFrom: number;
}

export const DEFAULT_BAND_THRESHOLDS: BandThresholds = { substantialFrom: 89, partialFrom: 77 };

/**
 * The band of an assessment: full at 100%, substantial from `substantialFrom`%, partial
 * from `partialFrom`%, non-compliant below. The share is floored to a whole percentage,
 * so 88.9% is 88 (partial), never rounded up into a better band. No applicable
 * standard: no band (null).
 */
export function assuranceBand(
  fullyCompliant: number,
  applicable: number,
  thresholds: BandThresholds = DEFAULT_BAND_THRESHOLDS,
): AssuranceBand | null {
  if (applicable <= 0) return null;
  if (fullyCompliant >= applicable) return 'FULL';
  const percent = Math.floor((fullyCompliant * 100) / applicable);
  if (percent >= thresholds.substantialFrom) return 'SUBSTANTIAL';
  if (percent >= thresholds.partialFrom) return 'PARTIAL';
  return 'NON_COMPLIANT';
}
