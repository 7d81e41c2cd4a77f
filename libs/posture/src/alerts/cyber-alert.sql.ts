/** SQL fragments of the cyber alert store. */

/** The alert with its recording SOC's name and the organisations it went to. */
export const ALERT_COLUMNS = `a.id, a.reference, a.title, a.severity, a.summary, a.issued_at AS "issuedAt",
  a.recorded_at AS "recordedAt", a.recorded_by AS "recordedBy", a.recorded_by_organisation_id AS "recordedByOrganisationId",
  s.name AS "recordedByOrganisationName",
  ARRAY(SELECT x.organisation_id::text FROM cyber_alert_response x WHERE x.alert_id = a.id ORDER BY x.organisation_id) AS "organisationIds"
  FROM cyber_alert a JOIN organisation s ON s.id = a.recorded_by_organisation_id`;

/**
 * Whether response `r` is overdue at `now` (an SQL expression): unclosed, and its
 * acknowledgement (high severity) or first update past due. A response stated not
 * applicable owes no update.
 */
export const overdueAt = (now: string) => `coalesce(r.state <> 'CLOSED' AND (
  (r.ack_due_at <= ${now} AND r.acknowledged_at IS NULL)
  OR (r.first_update_due_at <= ${now} AND r.first_update_at IS NULL AND r.applicable IS DISTINCT FROM false)), false)`;

export const RESPONSE_COLUMNS = (now: string) => `r.id, r.alert_id AS "alertId", r.organisation_id AS "organisationId",
  o.name AS "organisationName", r.state, r.received_at AS "receivedAt", r.ack_due_at AS "ackDueAt",
  r.first_update_due_at AS "firstUpdateDueAt", r.acknowledged_at AS "acknowledgedAt", r.acknowledged_by AS "acknowledgedBy",
  r.applicable, r.applicability_words AS "applicabilityWords", r.applicability_stated_at AS "applicabilityStatedAt",
  r.first_update_at AS "firstUpdateAt", r.update_count AS "updateCount", r.closed_at AS "closedAt",
  r.closing_words AS "closingWords", r.overdue_assignment_id AS "overdueAssignmentId", r.version,
  ${overdueAt(now)} AS overdue`;

export const RESPONSE_FROM = `FROM cyber_alert_response r JOIN organisation o ON o.id = r.organisation_id`;
