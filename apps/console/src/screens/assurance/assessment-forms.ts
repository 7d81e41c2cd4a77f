import type { FormProblem } from '../../components/FormErrorSummary';
import type { AssuranceRating } from '../../generated/graphql';
export { problemsOf } from '../../components/api-problems';

export interface RateForm {
  requirementId: string;
  rating: string;
  evidence: string;
  links: string;
  improvement: string;
  /** As typed: day/month/year. */
  targetDate: string;
  /** Name the person rating as the requirement's owner (the API takes a member of the organisation). */
  ownedByMe: boolean;
}

export const EMPTY_RATE: RateForm = {
  requirementId: '',
  rating: '',
  evidence: '',
  links: '',
  improvement: '',
  targetDate: '',
  ownedByMe: false,
};

/** The API's input names → this form's field ids (for the error summary's links). */
export const RATE_FIELDS: Record<string, string> = {
  requirementId: 'rate-requirement',
  rating: 'rate-rating',
  evidence: 'rate-evidence',
  evidenceLinks: 'rate-links',
  improvement: 'rate-improvement',
  targetDate: 'rate-target',
  ownerUserId: 'rate-owner',
};

/** Who owns a requirement, in words. */
export function ownerWords(owner: { displayName: string; active: boolean } | null | undefined): string {
  if (!owner) return 'No owner';
  return owner.active ? owner.displayName : `${owner.displayName} (deactivated)`;
}

const FULLY_MET: string[] = ['FULLY_COMPLIANT', 'ACHIEVED'];
export const isFullyMet = (rating: string): boolean => FULLY_MET.includes(rating);

/** A date typed as 31/3/2026 (or 31-03-2026) as YYYY-MM-DD; null when it is not a real date. */
export function parseUkDate(typed: string): string | null {
  const m = /^(\d{1,2})[/\-. ](\d{1,2})[/\-. ](\d{4})$/.exec(typed.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** YYYY-MM-DD as the form shows it: 31/03/2026. */
export const typedDate = (iso: string | null | undefined): string => (iso ? iso.split('-').reverse().join('/') : '');

export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function validateRate(form: RateForm): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!form.requirementId) problems.push({ field: 'rate-requirement', message: 'Select the requirement to rate' });
  if (!form.rating) problems.push({ field: 'rate-rating', message: 'Select how far the requirement is met' });
  const links = linesOf(form.links);
  if (links.some((l) => !/^https:\/\/\S+$/.test(l)))
    problems.push({ field: 'rate-links', message: 'Each evidence link must start with https://' });
  else if (links.length > 20) problems.push({ field: 'rate-links', message: 'Give at most 20 evidence links' });
  if (form.targetDate.trim() && !parseUkDate(form.targetDate))
    problems.push({ field: 'rate-target', message: 'Target date must be a real date, like 31/03/2026' });
  return problems;
}

/**
 * The mutation's input: the plan of a gap only when the rating falls short; the person
 * rating as owner when they ask to be (`me`: their user id; none for an API key), else the
 * owner is left as it is.
 */
export function rateInput(form: RateForm, assessmentId: string, version: number, me?: string | null) {
  const gap = !isFullyMet(form.rating);
  return {
    assessmentId,
    version,
    requirementId: form.requirementId,
    rating: form.rating as AssuranceRating,
    evidence: form.evidence.trim(),
    evidenceLinks: linesOf(form.links),
    improvement: gap ? form.improvement.trim() : undefined,
    targetDate: gap && form.targetDate.trim() ? (parseUkDate(form.targetDate) ?? undefined) : undefined,
    ownerUserId: form.ownedByMe && me ? me : undefined,
  };
}

export function validateReturn(comment: string): FormProblem[] {
  return comment.trim()
    ? []
    : [{ field: 'return-comment', message: 'Enter what the organisation must change before submitting again' }];
}

export function validateGapAction(form: { gapId: string; function: string; title: string }): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!form.gapId) problems.push({ field: 'gap-action-gap', message: 'Select the gap the action is for' });
  if (!form.function) problems.push({ field: 'gap-action-team', message: 'Select the team that carries it out' });
  const title = form.title.trim();
  if (title && (title.length < 3 || title.length > 200))
    problems.push({ field: 'gap-action-title', message: 'Action must be between 3 and 200 characters' });
  return problems;
}

/** A period as the API takes it: a year (2025) or a financial year (2025-26). */
export function validatePeriod(period: string): FormProblem[] {
  return /^\d{4}(-\d{2})?$/.test(period.trim())
    ? []
    : [{ field: 'start-period', message: 'Enter the period as a year, like 2025, or a financial year, like 2025-26' }];
}
