import { IncidentCategory, RunbookStatus } from '@muster/runbooks';
import { RunbookFacts } from '../rules/readiness.facts';
import { ReadinessScope, runbookFactsStatement, SqlStatement } from '../data/readiness.sql';

/**
 * The matrix reads every live runbook of the ICS (10,000 in the benchmark) on each request.
 * Its facts (no labels) come as one text value per organisation, a `;` between runbooks and
 * a `|` between fields: node-postgres takes longer to build 10,000 row objects than
 * PostgreSQL takes to run the query (README.md has the measurements). Every field is an
 * enum or an integer, so separators never occur inside one; NULL is an empty field. The
 * rows it packs are those of `runbookFactsStatement`, and it must read back the same facts.
 */
const MATRIX_FIELDS = [
  'categories',
  'status',
  'versionNumber',
  'stepCount',
  'dutiesLo',
  'dutiesHi',
  'dutiesDes',
  'nextReviewAt',
  'adoptedVersion',
  'templateVersion',
  'ownerGone',
  'lastExercisedAt',
  'lessonsSince',
  'firstApprovedAt',
  'overdueExerciseActions',
] as const;

/** Fields read as times: whole milliseconds, so the reader's integers take them. */
const TIMES: readonly string[] = ['nextReviewAt', 'lastExercisedAt', 'lessonsSince', 'firstApprovedAt'];

export function matrixRunbookFactsStatement(scope: ReadinessScope = {}): SqlStatement {
  const rows = runbookFactsStatement(scope, { labels: false });
  const fields = MATRIX_FIELDS.map((c) => (TIMES.includes(c) ? `floor(x."${c}")::bigint` : `x."${c}"`)).join(', ');
  const format = MATRIX_FIELDS.map(() => '%s').join('|');
  return {
    sql: `SELECT x."organisationId", string_agg(format('${format}', ${fields}), ';') AS runbooks
          FROM (${rows.sql}) x GROUP BY x."organisationId"`,
    params: rows.params,
  };
}

export interface MatrixRunbooksRow {
  organisationId: string;
  runbooks: string;
}

/**
 * The runbook facts of the matrix rows, read field by field from the text without
 * splitting it (no intermediate arrays or strings for the numbers). Values many runbooks
 * share (categories, versions, template versions, review dates) are made once per call.
 */
export function toMatrixRunbookFacts(rows: readonly MatrixRunbooksRow[]): RunbookFacts[] {
  const facts: RunbookFacts[] = [];
  const shared = new SharedFacts();
  for (const { organisationId, runbooks } of rows) {
    const fields = new FieldReader(runbooks);
    while (!fields.done) {
      const categories = shared.categories(fields.text());
      const status = fields.text() as RunbookStatus;
      const version = fields.int();
      const stepCount = fields.int() ?? 0;
      const lo = fields.int() ?? 0;
      const hi = fields.int() ?? 0;
      const des = fields.int() ?? 0;
      const review = fields.int();
      const adopted = fields.int();
      const latest = fields.int();
      const ownerGone = fields.int() === 1;
      const exercisedAt = fields.int();
      const lessonsSince = fields.int();
      const firstApprovedAt = fields.int();
      const overdueActions = fields.int() ?? 0;
      facts.push({
        id: '',
        organisationId,
        title: '',
        categories,
        status,
        approvedVersion: version === null ? null : shared.version(version),
        stepCount,
        requiredDuties: { lo, hi, des },
        nextReviewAt: review === null ? null : shared.date(review),
        template: adopted === null || latest === null ? null : shared.template(adopted, latest),
        exercises: {
          lastExercisedAt: exercisedAt === null ? null : shared.date(exercisedAt),
          firstApprovedAt: firstApprovedAt === null ? null : shared.date(firstApprovedAt),
          lessonsSince: lessonsSince === null ? null : shared.date(lessonsSince),
          overdueActions,
        },
        ownerGone,
      });
    }
  }
  return facts;
}

/** Reads `|`- and `;`-separated fields in order. */
class FieldReader {
  private pos = 0;

  constructor(private readonly value: string) {}

  get done(): boolean {
    return this.pos >= this.value.length;
  }

  /** The next field as text (a field that is never last in its runbook). */
  text(): string {
    const end = this.value.indexOf('|', this.pos);
    const field = this.value.slice(this.pos, end);
    this.pos = end + 1;
    return field;
  }

  /** The next field as an integer; null when empty. */
  int(): number | null {
    const { value } = this;
    let p = this.pos;
    const negative = value.charCodeAt(p) === 45;
    if (negative) p += 1;
    const start = p;
    let n = 0;
    for (let c = value.charCodeAt(p); c >= 48 && c <= 57; c = value.charCodeAt(++p)) n = n * 10 + (c - 48);
    this.pos = p + 1;
    if (p === start) return null;
    return negative ? -n : n;
  }
}

/** One object per distinct value within a call: read-only to the rules. */
class SharedFacts {
  private readonly byCategories = new Map<string, IncidentCategory[]>();
  private readonly versions = new Map<number, RunbookFacts['approvedVersion']>();
  private readonly templates = new Map<number, RunbookFacts['template']>();
  private readonly dates = new Map<number, Date>();

  /** Each category once, as the organisation view counts them (the column does not forbid repeats). */
  categories(text: string): IncidentCategory[] {
    let value = this.byCategories.get(text);
    if (!value) this.byCategories.set(text, (value = [...new Set(text.split(','))] as IncidentCategory[]));
    return value;
  }

  version(number: number): RunbookFacts['approvedVersion'] {
    let value = this.versions.get(number);
    if (!value) this.versions.set(number, (value = { number, approvedAt: null }));
    return value;
  }

  date(time: number): Date {
    let value = this.dates.get(time);
    if (!value) this.dates.set(time, (value = new Date(time)));
    return value;
  }

  template(adoptedVersion: number, latestVersion: number): RunbookFacts['template'] {
    const key = adoptedVersion * 2 ** 20 + latestVersion;
    let value = this.templates.get(key);
    if (!value) this.templates.set(key, (value = { title: '', adoptedVersion, latestVersion }));
    return value;
  }
}
