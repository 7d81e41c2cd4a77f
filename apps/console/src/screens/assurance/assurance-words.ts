import type { AssessmentStatus, AssuranceBand, AssuranceFrameworkKind, AssuranceRating } from '../../generated/graphql';

export type TagColour = 'white' | 'grey' | 'green' | 'aqua-green' | 'blue' | 'red' | 'orange' | 'yellow';

const RATING: Record<AssuranceRating, { words: string; colour: TagColour }> = {
  FULLY_COMPLIANT: { words: 'Fully compliant', colour: 'green' },
  PARTIALLY_COMPLIANT: { words: 'Partially compliant', colour: 'yellow' },
  NON_COMPLIANT: { words: 'Non-compliant', colour: 'red' },
  ACHIEVED: { words: 'Achieved', colour: 'green' },
  PARTIALLY_ACHIEVED: { words: 'Partially achieved', colour: 'yellow' },
  NOT_ACHIEVED: { words: 'Not achieved', colour: 'red' },
};

/** A requirement's rating in words; null (not rated yet) too. */
export const ratingWords = (rating: AssuranceRating | null | undefined): string =>
  rating ? RATING[rating].words : 'Not rated';
export const ratingColour = (rating: AssuranceRating | null | undefined): TagColour =>
  rating ? RATING[rating].colour : 'grey';

/** The ratings a framework's requirements take, best first (EPRR: compliant; the DSPT/CAF and others: achieved). */
export function ratingScale(kind: AssuranceFrameworkKind): AssuranceRating[] {
  return kind === 'EPRR_CORE_STANDARDS'
    ? ['FULLY_COMPLIANT', 'PARTIALLY_COMPLIANT', 'NON_COMPLIANT']
    : ['ACHIEVED', 'PARTIALLY_ACHIEVED', 'NOT_ACHIEVED'];
}

const BAND: Record<AssuranceBand, { words: string; colour: TagColour }> = {
  FULL: { words: 'Full', colour: 'green' },
  SUBSTANTIAL: { words: 'Substantial', colour: 'aqua-green' },
  PARTIAL: { words: 'Partial', colour: 'yellow' },
  NON_COMPLIANT: { words: 'Non-compliant', colour: 'red' },
};

export interface BandLike {
  applicable: number;
  fullyCompliant: number;
  percent: number;
  band?: AssuranceBand | null;
}

/**
 * The overall rating of an assessment in words: the EPRR band with the share of
 * applicable standards fully compliant ("Substantial: 91% fully compliant"); for a
 * framework without bands (the DSPT/CAF), the share fully met alone.
 */
export function overallWords(band: BandLike, kind: AssuranceFrameworkKind): string {
  if (band.applicable === 0) return 'No applicable requirements';
  const met = kind === 'EPRR_CORE_STANDARDS' ? 'fully compliant' : 'achieved';
  const share = `${band.percent}% ${met} (${band.fullyCompliant} of ${band.applicable})`;
  return band.band ? `${BAND[band.band].words}: ${share}` : share;
}

export const bandWords = (band: AssuranceBand | null | undefined): string => (band ? BAND[band].words : 'No band');
export const bandColour = (band: AssuranceBand | null | undefined, percent?: number): TagColour => {
  if (band) return BAND[band].colour;
  if (percent === undefined) return 'grey';
  return percent === 100 ? 'green' : 'white';
};

const STATUS: Record<AssessmentStatus, { words: string; colour: TagColour }> = {
  DRAFT: { words: 'Draft', colour: 'grey' },
  SUBMITTED: { words: 'Submitted to the ICB', colour: 'yellow' },
  CONFIRMED: { words: 'Confirmed by the ICB', colour: 'blue' },
  PUBLISHED: { words: 'Published', colour: 'green' },
};
export const statusWords = (status: AssessmentStatus): string => STATUS[status].words;
export const statusColour = (status: AssessmentStatus): TagColour => STATUS[status].colour;

/** An action raised from a gap: its assignment status in plain case ("In progress"). */
export function actionStatusWords(status: string): string {
  const plain = status.toLowerCase().replace(/_/g, ' ');
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}
