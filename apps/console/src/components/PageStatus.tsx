import { ErrorSummary } from 'nhsuk-react-components';
import type { ReactNode } from 'react';

/** While a screen's data loads: announced to screen readers, not a spinner. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="nhsuk-body" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** Something went wrong fetching a screen's data: what it means and what to do, in words. */
export function Problem({ title, children }: { title: string; children: ReactNode }) {
  return (
    <ErrorSummary>
      <ErrorSummary.Title>{title}</ErrorSummary.Title>
      <div className="nhsuk-error-summary__body">{children}</div>
    </ErrorSummary>
  );
}

/** The words for an Apollo error a person can act on. */
export function problemWords(error: { message: string } | undefined): string {
  if (!error) return '';
  if (/fetch|network/i.test(error.message))
    return 'Muster cannot be reached. Check your connection, then reload the page.';
  if (/UNAUTHENTICATED|Authentication required/i.test(error.message)) return 'Your session has ended. Sign in again.';
  return error.message;
}
