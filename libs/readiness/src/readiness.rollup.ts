import { INCIDENT_CATEGORIES, IncidentCategory } from '@muster/runbooks';
import { ReadinessStatus } from './readiness.enums';
import { HolderFacts, OrganisationFacts, RunbookFacts, TemplateFacts } from './readiness.facts';
import { assessRunbook, heldDuties, meanScore, missingRunbookGap, RunbookAssessment } from './readiness.rules';

/**
 * Roll-ups, pure like the rules: a category of an organisation scores the mean of its
 * runbooks' scores (0 when an ICS template covers it but the organisation has no runbook);
 * an organisation scores the mean of its categories; the system and each category column
 * the mean of the matrix cells. Categories neither a template nor a runbook covers are not
 * applicable and left out. Means of parts (not pooled criteria) so that one missing
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
export function coveredCategories(templates: readonly TemplateFacts[], runbooks: readonly RunbookFacts[]): IncidentCategory[] {
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
  const context = { now, organisationName: organisation.name, held: heldDuties(input.holders), words };
  const assessed = runbooks.map((r) => assessRunbook(r, context));
  if (words) assessed.sort((a, b) => a.runbook.title.localeCompare(b.runbook.title) || a.runbook.id.localeCompare(b.runbook.id));
  const categories = input.categories ?? coveredCategories(templates, runbooks);
  const byCategory = categories.map((category) => assessCategory(category, assessed, templates, words));
  const missing = byCategory.filter((c) => c.status === ReadinessStatus.NOT_COVERED);
  return {
    organisation,
    runbooks: assessed,
    categories: byCategory,
    score: meanScore(byCategory.map((c) => c.score)),
    gaps: words ? [...missing.flatMap((c) => c.gaps), ...assessed.flatMap((a) => a.gaps)] : [],
    gapCount: missing.length + sum(assessed.map((a) => a.gapCount)),
  };
}

function assessCategory(
  category: IncidentCategory,
  assessed: readonly RunbookAssessment[],
  templates: readonly TemplateFacts[],
  words: boolean,
): CategoryAssessment {
  const inCategory = assessed.filter((a) => a.runbook.categories.includes(category));
  if (inCategory.length === 0) {
    const covering = templates.filter((t) => t.categories.includes(category));
    if (covering.length === 0) {
      return { category, status: ReadinessStatus.NOT_APPLICABLE, score: null, runbookIds: [], gaps: [], gapCount: 0 };
    }
    const gaps = words ? [missingRunbookGap(category, covering)] : [];
    return { category, status: ReadinessStatus.NOT_COVERED, score: 0, runbookIds: [], gaps, gapCount: 1 };
  }
  const gapCount = sum(inCategory.map((a) => a.gapCount));
  return {
    category,
    status: gapCount === 0 ? ReadinessStatus.READY : ReadinessStatus.GAPS,
    score: meanScore(inCategory.map((a) => a.score)),
    runbookIds: inCategory.map((a) => a.runbook.id),
    gaps: words ? inCategory.flatMap((a) => a.gaps) : [],
    gapCount,
  };
}

/** The matrix organisations × categories (`category` narrows it to one column). */
export function assessSystem(
  organisations: readonly OrganisationFacts[],
  runbooks: readonly RunbookFacts[],
  holders: readonly HolderFacts[],
  templates: readonly TemplateFacts[],
  now: Date,
  category?: IncidentCategory,
): SystemAssessment {
  const columns = category ? [category] : coveredCategories(templates, runbooks);
  const runbooksOf = groupBy(runbooks, (r) => r.organisationId);
  const holdersOf = groupBy(holders, (h) => h.organisationId);
  const rows = organisations.map((organisation) =>
    assessOrganisation({
      organisation,
      runbooks: runbooksOf.get(organisation.id) ?? [],
      holders: holdersOf.get(organisation.id) ?? [],
      templates,
      now,
      categories: columns,
      words: false,
    }),
  );
  const cells = rows.flatMap((row) =>
    row.categories.map((c) => ({
      organisationId: row.organisation.id,
      category: c.category,
      status: c.status,
      score: c.score,
      gapCount: c.gapCount,
      runbookCount: c.runbookIds.length,
    })),
  );
  return {
    categories: columns.map((c) => {
      const column = cells.filter((cell) => cell.category === c);
      return { category: c, score: meanScore(column.map((cell) => cell.score)), gapCount: sum(column.map((cell) => cell.gapCount)) };
    }),
    organisations: rows.map((row) => ({ organisation: row.organisation, score: row.score, gapCount: row.gapCount })),
    cells,
    score: meanScore(cells.map((cell) => cell.score)),
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
