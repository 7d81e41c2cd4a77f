import { INCIDENT_CATEGORIES, IncidentCategory } from '@muster/runbooks';
import { appliesTo } from '../applicability/category-applicability';
import { ReadinessStatus } from './readiness.enums';
import { HolderFacts, OrganisationFacts, RunbookFacts, TemplateFacts } from './readiness.facts';
import {
  assessRunbook,
  CriteriaTally,
  heldDuties,
  onCallGaps,
  meanScore,
  missingRunbookGap,
  RunbookAssessment,
  staleTemplateGap,
  staleTemplatesOf,
  tallyRunbook,
} from './readiness.rules';

/**
 * Roll-ups, pure like the rules: a category of an organisation scores the mean of its
 * runbooks' scores (0 when an ICS template covers it but the organisation has no runbook);
 * an organisation scores the mean of its categories; the system and each category column
 * the mean of the matrix cells. A category is NOT_APPLICABLE to an organisation, and left
 * out of every score and gap count, when it does not apply to its kind and it has not opted
 * in (applicability/), or when neither a template nor a runbook of it covers it. A runbook
 * never approved beside an approved runbook of the same category is work in progress: it
 * is listed in the category but left out of its score and gaps (worksInProgress). Means of parts (not pooled criteria) so that one missing
 * category weighs as much as one covered category, whatever the number of runbooks.
 */

export interface CategoryAssessment {
  category: IncidentCategory;
  status: ReadinessStatus;
  score: number | null;
  runbookIds: string[];
  gaps: string[];
  gapCount: number;
}

export interface OrganisationAssessment {
  organisation: OrganisationFacts;
  runbooks: RunbookAssessment[];
  categories: CategoryAssessment[];
  score: number | null;
  /** Missing runbooks first, then each runbook's gaps (by title); each gap once. */
  gaps: string[];
  gapCount: number;
}

export interface SystemAssessment {
  categories: { category: IncidentCategory; score: number | null; gapCount: number }[];
  organisations: { organisation: OrganisationFacts; score: number | null; gapCount: number }[];
  cells: {
    organisationId: string;
    category: IncidentCategory;
    status: ReadinessStatus;
    score: number | null;
    gapCount: number;
    runbookCount: number;
  }[];
  score: number | null;
}

/** Categories in their fixed order: those of the templates and runbooks given. */
export function coveredCategories(
  templates: readonly TemplateFacts[],
  runbooks: readonly RunbookFacts[],
): IncidentCategory[] {
  const seen = new Set<IncidentCategory>();
  for (const t of templates) t.categories.forEach((c) => seen.add(c));
  for (const r of runbooks) r.categories.forEach((c) => seen.add(c));
  return INCIDENT_CATEGORIES.filter((c) => seen.has(c));
}

export interface OrganisationInput {
  organisation: OrganisationFacts;
  /** Its live runbooks. */
  runbooks: readonly RunbookFacts[];
  /** Its people's roles (heldDuties). */
  holders: readonly HolderFacts[];
  templates: readonly TemplateFacts[];
  now: Date;
  /** Columns to assess (default: those its runbooks or a template cover). */
  categories?: readonly IncidentCategory[];
  /** Reasons and gaps in words (the organisation view); the matrix only counts them. */
  words: boolean;
}

export function assessOrganisation(input: OrganisationInput): OrganisationAssessment {
  const { organisation, runbooks, templates, now, words } = input;
  const context = {
    now,
    organisationName: organisation.name,
    held: heldDuties(input.holders),
    words,
    onCallGaps: words ? onCallGaps(input.holders) : undefined,
  };
  const assessed = runbooks.map((r) => assessRunbook(r, context));
  if (words)
    assessed.sort((a, b) => a.runbook.title.localeCompare(b.runbook.title) || a.runbook.id.localeCompare(b.runbook.id));
  const categories = input.categories ?? coveredCategories(templates, runbooks);
  const approved = approvedCategories(runbooks);
  const stale = staleTemplatesOf(organisation.id, templates, now);
  const byCategory = categories.map((category) =>
    assessCategory(
      category,
      assessed,
      templates,
      words,
      appliesTo(category, organisation),
      approved,
      organisation,
      stale,
    ),
  );
  const missing = byCategory.filter((c) => c.status === ReadinessStatus.NOT_COVERED);
  // A runbook that counts in no applicable category (only categories that do not apply, or a
  // draft beside approved runbooks) is shown with its criteria, but its gaps are not the organisation's.
  const counted = assessed.filter((a) =>
    a.runbook.categories.some((c) => appliesTo(c, organisation) && countsIn(a.runbook, c, approved)),
  );
  return {
    organisation,
    runbooks: assessed,
    categories: byCategory,
    score: meanScore(byCategory.map((c) => c.score)),
    gaps: words
      ? [
          // A NOT_COVERED category's first gap is its missing runbook; its stale templates follow, listed once below.
          ...missing.flatMap((c) => c.gaps.slice(0, 1)),
          ...stale.map(staleTemplateGap),
          ...counted.flatMap((a) => a.gaps),
        ]
      : [],
    gapCount: missing.length + stale.length + sum(counted.map((a) => a.gapCount)),
  };
}

/** What a category of an organisation adds up to: its runbooks, their gaps, and their scores. */
interface CategoryTally {
  runbooks: number;
  gapCount: number;
  scoreSum: number;
  scored: number;
}

const emptyTally = (): CategoryTally => ({ runbooks: 0, gapCount: 0, scoreSum: 0, scored: 0 });

/** Listed in the category; scored and its gaps counted only when it `counts` (countsIn). */
function addRunbook(tally: CategoryTally, a: Pick<RunbookAssessment, 'score' | 'gapCount'>, counts: boolean): void {
  tally.runbooks += 1;
  if (!counts) return;
  tally.gapCount += a.gapCount;
  if (a.score !== null) {
    tally.scoreSum += a.score;
    tally.scored += 1;
  }
}

/**
 * The one place a category's status and score are decided: NOT_APPLICABLE (no score, no
 * gap) when the category does not apply to the organisation; else the mean of its
 * runbooks' scores; with no runbook, NOT_COVERED (scoring 0, one gap) when an ICS template
 * covers the category, else NOT_APPLICABLE. Each ICS template of the category the
 * organisation keeps that is past its review date adds a gap (GAPS, not READY), not a score.
 */
function categoryVerdict(
  tally: CategoryTally,
  coveredByTemplate: boolean,
  applicable: boolean,
  staleTemplates = 0,
): Pick<CategoryAssessment, 'status' | 'score' | 'gapCount'> {
  if (!applicable) return { status: ReadinessStatus.NOT_APPLICABLE, score: null, gapCount: 0 };
  if (tally.runbooks === 0) {
    return coveredByTemplate
      ? { status: ReadinessStatus.NOT_COVERED, score: 0, gapCount: 1 + staleTemplates }
      : { status: ReadinessStatus.NOT_APPLICABLE, score: null, gapCount: 0 };
  }
  const gapCount = tally.gapCount + staleTemplates;
  return {
    status: gapCount === 0 ? ReadinessStatus.READY : ReadinessStatus.GAPS,
    score: tally.scored === 0 ? null : tally.scoreSum / tally.scored,
    gapCount,
  };
}

/** How many of the stale templates the organisation keeps cover the category. */
const staleIn = (stale: readonly TemplateFacts[], category: IncidentCategory): number =>
  stale.filter((t) => t.categories.includes(category)).length;

/** Categories in which at least one of the runbooks has an approved version in force. */
function approvedCategories(runbooks: readonly RunbookFacts[]): Set<IncidentCategory> {
  const approved = new Set<IncidentCategory>();
  for (const r of runbooks) if (r.approvedVersion) r.categories.forEach((c) => approved.add(c));
  return approved;
}

/**
 * Whether a runbook counts in a category's score and gaps: an approved one always; one never
 * approved (a new draft, one in review) only while no runbook of the category is approved —
 * beside an approved plan it is work in progress and must not pull the category down.
 */
const countsIn = (r: RunbookFacts, category: IncidentCategory, approved: ReadonlySet<IncidentCategory>): boolean =>
  r.approvedVersion !== null || !approved.has(category);

function assessCategory(
  category: IncidentCategory,
  assessed: readonly RunbookAssessment[],
  templates: readonly TemplateFacts[],
  words: boolean,
  applicable: boolean,
  approved: ReadonlySet<IncidentCategory>,
  organisation: OrganisationFacts,
  stale: readonly TemplateFacts[],
): CategoryAssessment {
  const inCategory = assessed.filter((a) => a.runbook.categories.includes(category));
  const tally = emptyTally();
  for (const a of inCategory) addRunbook(tally, a, countsIn(a.runbook, category, approved));
  const covering = templates.filter((t) => t.categories.includes(category));
  const staleHere = stale.filter((t) => t.categories.includes(category));
  const verdict = categoryVerdict(tally, covering.length > 0, applicable, staleHere.length);
  let gaps: string[] = [];
  if (words && applicable)
    gaps = [
      ...(verdict.status === ReadinessStatus.NOT_COVERED
        ? [missingRunbookGap(category, covering, organisation.retiredCategories.includes(category))]
        : inCategory.filter((a) => countsIn(a.runbook, category, approved)).flatMap((a) => a.gaps)),
      ...staleHere.map(staleTemplateGap),
    ];
  return { category, ...verdict, runbookIds: inCategory.map((a) => a.runbook.id), gaps };
}

/**
 * The matrix organisations × categories (`category` narrows it to one column): the same
 * rules and verdicts as `assessOrganisation`, tallied in one pass over each organisation's
 * runbooks without words or lists (10,000 runbooks per request).
 */
export function assessSystem(
  organisations: readonly OrganisationFacts[],
  runbooks: readonly RunbookFacts[],
  holders: readonly HolderFacts[],
  templates: readonly TemplateFacts[],
  now: Date,
  category?: IncidentCategory,
): SystemAssessment {
  const columns = category ? [category] : coveredCategories(templates, runbooks);
  const column = new Map(columns.map((c, i) => [c, i]));
  const covered = columns.map((c) => templates.some((t) => t.categories.includes(c)));
  const runbooksOf = groupBy(runbooks, (r) => r.organisationId);
  const holdersOf = groupBy(holders, (h) => h.organisationId);
  const cells: SystemAssessment['cells'] = [];
  const rows: SystemAssessment['organisations'] = [];
  const columnTotals = columns.map(() => ({ scoreSum: 0, scored: 0, gapCount: 0 }));
  const total = { scoreSum: 0, scored: 0 };
  const runbookTally = new CriteriaTally();
  for (const organisation of organisations) {
    const context = {
      now,
      organisationName: organisation.name,
      held: heldDuties(holdersOf.get(organisation.id) ?? []),
      words: false,
    };
    const tallies = columns.map(emptyTally);
    const own = runbooksOf.get(organisation.id) ?? [];
    const approved = approvedCategories(own);
    const counts = (r: RunbookFacts) => (c: IncidentCategory) => appliesTo(c, organisation) && countsIn(r, c, approved);
    const stale = staleTemplatesOf(organisation.id, templates, now);
    let gapCount = stale.length;
    for (const r of own) {
      const judged = tallyRunbook(r, context, runbookTally);
      if (r.categories.some(counts(r))) gapCount += judged.gapCount;
      for (const c of r.categories) {
        const i = column.get(c);
        if (i !== undefined) addRunbook(tallies[i], judged, countsIn(r, c, approved));
      }
    }
    const scores: (number | null)[] = [];
    tallies.forEach((tally, i) => {
      const staleHere = staleIn(stale, columns[i]);
      const verdict = categoryVerdict(tally, covered[i], appliesTo(columns[i], organisation), staleHere);
      if (verdict.status === ReadinessStatus.NOT_COVERED) gapCount += verdict.gapCount - staleHere;
      cells.push({ organisationId: organisation.id, category: columns[i], ...verdict, runbookCount: tally.runbooks });
      scores.push(verdict.score);
      const totals = columnTotals[i];
      totals.gapCount += verdict.gapCount;
      if (verdict.score !== null) {
        totals.scoreSum += verdict.score;
        totals.scored += 1;
        total.scoreSum += verdict.score;
        total.scored += 1;
      }
    });
    rows.push({ organisation, score: meanScore(scores), gapCount });
  }
  const mean = ({ scoreSum, scored }: { scoreSum: number; scored: number }) =>
    scored === 0 ? null : scoreSum / scored;
  return {
    categories: columns.map((c, i) => ({
      category: c,
      score: mean(columnTotals[i]),
      gapCount: columnTotals[i].gapCount,
    })),
    organisations: rows,
    cells,
    score: mean(total),
  };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
