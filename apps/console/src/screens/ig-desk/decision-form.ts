import type { FormProblem } from '../../components/FormErrorSummary';
import type { IgConsultee, IgDecisionDetailsInput, IgDecisionType, IgOutcome } from '../../generated/graphql';
import { londonInputToIso } from './ig-clock';

/**
 * The DSPT grading the API applies (its `dsptGrading`: the configured thresholds and the
 * guidance's labels); the form previews the suggestion with it, and the API stores what it
 * suggested with the decision.
 */
export interface DsptGrading {
  reportableMinLikelihood: number;
  reportableMinSeverity: number;
  likelihoodLabels: readonly string[];
  severityLabels: readonly string[];
}

export function suggestsReportable(likelihood: number, severity: number, grading: DsptGrading): boolean {
  return likelihood >= grading.reportableMinLikelihood && severity >= grading.reportableMinSeverity;
}

export const TYPE_WORDS: Record<IgDecisionType, string> = {
  ICO_ART33: 'Report to the ICO (UK GDPR Article 33)',
  DATA_SUBJECTS_ART34: 'Tell the people affected (UK GDPR Article 34)',
  DSPT_REPORT: 'DSPT incident report',
  NIS_NOTIFICATION: 'NIS notification (NIS Regulations 2018)',
  OTHER: 'Other',
};

export const OUTCOME_WORDS: Record<IgOutcome, string> = {
  REPORTABLE: 'Reportable',
  NOT_REPORTABLE: 'Not reportable',
  DEFERRED_PENDING_FACTS: 'Deferred pending facts',
};

export const CONSULTEE_WORDS: Record<IgConsultee, string> = {
  CALDICOTT_GUARDIAN: 'Caldicott Guardian',
  SIRO: 'Senior Information Risk Owner (SIRO)',
  DPO: 'Data Protection Officer (DPO)',
};

export interface DecisionForm {
  type: IgDecisionType | '';
  outcome: IgOutcome | '';
  reviewAt: string;
  categories: string;
  specialCategory: boolean;
  childrenOrVulnerable: boolean;
  approxDataSubjects: string;
  approxRecords: string;
  likelihood: string;
  severity: string;
  againstSuggestionReason: string;
  rationale: string;
  legalBasis: string;
  consulted: IgConsultee[];
  consultationNotes: string;
  supersedeReason: string;
}

export const EMPTY_DECISION: DecisionForm = {
  type: '',
  outcome: '',
  reviewAt: '',
  categories: '',
  specialCategory: false,
  childrenOrVulnerable: false,
  approxDataSubjects: '',
  approxRecords: '',
  likelihood: '',
  severity: '',
  againstSuggestionReason: '',
  rationale: '',
  legalBasis: '',
  consulted: [],
  consultationNotes: '',
  supersedeReason: '',
};

/** Whether the chosen outcome goes against what the grading suggests (a reason is then needed). */
export function againstSuggestion(form: DecisionForm, grading: DsptGrading): boolean {
  const l = Number(form.likelihood);
  const s = Number(form.severity);
  if (!l || !s || !form.outcome || form.outcome === 'DEFERRED_PENDING_FACTS') return false;
  return (form.outcome === 'REPORTABLE') !== suggestsReportable(l, s, grading);
}

const wholeNumber = (v: string) => /^\d+$/.test(v.trim());

/** The problems with the form, in the order of its fields (the NHS error summary pattern). */
export function validateDecision(form: DecisionForm, superseding: boolean, grading: DsptGrading): FormProblem[] {
  const problems: FormProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (!superseding && !form.type) add('decision-type', 'Select what the decision is about');
  if (!form.outcome) add('decision-outcome', 'Select the decision');
  if (form.outcome === 'DEFERRED_PENDING_FACTS' && !londonInputToIso(form.reviewAt))
    add('decision-reviewAt', 'Enter when to review the decision');
  if (!form.categories.trim()) add('decision-categories', 'Enter the kinds of personal data involved');
  if (!wholeNumber(form.approxDataSubjects))
    add('decision-approxDataSubjects', 'Enter about how many people are affected, as a whole number');
  if (!wholeNumber(form.approxRecords))
    add('decision-approxRecords', 'Enter about how many records, as a whole number');
  if (!form.likelihood) add('decision-likelihood', 'Select the likelihood of harm');
  if (!form.severity) add('decision-severity', 'Select the severity of harm');
  if (againstSuggestion(form, grading) && !form.againstSuggestionReason.trim())
    add('decision-againstSuggestionReason', 'Enter why the decision differs from what the grading suggests');
  if (!form.rationale.trim()) add('decision-rationale', 'Enter the reasons for the decision');
  if (!form.legalBasis.trim()) add('decision-legalBasis', 'Enter the legal basis relied on');
  if (superseding && !form.supersedeReason.trim())
    add('decision-supersedeReason', 'Enter why the earlier decision no longer stands');
  return problems;
}

/** The form as the API's decision details (call only once it validates). */
export function decisionDetails(form: DecisionForm, grading: DsptGrading): IgDecisionDetailsInput {
  return {
    outcome: form.outcome as IgOutcome,
    reviewAt: form.outcome === 'DEFERRED_PENDING_FACTS' ? londonInputToIso(form.reviewAt) : undefined,
    data: {
      categories: form.categories
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
      specialCategory: form.specialCategory,
      childrenOrVulnerable: form.childrenOrVulnerable,
      approxDataSubjects: Number(form.approxDataSubjects.trim()),
      approxRecords: Number(form.approxRecords.trim()),
    },
    likelihood: Number(form.likelihood),
    severity: Number(form.severity),
    againstSuggestionReason: againstSuggestion(form, grading) ? form.againstSuggestionReason.trim() : undefined,
    rationale: form.rationale.trim(),
    legalBasis: form.legalBasis.trim(),
    consulted: form.consulted,
    consultationNotes: form.consultationNotes.trim() || undefined,
  };
}

/** An API error's field (decision.rationale, reason…) as the form's field id. */
export function decisionFieldOfError(error: { extensions?: Record<string, unknown> }): string | undefined {
  const ext = error.extensions ?? {};
  const field = typeof ext.field === 'string' ? ext.field : '';
  const name = field.replace(/^input\./, '').replace(/^decision\.(data\.)?/, '');
  const known: Record<string, string> = {
    reason: 'decision-supersedeReason',
    categories: 'decision-categories',
  };
  if (known[name]) return known[name];
  return Object.keys(EMPTY_DECISION).includes(name) ? `decision-${name}` : undefined;
}
