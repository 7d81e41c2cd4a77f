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
 * per layer: no sampling, one branch of the holders statement (no extra statement).
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
  return `
    SELECT rota.organisation_id, NULL::text, NULL::text, rota.duty || '_ON_CALL',
           (SELECT CASE
                     WHEN (h.f AT TIME ZONE ${LONDON})::date = ((h.t - interval '1 second') AT TIME ZONE ${LONDON})::date
                     THEN 'on ' || to_char(h.f AT TIME ZONE ${LONDON}, 'FMDay FMDD FMMonth HH24:MI') || '–' ||
                          to_char(h.t AT TIME ZONE ${LONDON}, 'HH24:MI')
                     ELSE 'from ' || to_char(h.f AT TIME ZONE ${LONDON}, 'FMDay FMDD FMMonth HH24:MI') || ' to ' ||
                          to_char(h.t AT TIME ZONE ${LONDON}, 'FMDay FMDD FMMonth HH24:MI')
                   END
              FROM (
                SELECT coalesce(o.prev_end, span.s) AS f, o.s AS t FROM ordered o, span
                 WHERE o.rota_id = rota.id AND o.s > coalesce(o.prev_end, span.s)
                UNION ALL
                SELECT coalesce(max(c.e), span.s), span.e FROM span LEFT JOIN clipped c ON c.rota_id = rota.id
                 GROUP BY span.s, span.e HAVING coalesce(max(c.e), span.s) < span.e
              ) h ORDER BY h.f LIMIT 1)
      FROM rota`;
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
             greatest((d.day::date + coalesce(l.window_from, time '00:00')) AT TIME ZONE ${LONDON},
                      l.anchor AT TIME ZONE ${LONDON}) AS s,
             (CASE WHEN l.window_from IS NULL THEN d.day::date + 1 + time '00:00'
                   WHEN l.window_from < l.window_to THEN d.day::date + l.window_to
                   ELSE d.day::date + 1 + l.window_to END) AT TIME ZONE ${LONDON} AS e
        FROM oncall_layer l JOIN rota ON rota.id = l.rota_id CROSS JOIN span
        CROSS JOIN LATERAL generate_series((span.s AT TIME ZONE ${LONDON})::date - 1,
                                           (span.e AT TIME ZONE ${LONDON})::date, interval '1 day') d(day)
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
    )`;
}
