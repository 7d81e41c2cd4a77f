import { BenchReport, format, spread, TableRow } from './framework';

/** A row of issue 20's table: what it measures, against what, its goal, and the bench that supplies it. */
export interface TableRowSpec {
  id: string;
  title: string;
  goal: string;
  bench: string;
}

/**
 * The benchmark table of issue 20. Each row is supplied by one bench, which records it with
 * `ctx.row({ id, ... })`; a row whose bench did not run shows as "not run". A bench of a
 * single row that ran but recorded none has it derived from its last measurement with a
 * baseline and from all its targets (marked "derived").
 */
export const TABLE_ROWS: TableRowSpec[] = [
  {
    id: '1',
    title: '{ __typename } through the full stack vs a bare Apollo Server',
    goal: '≥ 0.8×',
    bench: 'typename',
  },
  {
    id: '2',
    title: 'incident(id) nested vs node:http + pg, same SQL',
    goal: '≥ 0.5×, ≤ 3 statements',
    bench: 'incidents',
  },
  {
    id: '3a',
    title: 'incidents(first: 50) nested vs node:http + pg',
    goal: '≥ 0.35×, ≤ 4 statements, constant in page size',
    bench: 'incidents',
  },
  {
    id: '3b',
    title: 'assignments(first: 100) nested vs node:http + pg',
    goal: '≥ 0.35×, ≤ 4 statements, constant in page size',
    bench: 'assignments',
  },
  {
    id: '4a',
    title: 'systemReadiness vs the raw handler',
    goal: '≥ 0.8×, p50 < 50 ms',
    bench: 'readiness',
  },
  {
    id: '4b',
    title: 'systemMetrics vs the raw handler',
    goal: '≥ 0.8×, p50 < 100 ms',
    bench: 'metrics',
  },
  {
    id: '5a',
    title: 'declareIncident (METHANE), 8 connections vs raw pg',
    goal: '≥ 0.4×, ≥ 500/s, ≤ 6 statements/tx',
    bench: 'incidents',
  },
  {
    id: '5b',
    title: 'activating a 15-step runbook, 8 connections vs raw pg',
    goal: '≥ 0.4×, ≥ 500/s, ≤ 6 statements/tx',
    bench: 'assignments',
  },
  {
    id: '6',
    title: 'audit append, per-organisation chains vs one chain, 8 writers',
    goal: '≥ 2×',
    bench: 'audit-append',
  },
  {
    id: '7',
    title: 'audit verification (verifyAuditChain vs the plain verifier)',
    goal: '≥ 250,000 events/s',
    bench: 'audit-verify',
  },
  {
    id: '8a',
    title: 'incidentChanged to 1,000 graphql-ws subscribers vs raw ws',
    goal: '≥ 0.3× deliveries/s, p99 < 250 ms',
    bench: 'subscriptions',
  },
  {
    id: '8b',
    title: 'incidentChanged through Redis, two API processes',
    goal: '≥ 0.3× deliveries/s, p99 < 250 ms',
    bench: 'subscriptions',
  },
];

/** The row a bench recorded, else one derived from its report, else none (its bench did not run). */
export function rowOf(spec: TableRowSpec, reports: BenchReport[]): { row: TableRow; derived: boolean } | null {
  const own = reports.flatMap((r) => r.rows ?? []).find((r) => r.id === spec.id);
  if (own) return { row: own, derived: false };
  const report = reports.find((r) => r.bench === spec.bench);
  // Derived only for a bench of one row that recorded none (a report written before the table,
  // or a bench not yet stating its row): its last case with a baseline, all its targets.
  if (!report || report.rows?.length || TABLE_ROWS.filter((r) => r.bench === spec.bench).length !== 1) return null;
  const measured = [...report.measurements].reverse().find((m) => m.ratio !== null);
  if (!measured || !report.targets.length) return null;
  return {
    derived: true,
    row: {
      id: spec.id,
      case: measured.case,
      baseline: measured.baseline ?? '',
      ratios: [measured.ratio as number],
      perSecond: measured.perSecond,
      unit: measured.unit,
      p50Ms: null,
      p99Ms: null,
      statements: null,
      validated: '',
      pass: report.targets.every((t) => t.pass),
      targets: report.targets.map((t) => t.description),
      note: measured.note,
    },
  };
}

const ms = (x: number | null) =>
  x === null || !Number.isFinite(x) ? '' : `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;

/** The one table `npm run bench` ends with: every row of issue 20, measured or "not run". */
export function formatTable(reports: BenchReport[]): string {
  const header = ['row', 'case', 'ratio (median, range)', 'per second', 'p50', 'p99', 'SQL', 'goal', 'result'];
  const lines = TABLE_ROWS.map((spec) => {
    const found = rowOf(spec, reports);
    if (!found) {
      const ran = reports.some((r) => r.bench === spec.bench);
      return [spec.id, spec.title, '', '', '', '', '', spec.goal, `${ran ? 'no row from' : 'not run'} (${spec.bench})`];
    }
    const { row, derived } = found;
    const r = spread(row.ratios);
    const ratio = row.ratios.length ? `${r.median.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)}×)` : '';
    return [
      spec.id,
      spec.title,
      ratio,
      row.perSecond === null ? '' : `${format(row.perSecond)} ${row.unit}`,
      ms(row.p50Ms),
      ms(row.p99Ms),
      row.statements === null ? '' : String(row.statements),
      spec.goal,
      `${row.pass ? 'pass' : 'MISS'}${derived ? ' (derived)' : ''}`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const right = new Set([2, 3, 4, 5, 6]);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const notes = TABLE_ROWS.flatMap((spec) => {
    const row = rowOf(spec, reports)?.row;
    return row ? [`${spec.id}: ${row.case} against ${row.baseline}${row.note ? `; ${row.note}` : ''}`] : [];
  });
  return [
    'Issue 20 benchmark table (ratio: the case over its baseline in the same run, per interleaved round after a warm-up)',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...lines.map(line),
    '',
    ...notes,
    '',
  ].join('\n');
}
