/**
 * On-call cover, read from the oncall library's tables (readiness sits below it and reads them
 * by SQL, as it reads exercises). A runbook step naming a command on-call designation
 * (STRATEGIC_ON_CALL, TACTICAL_ON_CALL, OPERATIONAL_ON_CALL) needs that duty on call: where the
 * organisation keeps a rota for the duty, the rota decides, not who holds the designation.
 * A rota covers the duty when someone is on call at every moment of the next
 * ONCALL_HORIZON_DAYS days; otherwise its first uncovered period is the gap, in words
 * ("on Saturday 5 December 02:00–09:00", Europe/London).
 *
 * How: the times a rota has someone are the union of its layers' windows (day by day over the
 * horizon, each from its first handover on; a layer always has a participant) and its
 * overrides; the holes in that union within the horizon are the gaps. Set-based, ~15 windows
 * per layer: no sampling, one branch of the holders statement (no extra statement), every
 * step set-based (a lookup per rota made 600 rotas cost 2.3 s; set-based, a few ms).
 */
export const ONCALL_HORIZON_DAYS = 14;

/** The designations that are on-call duties, and the rota duty of each (`<DUTY>_ON_CALL`). */
export const ONCALL_DESIGNATIONS = ['STRATEGIC_ON_CALL', 'TACTICAL_ON_CALL', 'OPERATIONAL_ON_CALL'] as const;
const DUTIES = `('STRATEGIC', 'TACTICAL', 'OPERATIONAL')`;
const LONDON = `'Europe/London'`;

/**
 * Rows (organisationId, role NULL, function NULL, designation, uncovered): one per primary rota
 * of a command duty; `uncovered` null when covered throughout the horizon, else the first gap
 * in words. Reads the CTEs of onCallCoverCtes.
 */
export function onCallCoverBranch(): string {
  const words = `CASE
      WHEN h.f IS NULL THEN NULL
      WHEN (h.f AT TIME ZONE ${LONDON})::date = ((h.t - interval '1 second') AT TIME ZONE ${LONDON})::date
      THEN 'on ' || to_char(h.f AT TIME ZONE ${LONDON}, 'FMDay FMDD FMMonth HH24:MI') || '–' ||
           to_char(h.t AT TIME ZONE ${LONDON}, 'HH24:MI')
      ELSE 'from ' || to_char(h.f AT TIME ZONE ${LONDON}, 'FMDay FMDD FMMonth HH24:MI') || ' to ' ||
           to_char(h.t AT TIME ZONE ${LONDON}, 'FMDay FMDD FMMonth HH24:MI')
    END`;
  return `
    SELECT rota.organisation_id, NULL::text, NULL::text, rota.duty || '_ON_CALL', ${words}
      FROM rota LEFT JOIN first_hole h ON h.rota_id = rota.id`;
}

/**
 * The CTEs the branch reads: `at`, a SQL expression of the start of the horizon; `organisation`,
 * a condition on `r.organisation_id` (or 'true').
 */
export function onCallCoverCtes(at: string, organisation: string): string {
  return `
    span AS (SELECT ${at} AS s, ${at} + interval '${ONCALL_HORIZON_DAYS} days' AS e),
    rota AS (
      SELECT r.id, r.organisation_id, r.duty FROM oncall_rota r
       WHERE NOT r.deputy AND r.duty IN ${DUTIES} AND ${organisation}
    ),
    cover AS (
      SELECT l.rota_id,
             greatest((d.day + coalesce(l.window_from, time '00:00')) AT TIME ZONE ${LONDON},
                      l.anchor AT TIME ZONE ${LONDON}) AS s,
             (CASE WHEN l.window_from IS NULL THEN d.day + 1 + time '00:00'
                   WHEN l.window_from < l.window_to THEN d.day + l.window_to
                   ELSE d.day + 1 + l.window_to END) AT TIME ZONE ${LONDON} AS e
        FROM oncall_layer l JOIN rota ON rota.id = l.rota_id
        -- Every local day of the horizon and the one before (its night may run into it); constant
        -- bounds, so the planner knows the count (no misestimate lifting the cost past JIT).
        CROSS JOIN LATERAL (SELECT (span.s AT TIME ZONE ${LONDON})::date + n AS day
                              FROM span, generate_series(-1, ${ONCALL_HORIZON_DAYS}) n) d
       WHERE (l.days_mask & (1 << (extract(isodow FROM d.day)::int - 1))) <> 0
      UNION ALL
      SELECT o.rota_id, o.starts_at, o.ends_at
        FROM oncall_override o JOIN rota ON rota.id = o.rota_id CROSS JOIN span
       WHERE o.cancelled_at IS NULL AND o.ends_at > span.s AND o.starts_at < span.e
    ),
    clipped AS (
      SELECT c.rota_id, greatest(c.s, span.s) AS s, least(c.e, span.e) AS e
        FROM cover c CROSS JOIN span WHERE c.e > span.s AND c.s < span.e AND c.e > c.s
    ),
    ordered AS (
      SELECT c.rota_id, c.s,
             max(c.e) OVER (PARTITION BY c.rota_id ORDER BY c.s, c.e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end
        FROM clipped c
    ),
    holes AS (
      SELECT o.rota_id, coalesce(o.prev_end, span.s) AS f, o.s AS t
        FROM ordered o CROSS JOIN span WHERE o.s > coalesce(o.prev_end, span.s)
      UNION ALL
      SELECT rota.id, coalesce(m.e, span.s), span.e
        FROM rota CROSS JOIN span LEFT JOIN (SELECT rota_id, max(e) AS e FROM clipped GROUP BY rota_id) m ON m.rota_id = rota.id
       WHERE coalesce(m.e, span.s) < span.e
    ),
    first_hole AS (SELECT DISTINCT ON (rota_id) rota_id, f, t FROM holes ORDER BY rota_id, f)`;
}
