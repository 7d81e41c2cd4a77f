import type { FormProblem } from '../../components/FormErrorSummary';
import { until } from '../../components/time';
import type { SitRepTemplate, SubmitSitRepInput } from '../../generated/graphql';

export type SitRepValues = Record<string, string>;

/** A template as the API's `sitRepTemplates` gives it: its fields, every one required. */
export interface SitRepTemplateSpec {
  template: SitRepTemplate;
  name: string;
  fields: readonly { name: string; label: string; hint: string }[];
}

/** Every field of the template, in its order: "Enter the conditions". */
export function validateSitRep(spec: SitRepTemplateSpec, values: SitRepValues): FormProblem[] {
  return spec.fields
    .filter((f) => !(values[f.name] ?? '').trim())
    .map((f) => ({ field: `sitrep-${f.name}`, message: `Enter the ${f.label.toLowerCase()}` }));
}

/** The mutation's input: the template's fields only, trimmed (any other field is refused by the API). */
export function sitRepInput(incidentId: string, spec: SitRepTemplateSpec, values: SitRepValues): SubmitSitRepInput {
  const fields = Object.fromEntries(spec.fields.map((f) => [f.name, (values[f.name] ?? '').trim()]));
  return { ...fields, incidentId, template: spec.template };
}

/** The next-due line: "Next SitRep due in 3 hours 5 minutes", or overdue by the server's word or the clock's. */
export function nextSitRepWords(
  nextDueAt: string | null | undefined,
  serverSaysOverdue: boolean,
  now: number,
): { words: string; overdue: boolean } | null {
  if (!nextDueAt) return null;
  const due = until(nextDueAt, now);
  const overdue = serverSaysOverdue || due.overdue;
  return { words: overdue && !due.overdue ? 'due now' : due.words, overdue };
}
