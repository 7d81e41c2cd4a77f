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

/**
 * Chain of the events that belong to no organisation: ICS-wide administration and, for
 * example, a failed login of an unknown email. A fixed name rather than the ICB's id,
 * so the chain never splits if the ICB record is created late or replaced.
 */
export const ICS_CHAIN = 'ics';

/** The previous hash of a chain's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** An organisation's events chain under its id; the rest under `ICS_CHAIN`. */
export function chainIdOf(organisationId: string | null): string {
  return organisationId ?? ICS_CHAIN;
}
