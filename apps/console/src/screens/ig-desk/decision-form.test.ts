import { describe, expect, it } from 'vitest';
import {
  againstSuggestion,
  decisionDetails,
  decisionFieldOfError,
  EMPTY_DECISION,
  suggestsReportable,
  validateDecision,
  type DecisionForm,
} from './decision-form';

const filled: DecisionForm = {
  ...EMPTY_DECISION,
  type: 'ICO_ART33',
  outcome: 'REPORTABLE',
  categories: 'health records, contact details',
  approxDataSubjects: '1200',
  approxRecords: '4800',
  likelihood: '4',
  severity: '3',
  rationale: 'Results were exfiltrated',
  legalBasis: 'UK GDPR Art. 33(1)',
  consulted: ['CALDICOTT_GUARDIAN'],
};

const GRADING = { reportableMinLikelihood: 3, reportableMinSeverity: 2, likelihoodLabels: [], severityLabels: [] };

describe('the DSPT suggestion', () => {
  it('suggests reportable from the API’s thresholds upwards', () => {
    expect(suggestsReportable(3, 2, GRADING)).toBe(true);
    expect(suggestsReportable(2, 5, GRADING)).toBe(false);
    expect(suggestsReportable(5, 1, GRADING)).toBe(false);
    expect(suggestsReportable(3, 2, { ...GRADING, reportableMinLikelihood: 4 })).toBe(false);
  });

  it('asks for a reason only when the outcome goes against it', () => {
    expect(againstSuggestion(filled, GRADING)).toBe(false);
    expect(againstSuggestion({ ...filled, outcome: 'NOT_REPORTABLE' }, GRADING)).toBe(true);
    expect(againstSuggestion({ ...filled, outcome: 'DEFERRED_PENDING_FACTS' }, GRADING)).toBe(false);
    expect(validateDecision({ ...filled, outcome: 'NOT_REPORTABLE' }, false, GRADING)).toEqual([
      {
        field: 'decision-againstSuggestionReason',
        message: 'Enter why the decision differs from what the grading suggests',
      },
    ]);
  });
});

describe('validateDecision', () => {
  it('names every missing field, in order', () => {
    expect(validateDecision(EMPTY_DECISION, false, GRADING).map((p) => p.field)).toEqual([
      'decision-type',
      'decision-outcome',
      'decision-categories',
      'decision-approxDataSubjects',
      'decision-approxRecords',
      'decision-likelihood',
      'decision-severity',
      'decision-rationale',
      'decision-legalBasis',
    ]);
  });

  it('needs a review time when deferred and a reason when superseding, not a type', () => {
    const problems = validateDecision({ ...filled, type: '', outcome: 'DEFERRED_PENDING_FACTS' }, true, GRADING);
    expect(problems.map((p) => p.field)).toEqual(['decision-reviewAt', 'decision-supersedeReason']);
    expect(validateDecision(filled, false, GRADING)).toEqual([]);
  });
});

describe('decisionDetails', () => {
  it('maps the form to the API input', () => {
    expect(
      decisionDetails({ ...filled, outcome: 'DEFERRED_PENDING_FACTS', reviewAt: '2026-12-01T09:00' }, GRADING),
    ).toEqual({
      outcome: 'DEFERRED_PENDING_FACTS',
      reviewAt: '2026-12-01T09:00:00.000Z',
      data: {
        categories: ['health records', 'contact details'],
        specialCategory: false,
        childrenOrVulnerable: false,
        approxDataSubjects: 1200,
        approxRecords: 4800,
      },
      likelihood: 4,
      severity: 3,
      againstSuggestionReason: undefined,
      rationale: 'Results were exfiltrated',
      legalBasis: 'UK GDPR Art. 33(1)',
      consulted: ['CALDICOTT_GUARDIAN'],
      consultationNotes: undefined,
    });
  });

  it('maps API error fields to the form', () => {
    expect(decisionFieldOfError({ extensions: { field: 'decision.againstSuggestionReason' } })).toBe(
      'decision-againstSuggestionReason',
    );
    expect(decisionFieldOfError({ extensions: { field: 'decision.data.categories' } })).toBe('decision-categories');
    expect(decisionFieldOfError({ extensions: { field: 'reason' } })).toBe('decision-supersedeReason');
    expect(decisionFieldOfError({ extensions: {} })).toBeUndefined();
  });
});
