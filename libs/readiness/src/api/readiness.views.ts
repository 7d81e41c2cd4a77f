import { OrganisationAssessment, SystemAssessment } from '../rules/readiness.rollup';
import { roundScore } from '../rules/readiness.rules';
import { OrganisationReadiness, SystemReadiness } from './readiness.types';

/** Assessments as the API shows them: scores rounded, criteria without their gap lists. */

export function toOrganisationReadiness(a: OrganisationAssessment, evaluatedAt: Date): OrganisationReadiness {
  return {
    organisation: a.organisation,
    evaluatedAt,
    score: roundScore(a.score),
    runbooks: a.runbooks.map(({ runbook, criteria, score, gaps }) => ({
      runbookId: runbook.id,
      title: runbook.title,
      status: runbook.status,
      categories: runbook.categories,
      approvedVersionNumber: runbook.approvedVersion?.number ?? null,
      criteria: criteria.map(({ criterion, status, reason }) => ({ criterion, status, reason })),
      score: roundScore(score),
      gaps,
    })),
    categories: a.categories.map((c) => ({ ...c, score: roundScore(c.score) })),
    gaps: a.gaps,
  };
}

export function toSystemReadiness(a: SystemAssessment, evaluatedAt: Date): SystemReadiness {
  return {
    evaluatedAt,
    score: roundScore(a.score),
    organisations: a.organisations.map(({ organisation, score, gapCount }) => ({
      ...organisation,
      score: roundScore(score),
      gapCount,
    })),
    categories: a.categories.map((c) => ({ ...c, score: roundScore(c.score) })),
    cells: a.cells.map((c) => ({ ...c, score: roundScore(c.score) })),
  };
}
