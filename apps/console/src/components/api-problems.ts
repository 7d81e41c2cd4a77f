import { CombinedGraphQLErrors } from '@apollo/client';
import type { FormProblem } from './FormErrorSummary';

/**
 * The API's refusal as problems: a field it names (extensions.field, or each of
 * extensions.fields for BAD_USER_INPUT) maps to the form's field, otherwise a problem of
 * the whole form.
 */
export function problemsOf(caught: unknown, fields: Record<string, string> = {}): FormProblem[] {
  if (CombinedGraphQLErrors.is(caught)) {
    return caught.errors.flatMap((e) => {
      const ext = e.extensions ?? {};
      const listed = Array.isArray(ext.fields) ? (ext.fields as { field?: unknown; message?: unknown }[]) : [];
      const named = listed.filter((f) => typeof f.field === 'string' && fields[bare(f.field)]);
      if (named.length) {
        return named.map((f) => ({
          field: fields[bare(f.field as string)],
          message: named.length === 1 ? e.message : `${bare(f.field as string)} ${String(f.message)}`,
        }));
      }
      const field = typeof ext.field === 'string' ? fields[bare(ext.field)] : undefined;
      return [{ field, message: e.message }];
    });
  }
  return [{ message: 'Muster cannot be reached. Check your connection, then try again.' }];
}

const bare = (field: string) => field.replace(/^input\./, '');

/** The API refused the caller (FORBIDDEN): a screen then shows what the person may see instead. */
export const isForbidden = (error: unknown): boolean =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'FORBIDDEN');
