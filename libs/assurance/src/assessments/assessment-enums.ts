import { registerEnumType } from '@nestjs/graphql';
import { FrameworkKind } from '../frameworks/framework-kind';

export enum AssessmentStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CONFIRMED = 'CONFIRMED',
  PUBLISHED = 'PUBLISHED',
}

/** A requirement's rating: EPRR standards are compliant or not; CAF outcomes achieved or not. */
export enum AssuranceRating {
  FULLY_COMPLIANT = 'FULLY_COMPLIANT',
  PARTIALLY_COMPLIANT = 'PARTIALLY_COMPLIANT',
  NON_COMPLIANT = 'NON_COMPLIANT',
  ACHIEVED = 'ACHIEVED',
  PARTIALLY_ACHIEVED = 'PARTIALLY_ACHIEVED',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
}

registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  description: 'DRAFT → SUBMITTED → CONFIRMED (confirm and challenge; or returned to DRAFT) → PUBLISHED.',
});
registerEnumType(AssuranceRating, {
  name: 'AssuranceRating',
  description:
    'EPRR core standards: FULLY_COMPLIANT, PARTIALLY_COMPLIANT, NON_COMPLIANT. CAF-aligned DSPT (and others): ACHIEVED, PARTIALLY_ACHIEVED, NOT_ACHIEVED.',
});

const EPRR = [AssuranceRating.FULLY_COMPLIANT, AssuranceRating.PARTIALLY_COMPLIANT, AssuranceRating.NON_COMPLIANT];
const CAF = [AssuranceRating.ACHIEVED, AssuranceRating.PARTIALLY_ACHIEVED, AssuranceRating.NOT_ACHIEVED];

/** The ratings a framework of this kind uses, best first. */
export function ratingsOf(kind: FrameworkKind): AssuranceRating[] {
  return kind === FrameworkKind.EPRR_CORE_STANDARDS ? EPRR : CAF;
}

/** Fully met: no gap. */
export function isFullyMet(rating: AssuranceRating | null): boolean {
  return rating === AssuranceRating.FULLY_COMPLIANT || rating === AssuranceRating.ACHIEVED;
}

/** How severe a gap is: 2 for non-compliant / not achieved, 1 for partial. */
export function gapSeverity(rating: AssuranceRating | null): number {
  return rating === AssuranceRating.NON_COMPLIANT || rating === AssuranceRating.NOT_ACHIEVED ? 2 : 1;
}
