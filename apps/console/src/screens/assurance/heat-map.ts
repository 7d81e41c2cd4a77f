import type { AssessmentStatus, AssuranceFrameworkKind } from '../../generated/graphql';
import type { BandLike, TagColour } from './assurance-words';

/** One organisation × one top-level section: its applicable requirements counted by rating. */
export interface CellCounts {
  sectionReference: string;
  full: number;
  partial: number;
  none: number;
  unrated: number;
}

/**
 * What a cell shows: the worst rating present decides, an unrated requirement keeps it from
 * "all met"; an organisation with no assessment of the framework shows "not started".
 */
export type CellCategory = 'NOT_STARTED' | 'NOT_MET' | 'PARTIAL' | 'UNRATED' | 'MET' | 'NOT_APPLICABLE';

export function cellCategory(cell: CellCounts): CellCategory {
  if (cell.none > 0) return 'NOT_MET';
  if (cell.partial > 0) return 'PARTIAL';
  if (cell.unrated > 0) return 'UNRATED';
  if (cell.full > 0) return 'MET';
  return 'NOT_APPLICABLE';
}

const CATEGORY: Record<CellCategory, { eprr: string; caf: string; colour: TagColour }> = {
  NOT_STARTED: { eprr: 'Not started', caf: 'Not started', colour: 'orange' },
  NOT_MET: { eprr: 'Non-compliant', caf: 'Not achieved', colour: 'red' },
  PARTIAL: { eprr: 'Partially compliant', caf: 'Partially achieved', colour: 'yellow' },
  UNRATED: { eprr: 'Not rated yet', caf: 'Not rated yet', colour: 'grey' },
  MET: { eprr: 'Fully compliant', caf: 'Achieved', colour: 'green' },
  NOT_APPLICABLE: { eprr: 'Not applicable', caf: 'Not applicable', colour: 'white' },
};

/** Worst first: the order of the legend. */
export const CATEGORIES: CellCategory[] = ['NOT_STARTED', 'NOT_MET', 'PARTIAL', 'UNRATED', 'MET', 'NOT_APPLICABLE'];

export const categoryWords = (category: CellCategory, kind: AssuranceFrameworkKind): string =>
  kind === 'EPRR_CORE_STANDARDS' ? CATEGORY[category].eprr : CATEGORY[category].caf;
export const categoryColour = (category: CellCategory): TagColour => CATEGORY[category].colour;

/** What the legend says each category means. */
export function categoryMeaning(category: CellCategory, kind: AssuranceFrameworkKind): string {
  const eprr = kind === 'EPRR_CORE_STANDARDS';
  switch (category) {
    case 'NOT_STARTED':
      return 'The framework applies to the organisation, but it has not started an assessment of this version.';
    case 'NOT_MET':
      return `At least one requirement ${eprr ? 'is non-compliant' : 'is not achieved'}.`;
    case 'PARTIAL':
      return `At least one requirement ${eprr ? 'is partially compliant' : 'is partially achieved'}, none worse.`;
    case 'UNRATED':
      return 'No requirement falls short so far, but some are not rated yet.';
    case 'MET':
      return `Every applicable requirement ${eprr ? 'is fully compliant' : 'is achieved'}.`;
    case 'NOT_APPLICABLE':
      return 'No requirement of the section applies to the organisation.';
  }
}

/** The figure in a cell: how many of its applicable requirements are fully met, and what falls short. */
export function cellFigure(cell: CellCounts): string {
  const total = cell.full + cell.partial + cell.none + cell.unrated;
  if (total === 0) return '–';
  const parts = [`${cell.full} of ${total} fully met`];
  if (cell.partial) parts.push(`${cell.partial} partially`);
  if (cell.none) parts.push(`${cell.none} not met`);
  if (cell.unrated) parts.push(`${cell.unrated} not rated`);
  return parts.join(', ');
}

export interface HeatMapInput {
  sections: { reference: string; name: string; deepDive: boolean }[];
  organisations: {
    /** False: the framework applies to the organisation, which has no assessment of it (no assessment, status, band or cells). */
    started: boolean;
    assessmentId: string | null;
    organisationId: string;
    organisationName: string;
    period: string | null;
    status: AssessmentStatus | null;
    band: BandLike | null;
    previousBand?: { percent: number } | null;
    previousPeriod?: string | null;
    cells: CellCounts[];
  }[];
}

export type HeatMapRow = Omit<HeatMapInput['organisations'][number], 'cells'> & {
  cells: { counts: CellCounts; category: CellCategory }[];
};

/** Not started first, then the lowest share fully met; by name within each. */
const rank = (o: HeatMapInput['organisations'][number]): number => (o.started && o.band ? o.band.percent : -1);

/**
 * Organisations down (those not started first, then the lowest share fully met, then by
 * name), the framework's top-level sections across in file order; a section an organisation
 * has no cell for is not applicable to it, and every cell of one not started says so.
 */
export function buildHeatMap(input: HeatMapInput): { sections: HeatMapInput['sections']; rows: HeatMapRow[] } {
  const rows = [...input.organisations]
    .sort((a, b) => rank(a) - rank(b) || a.organisationName.localeCompare(b.organisationName))
    .map((o) => {
      const byRef = new Map(o.cells.map((c) => [c.sectionReference, c]));
      return {
        ...o,
        cells: input.sections.map((s) => {
          const counts = byRef.get(s.reference) ?? {
            sectionReference: s.reference,
            full: 0,
            partial: 0,
            none: 0,
            unrated: 0,
          };
          return { counts, category: o.started ? cellCategory(counts) : ('NOT_STARTED' as const) };
        }),
      };
    });
  return { sections: input.sections, rows };
}

/** The organisations that have not started an assessment of the framework, by name: whom to chase. */
export function notStarted<T extends { started: boolean; organisationName: string }>(organisations: readonly T[]): T[] {
  return organisations.filter((o) => !o.started).sort((a, b) => a.organisationName.localeCompare(b.organisationName));
}

/** Movement since last period in words: "up from 80%", "down from 95%", "no change from 2024-25". */
export function movementWords(row: {
  band: { percent: number } | null;
  previousBand?: { percent: number } | null;
  previousPeriod?: string | null;
}): string {
  if (!row.band) return 'No assessment of this framework yet';
  if (!row.previousBand) return 'First assessment';
  const from = `${row.previousBand.percent}% in ${row.previousPeriod ?? 'the previous period'}`;
  if (row.band.percent > row.previousBand.percent) return `Up from ${from}`;
  if (row.band.percent < row.previousBand.percent) return `Down from ${from}`;
  return `No change from ${from}`;
}
