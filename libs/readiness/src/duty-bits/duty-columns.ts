import { DESIGNATION_SHIFT, dutyBit, dutyOfKey, DutySet, HALF_BITS, NO_DUTIES, union } from './duty-set';

/**
 * How the runbook statement reads the duties of a runbook `r` whose version in force `v`
 * (if any) is joined: its step count and the duties of those steps (of `v`, else of the
 * working copy). Two ways that must give the same rows (README.md):
 * - `bits`, what readiness runs: the summaries the database keeps, one bigint per
 *   version (`required_duty_bits`) and per draft (`runbook_draft_duties`), read as two
 *   28-bit halves and the 7 designation bits;
 * - `steps`, the plain way and its executable specification: the distinct
 *   `role:function` (or designation) of the steps themselves, unpacked from the version's jsonb.
 */
export type DutySource = 'bits' | 'steps';

export interface DutyColumns {
  /** Select-list entries: "stepCount" and either "dutiesLo"/"dutiesHi"/"dutiesDes" or "duties". */
  select: string;
  /** Joins after `runbook_version v`. */
  joins: string;
}

const LOW_HALF = 2 ** HALF_BITS - 1;

export function dutyColumns(source: DutySource): DutyColumns {
  if (source === 'bits') {
    const bits = 'coalesce(v.required_duty_bits, d.duty_bits, 0)';
    return {
      select: `coalesce(v.step_count, d.step_count, 0) AS "stepCount",
               (${bits} & ${LOW_HALF})::int AS "dutiesLo", ((${bits} >> ${HALF_BITS}) & ${LOW_HALF})::int AS "dutiesHi",
               (${bits} >> ${DESIGNATION_SHIFT})::int AS "dutiesDes"`,
      joins: 'LEFT JOIN runbook_draft_duties d ON d.runbook_id = r.id AND r.current_version_id IS NULL',
    };
  }
  return {
    select: `coalesce(jsonb_array_length(v.steps), d.step_count, 0) AS "stepCount", coalesce(vd.duties, d.duties, '{}') AS duties`,
    joins: `LEFT JOIN LATERAL (
              SELECT array_agg(DISTINCT coalesce(e ->> 'designation', (e ->> 'responsibleRole') || ':' || (e ->> 'function'))) AS duties
              FROM jsonb_array_elements(v.steps) e
            ) vd ON true
            LEFT JOIN LATERAL (
              SELECT count(*)::int AS step_count, array_agg(DISTINCT coalesce(s.designation, s.responsible_role || ':' || s.function)) AS duties
              FROM runbook_step s WHERE s.runbook_id = r.id AND r.current_version_id IS NULL
              HAVING count(*) > 0
            ) d ON true`,
  };
}

/** The duty columns of a row, read either way. */
export interface DutyRow {
  dutiesLo?: number;
  dutiesHi?: number;
  dutiesDes?: number;
  /** `role:function` (or the designation) of each duty (the plain way). */
  duties?: string[];
}

export function dutySetOf(row: DutyRow): DutySet {
  if (!row.duties) return { lo: row.dutiesLo ?? 0, hi: row.dutiesHi ?? 0, des: row.dutiesDes ?? 0 };
  return row.duties.map(dutyOfKey).map(dutyBit).reduce(union, NO_DUTIES);
}
