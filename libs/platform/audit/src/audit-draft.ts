/** What a change tells the unit of work about itself; the rest is stamped on append. */
export interface AuditDraft {
  /** Dotted verb: `organisation.created`, `runbook.approved`, `auth.login_failed`. */
  action: string;
  /** The organisation acted for / that owns the record; null only for ICS-wide events. */
  organisationId: string | null;
  entityType: string;
  entityId: string | null;
  /** One line a person reads on a timeline or in an inquiry bundle. */
  summary: string;
  /** Before/after of the changed fields, or the input. Never secrets. */
  changes?: Record<string, unknown> | null;
  /** Set when the change concerns an incident: the timeline is a projection of these. */
  incidentId?: string | null;
}

/** Chain that holds events that belong to no organisation (e.g. a failed login of an unknown email). */
export const ICS_CHAIN = 'ics';

/** The previous hash of a chain's first event. */
export const GENESIS_HASH = '0'.repeat(64);
