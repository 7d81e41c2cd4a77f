import { CombinedGraphQLErrors } from '@apollo/client';
import type { FormProblem } from './FormErrorSummary';

/** The API's refusal as problems: a field it names maps to the form's field, otherwise a problem of the whole form. */
export function problemsOf(caught: unknown, fields: Record<string, string> = {}): FormProblem[] {
  if (CombinedGraphQLErrors.is(caught)) {
    return caught.errors.map((e) => {
      const ext = e.extensions ?? {};
      const named = typeof ext.field === 'string' ? ext.field.replace(/^input\./, '') : undefined;
      return { field: named ? fields[named] : undefined, message: e.message };
    });
  }
  return [{ message: 'Muster cannot be reached. Check your connection, then try again.' }];
}

/** The API refused the caller (FORBIDDEN): a screen then shows what the person may see instead. */
export const isForbidden = (error: unknown): boolean =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'FORBIDDEN');
