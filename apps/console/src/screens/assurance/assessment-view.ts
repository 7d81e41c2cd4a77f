import type {
  AssessmentStatus,
  AssuranceFrameworkKind,
  AssuranceRating,
  OrganisationKind,
  Role,
} from '../../generated/graphql';

export interface RatingRow {
  id: string;
  requirementId: string;
  reference: string;
  title: string;
  sectionReference: string;
  parentReference?: string | null;
  deepDive: boolean;
  rating?: AssuranceRating | null;
  isGap: boolean;
  improvement: string;
  targetDate?: string | null;
  action?: { id: string; status: string; title: string } | null;
}

export interface SectionName {
  reference: string;
  name: string;
  sections?: SectionName[] | null;
}

export interface Domain<R extends RatingRow> {
  reference: string;
  name: string;
  ratings: R[];
}

/**
 * The requirements grouped by domain (an EPRR domain, a CAF objective: the top-level
 * section), in framework order, each named from the framework's sections.
 */
export function groupByDomain<R extends RatingRow>(
  ratings: readonly R[],
  sections: readonly SectionName[],
): Domain<R>[] {
  const names = new Map(sections.map((s) => [s.reference, s.name]));
  const domains: Domain<R>[] = [];
  for (const r of ratings) {
    const reference = r.parentReference ?? r.sectionReference;
    let domain = domains.find((d) => d.reference === reference);
    if (!domain) {
      domain = { reference, name: names.get(reference) ?? reference, ratings: [] };
      domains.push(domain);
    }
    domain.ratings.push(r);
  }
  return domains;
}

const SEVERITY: Partial<Record<AssuranceRating, number>> = {
  NON_COMPLIANT: 0,
  NOT_ACHIEVED: 0,
  PARTIALLY_COMPLIANT: 1,
  PARTIALLY_ACHIEVED: 1,
};

const severity = (r: RatingRow): number => (r.rating ? (SEVERITY[r.rating] ?? 2) : 3);

/** The gaps (rated, not fully met): the worst first, then in framework order. */
export function gapsOf<R extends RatingRow>(ratings: readonly R[]): R[] {
  return ratings
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.isGap && r.rating)
    .sort((a, b) => severity(a.r) - severity(b.r) || a.i - b.i)
    .map(({ r }) => r);
}

/** A gap in a sentence: its plan and target, or that it has none yet (needed before submitting). */
export function gapPlanWords(gap: Pick<RatingRow, 'improvement' | 'targetDate'>): string {
  const trimmed = gap.improvement.trim();
  const plan = trimmed && !/[.!?]$/.test(trimmed) ? `${trimmed}.` : trimmed;
  if (!plan && !gap.targetDate) return 'No planned improvement or target date yet (both are needed to submit).';
  if (!gap.targetDate) return `${plan} No target date yet.`;
  if (!plan) return `No planned improvement yet; target ${ukDate(gap.targetDate)}.`;
  return `${plan} By ${ukDate(gap.targetDate)}.`;
}

/** YYYY-MM-DD as a UK date in words: 31 March 2026. */
export function ukDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** What still stops a draft being submitted, in a sentence; null when nothing does. */
export function submitBlockers(ratings: readonly RatingRow[]): string | null {
  const unrated = ratings.filter((r) => !r.rating).length;
  const unplanned = ratings.filter((r) => r.isGap && (!r.improvement.trim() || !r.targetDate)).length;
  const parts: string[] = [];
  if (unrated) parts.push(`${unrated} requirement${unrated === 1 ? ' is' : 's are'} not rated yet`);
  if (unplanned)
    parts.push(`${unplanned} gap${unplanned === 1 ? ' has' : 's have'} no planned improvement and target date`);
  return parts.length ? `Before it can be submitted: ${parts.join(', and ')}.` : null;
}

export type AssessmentAction = 'SUBMIT' | 'CONFIRM' | 'RETURN' | 'PUBLISH';

export interface AssessmentFacts {
  status: AssessmentStatus;
  organisationId: string;
  frameworkKind: AssuranceFrameworkKind;
}

/**
 * Whether the person edits this assessment (rates, submits, raises gap actions): its
 * organisation's EPRR lead for EPRR core standards, its IG officer or administrator for
 * the DSPT/CAF and other frameworks. The API decides; this hides what it would refuse.
 */
export function mayEditAssessment(a: AssessmentFacts, acting: { id: string; roles: Role[] }): boolean {
  if (acting.id !== a.organisationId) return false;
  const editors: Role[] = a.frameworkKind === 'EPRR_CORE_STANDARDS' ? ['EPRR_LEAD'] : ['IG_OFFICER', 'ORG_ADMIN'];
  return acting.roles.some((r) => editors.includes(r));
}

/** One of the person's organisations, with its kind and the roles they hold in it. */
export interface HeldOrganisation {
  kind?: OrganisationKind;
  roles: Role[];
}

/**
 * Whether the person confirms and challenges, returns and publishes assessments — the
 * API's rule (AssessmentAccess.assertCanConfirm): an EPRR lead of an ICB, or a system
 * administrator, whichever organisation they act for, and the ICB's own assessment too.
 */
export function mayConfirmAssessment(organisations: readonly HeldOrganisation[]): boolean {
  return organisations.some(
    (o) => o.roles.includes('SYSTEM_ADMIN') || (o.kind === 'ICB' && o.roles.includes('EPRR_LEAD')),
  );
}

/** The workflow buttons the assessment's status and the person's roles allow. */
export function assessmentActions(
  a: AssessmentFacts,
  acting: { id: string; roles: Role[] },
  organisations: readonly HeldOrganisation[],
): AssessmentAction[] {
  const editor = mayEditAssessment(a, acting);
  const confirmer = mayConfirmAssessment(organisations);
  switch (a.status) {
    case 'DRAFT':
      return editor ? ['SUBMIT'] : [];
    case 'SUBMITTED':
      return confirmer ? ['CONFIRM', 'RETURN'] : [];
    case 'CONFIRMED':
      return confirmer ? ['PUBLISH'] : [];
    default:
      return [];
  }
}

export const ACTION_WORDS: Record<AssessmentAction, string> = {
  SUBMIT: 'Submit to the ICB',
  CONFIRM: 'Confirm',
  RETURN: 'Return to draft',
  PUBLISH: 'Publish',
};
