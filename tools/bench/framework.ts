import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client, QueryResultRow } from 'pg';
import { runMigrations } from '@muster/platform-database';
import { MIGRATIONS } from '@muster/migrations';

/**
 * A small benchmark harness. A bench measures cases (operations over wall time) and
 * states each against a baseline measured in the same run — so a busy or slow machine
 * moves both and the ratio stays meaningful — plus targets that pass or fail.
 */
export interface Bench {
  name: string;
  description: string;
  /**
   * Options of a tiny run (seconds, not minutes) that still takes every path and checks every
   * answer: what `benches-tiny.spec.ts` runs in `npm test` so no bench rots. Absent: the
   * bench's own defaults, which then must already be tiny.
   */
  tiny?: Record<string, string>;
  run(ctx: BenchContext): Promise<void>;
}

export interface Measurement {
  case: string;
  operations: number;
  unit: string;
  seconds: number;
  perSecond: number;
  /** The case this one is compared with, and this case's throughput over that one's. */
  baseline: string | null;
  ratio: number | null;
  note: string | null;
}

export interface Target {
  description: string;
  actual: number;
  required: number;
  unit: string;
  pass: boolean;
}

/**
 * One row of the benchmark table (`table.ts` lists the rows of issue 20 and their goals): a
 * case against its baseline measured in the same run, interleaved A B A B after a discarded
 * warm-up, with the ratio of every round kept so the table shows their median and range.
 */
export interface TableRow {
  /** The table's row: '1', '2', '3a', '3b', '4a', '4b', '5a', '5b', '6', '7', '8a', '8b' (see TABLE_ROWS). */
  id: string;
  case: string;
  baseline: string;
  /** This case over its baseline, one per measured round (the warm-up discarded). */
  ratios: number[];
  /** This case's throughput, in `unit` per second. */
  perSecond: number | null;
  unit: string;
  p50Ms: number | null;
  p99Ms: number | null;
  /** SQL statements per request (or per transaction, as `note` says); null where it does not apply. */
  statements: number | null;
  /** How every response was checked, so a fast failure never counts. */
  validated: string;
  /** Every target of this row passed (the targets named when the row was recorded). */
  pass: boolean;
  /** The targets that decided `pass`, by description. */
  targets: string[];
  note: string | null;
}

export interface BenchReport {
  bench: string;
  description: string;
  startedAt: string;
  seconds: number;
  options: Record<string, string | number | boolean>;
  environment: Record<string, string | number>;
  measurements: Measurement[];
  targets: Target[];
  /** The rows of the benchmark table this bench measured (absent in reports written before the table). */
  rows?: TableRow[];
  /** What the bench checked of the answers it measured (`ctx.validated`). */
  validations?: string[];
}

/** A row as a bench states it; `pass` comes from the named targets, recorded before it. */
export type RowInput = Omit<TableRow, 'pass' | 'note' | 'unit'> & { note?: string; unit?: string };

/** A PostgreSQL server where a bench may create and drop its own database. */
export const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export class BenchContext {
  readonly measurements: Measurement[] = [];
  readonly targets: Target[] = [];
  readonly options: Record<string, string | number | boolean> = {};
  readonly environment: Record<string, string | number> = {};
  readonly rows: TableRow[] = [];
  readonly validations: string[] = [];
  private readonly cleanups: (() => Promise<void>)[] = [];

  constructor(
    readonly bench: string,
    private readonly args: Record<string, string | boolean>,
    readonly serverUrl: string,
  ) {}

  /** A numeric option (`--name N`), recorded in the report. */
  number(name: string, fallback: number): number {
    const raw = this.args[name];
    const value = typeof raw === 'string' ? Number(raw.replace(/_/g, '')) : fallback;
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
    this.options[name] = value;
    return value;
  }

  log(line: string): void {
    process.stderr.write(`[${this.bench}] ${line}\n`);
  }

  /**
   * Times `work` (which performs `operations` operations) and records the case. With a
   * `baseline` case name, the ratio to that case's throughput is recorded as well.
   */
  async measure(
    name: string,
    operations: number,
    unit: string,
    work: () => Promise<void>,
    opts: { baseline?: string; note?: string } = {},
  ): Promise<Measurement> {
    const started = process.hrtime.bigint();
    await work();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return this.record({ case: name, operations, unit, seconds, baseline: opts.baseline, note: opts.note });
  }

  /** Records a case measured elsewhere (best of several rounds, say). */
  record(m: {
    case: string;
    operations: number;
    unit: string;
    seconds: number;
    baseline?: string;
    note?: string;
  }): Measurement {
    const perSecond = m.operations / m.seconds;
    const base = m.baseline ? this.measurements.find((x) => x.case === m.baseline) : undefined;
    if (m.baseline && !base) throw new Error(`baseline "${m.baseline}" must be measured before "${m.case}"`);
    const measurement: Measurement = {
      case: m.case,
      operations: m.operations,
      unit: m.unit,
      seconds: m.seconds,
      perSecond,
      baseline: base?.case ?? null,
      ratio: base ? perSecond / base.perSecond : null,
      note: m.note ?? null,
    };
    this.measurements.push(measurement);
    this.log(
      `${m.case}: ${format(perSecond)} ${m.unit}/s${base ? ` (${measurement.ratio?.toFixed(2)}× ${base.case})` : ''}`,
    );
    return measurement;
  }

  target(description: string, actual: number, required: number, unit: string): void {
    this.targets.push({ description, actual, required, unit, pass: actual >= required });
  }

  /** Records what was checked of the answers measured (each bench throws when a check fails). */
  validated(what: string): void {
    if (!this.validations.includes(what)) this.validations.push(what);
  }

  /** A row of the benchmark table; it passes when every target it names (recorded before) passed. */
  row(input: RowInput): TableRow {
    const targets = input.targets.map((description) => {
      const target = this.targets.find((t) => t.description === description);
      if (!target) throw new Error(`row ${input.id}: no target "${description}" recorded`);
      return target;
    });
    const row: TableRow = {
      ...input,
      unit: input.unit ?? 'requests',
      note: input.note ?? null,
      pass: targets.every((t) => t.pass),
    };
    this.rows.push(row);
    this.validated(input.validated);
    return row;
  }

  /**
   * A freshly migrated database of this bench's own on the server, dropped at the end: a copy
   * of a template migrated once per process (`dropBenchTemplate` drops it when all are done).
   */
  async database(suffix = ''): Promise<string> {
    const name = `muster_bench_${process.pid}_${this.bench.replace(/\W/g, '_')}${suffix ? `_${suffix}` : ''}`;
    const template = await migratedTemplate(this.serverUrl);
    await adminQuery(this.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminQuery(this.serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
    this.cleanups.push(async () => {
      await adminQuery(this.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });
    return withDatabase(this.serverUrl, name);
  }

  onCleanup(cleanup: () => Promise<void>): void {
    this.cleanups.push(cleanup);
  }

  async cleanup(): Promise<void> {
    for (const cleanup of this.cleanups.reverse())
      await cleanup().catch((e: Error) => this.log(`cleanup failed: ${e.message}`));
  }
}

const templates = new Map<string, Promise<string>>();

/** This process's migrated template database on the server, created on first use. */
function migratedTemplate(serverUrl: string): Promise<string> {
  let template = templates.get(serverUrl);
  if (!template) {
    const name = `muster_bench_${process.pid}_template`;
    template = (async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
      await runMigrations(withDatabase(serverUrl, name), MIGRATIONS);
      return name;
    })();
    templates.set(serverUrl, template);
    template.catch(() => templates.delete(serverUrl));
  }
  return template;
}

/** Drops the template databases this process migrated (call when every bench has run). */
export async function dropBenchTemplates(): Promise<void> {
  for (const [serverUrl, template] of templates) {
    const name = await template.catch(() => null);
    if (name) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  templates.clear();
}

export async function runBench(
  bench: Bench,
  args: Record<string, string | boolean>,
  serverUrl: string,
  resultsDir: string,
): Promise<BenchReport> {
  const ctx = new BenchContext(bench.name, args, serverUrl);
  const startedAt = new Date();
  ctx.environment.node = process.version;
  ctx.environment.cpus = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`;
  ctx.environment.memoryGb = Math.round(totalmem() / 2 ** 30);
  ctx.environment.postgres = await adminQuery<{ server_version: string }>(serverUrl, 'SHOW server_version').then(
    (r) => r.rows[0].server_version,
  );
  try {
    await bench.run(ctx);
  } finally {
    await ctx.cleanup();
  }
  const report: BenchReport = {
    bench: bench.name,
    description: bench.description,
    startedAt: startedAt.toISOString(),
    seconds: (Date.now() - startedAt.getTime()) / 1000,
    options: ctx.options,
    environment: ctx.environment,
    measurements: ctx.measurements,
    targets: ctx.targets,
    rows: ctx.rows,
    validations: ctx.validations,
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${bench.name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

/** The reports as one table of cases and one list of targets. */
export function formatReports(reports: BenchReport[]): string {
  const header = ['bench', 'case', 'operations', 'seconds', 'per second', 'ratio', 'baseline'];
  const rows = reports.flatMap((r) =>
    r.measurements.map((m) => [
      r.bench,
      m.case,
      `${format(m.operations)} ${m.unit}`,
      m.seconds.toFixed(2),
      format(m.perSecond),
      m.ratio === null ? '' : `${m.ratio.toFixed(2)}×`,
      m.baseline ?? '',
    ]),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i >= 2 && i <= 5 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  const targets = reports.flatMap((r) =>
    r.targets.map(
      (t) =>
        `${t.pass ? 'PASS' : 'FAIL'}  ${r.bench}: ${t.description}: ${format(t.actual)}${t.unit} (need ≥ ${format(t.required)}${t.unit})`,
    ),
  );
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '', ...targets, ''].join('\n');
}

/** Median, minimum and maximum of some numbers (NaN for none). */
export function spread(xs: number[]): { median: number; min: number; max: number } {
  if (!xs.length) return { median: NaN, min: NaN, max: NaN };
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** The p-quantile (0–1) of some numbers, by the nearest rank. */
export function quantile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function format(n: number): string {
  if (Number.isInteger(n) || Math.abs(n) >= 100) return Math.round(n).toLocaleString('en-GB');
  return n.toFixed(2);
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery<R extends QueryResultRow = Record<string, unknown>>(serverUrl: string, sql: string) {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await client.query<R>(sql);
  } finally {
    await client.end();
  }
}
