/** The audit screen's filter form: what the person typed, and the API filter it means. */
export interface AuditFilterForm {
  action: string;
  entityType: string;
  entityId: string;
  from: string;
  to: string;
}

export const EMPTY_FILTER: AuditFilterForm = { action: '', entityType: '', entityId: '', from: '', to: '' };

export interface AuditFilterInput {
  organisationId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

/**
 * Empty fields are left out; dates (YYYY-MM-DD, as a date input gives them) are whole days
 * in UK time: `from` at the start of its day, `to` at the end of its day.
 */
export function toFilter(form: AuditFilterForm, organisationId: string | null): AuditFilterInput {
  const filter: AuditFilterInput = {};
  if (organisationId) filter.organisationId = organisationId;
  if (form.action.trim()) filter.action = form.action.trim();
  if (form.entityType.trim()) filter.entityType = form.entityType.trim();
  if (form.entityId.trim()) filter.entityId = form.entityId.trim();
  if (form.from) filter.from = londonMidnight(form.from).toISOString();
  if (form.to) filter.to = new Date(londonMidnight(form.to).getTime() + 86_400_000).toISOString();
  return filter;
}

/** Midnight in London on a YYYY-MM-DD day, as an instant (GMT or BST, whichever applies that day). */
export function londonMidnight(day: string): Date {
  const utc = new Date(`${day}T00:00:00Z`);
  const hourInLondon = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' }).format(utc),
  );
  return new Date(utc.getTime() - hourInLondon * 3_600_000);
}

export function validateFilter(form: AuditFilterForm): { field: string; message: string }[] {
  if (form.from && form.to && form.from > form.to) {
    return [{ field: 'audit-to', message: 'The end date must be the same as or after the start date' }];
  }
  return [];
}
