import type { IncidentCategory, ReadinessStatus } from '../../generated/graphql';

export interface MatrixCell {
  organisationId: string;
  category: IncidentCategory;
  status: ReadinessStatus;
  score?: number | null;
  gapCount: number;
}

export interface MatrixInput {
  organisations: { id: string; name: string; gapCount: number; score?: number | null }[];
  categories: { category: IncidentCategory }[];
  cells: MatrixCell[];
}

export interface Matrix {
  /** Columns: the categories that apply to at least one organisation, in the API's order. */
  categories: IncidentCategory[];
  /** Rows: organisations with the most gaps first, then by name; each cell by column. */
  rows: { id: string; name: string; gapCount: number; score: number | null; cells: (MatrixCell | null)[] }[];
}

/** The organisation × category grid: columns nobody is held to are left out, rows needing attention first. */
export function buildMatrix(input: MatrixInput): Matrix {
  const byKey = new Map(input.cells.map((c) => [`${c.organisationId}:${c.category}`, c]));
  const categories = input.categories
    .map((c) => c.category)
    .filter((category) => input.cells.some((c) => c.category === category && c.status !== 'NOT_APPLICABLE'));
  const rows = [...input.organisations]
    .sort((a, b) => b.gapCount - a.gapCount || a.name.localeCompare(b.name))
    .map((o) => ({
      id: o.id,
      name: o.name,
      gapCount: o.gapCount,
      score: o.score ?? null,
      cells: categories.map((category) => byKey.get(`${o.id}:${category}`) ?? null),
    }));
  return { categories, rows };
}
