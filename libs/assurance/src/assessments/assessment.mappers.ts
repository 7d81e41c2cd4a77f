import { AssuranceRating, isFullyMet } from './assessment-enums';
import { AssessmentRow, RatingRow } from './assessment.store';
import { Assessment, AssessmentRating } from './assessment.types';

export function toAssessment(row: AssessmentRow): Assessment {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    frameworkId: row.frameworkId,
    frameworkName: row.frameworkName,
    frameworkVersion: row.frameworkVersion,
    frameworkKind: row.frameworkKind,
    period: row.period,
    status: row.status,
    previousAssessmentId: row.previousAssessmentId,
    returnComment: row.returnComment,
    submittedAt: row.submittedAt,
    confirmedAt: row.confirmedAt,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

export function toRating(row: RatingRow): AssessmentRating {
  return {
    id: row.id,
    requirementId: row.requirementId,
    reference: row.reference,
    title: row.title,
    sectionReference: row.sectionReference,
    parentReference: row.parentReference,
    deepDive: row.deepDive,
    rating: row.rating,
    evidence: row.evidence,
    evidenceLinks: row.evidenceLinks,
    ownerUserId: row.ownerUserId,
    isGap: row.rating !== null && !isFullyMet(row.rating),
    improvement: row.improvement,
    targetDate: row.targetDate,
    ratedAt: row.ratedAt,
  };
}

/** For the CAF roll-up: the outcome's principle and objective. */
export function toCafOutcome(r: AssessmentRating): {
  principle: string;
  objective: string;
  rating: 'ACHIEVED' | 'PARTIALLY_ACHIEVED' | 'NOT_ACHIEVED' | null;
} {
  const rating =
    r.rating === AssuranceRating.ACHIEVED ||
    r.rating === AssuranceRating.PARTIALLY_ACHIEVED ||
    r.rating === AssuranceRating.NOT_ACHIEVED
      ? r.rating
      : null;
  return { principle: r.sectionReference, objective: r.parentReference ?? r.sectionReference, rating };
}
