/** The metric tables the API exports as CSV (GET /reports/<table>.csv), in words. */
export const CSV_TABLES: { table: string; words: string }[] = [
  { table: 'incidents', words: 'Incidents by category, type, level and lead organisation' },
  { table: 'incident-durations', words: 'How long incidents took to declare, contain and stand down' },
  { table: 'assignments', words: 'Actions: open, overdue and done on time, by team and organisation' },
  { table: 'exercise-actions', words: 'Exercise actions' },
  { table: 'exercise-compliance', words: 'Exercise compliance' },
  { table: 'readiness', words: 'Readiness by organisation and category' },
  { table: 'readiness-gaps', words: 'Readiness gaps in words' },
  { table: 'ig', words: 'Information governance decisions and the 72-hour clock' },
  { table: 'ig-late-by-recipient', words: 'Late notifications by recipient' },
  { table: 'eprr-bands', words: 'EPRR core standards assurance bands' },
  { table: 'caf-ratings', words: 'DSPT / CAF ratings' },
  { table: 'soc-posture', words: 'SOC posture' },
  { table: 'on-call', words: 'On call: pages and time to acknowledge' },
  { table: 'trend', words: 'Twelve-month trends' },
];

/** A report's address, for the ICS or one organisation. */
export function reportUrl(
  kind: 'csv' | 'board-html' | 'board-pdf',
  period: string,
  organisationId: string | null,
  table = '',
): string {
  const query = new URLSearchParams({ period });
  if (kind === 'csv') {
    if (organisationId) query.set('organisationId', organisationId);
    return `/reports/${table}.csv?${query.toString()}`;
  }
  const who = organisationId ?? 'ics';
  return `/reports/board-report/${who}.${kind === 'board-pdf' ? 'pdf' : 'html'}?${query.toString()}`;
}

/**
 * Downloads a report with the access token (reports need it like the API does; the token
 * is never put in a URL): fetched, then saved under its own name. Nothing is kept.
 */
export async function download(url: string, token: string, fileName: string): Promise<void> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok)
    throw new Error(
      response.status === 503
        ? 'The report cannot be printed now: try again later.'
        : `The report could not be made (${response.status}).`,
    );
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(href);
}
