import type { FormProblem } from '../../components/FormErrorSummary';
import { until } from '../../components/time';
import type { SitRepTemplate, SubmitSitRepInput } from '../../generated/graphql';

export type SitRepFieldName = Exclude<keyof SubmitSitRepInput, 'incidentId' | 'template'>;

export interface SitRepFieldSpec {
  name: SitRepFieldName;
  label: string;
  hint: string;
}

/**
 * The SitRep templates, as the API defines them (SubmitSitRepInput: every field of the chosen
 * template is required, no other is accepted; libs/incidents sitrep-templates.ts, which the
 * journey spec compares with this list).
 */
export const SITREP_TEMPLATES: Record<SitRepTemplate, { words: string; fields: SitRepFieldSpec[] }> = {
  TACTICAL: {
    words: 'Tactical (conditions, actions, needs)',
    fields: [
      { name: 'conditions', label: 'Conditions', hint: 'What is happening now, and what it affects' },
      { name: 'actions', label: 'Actions', hint: 'What is being done, and by whom' },
      { name: 'needs', label: 'Needs', hint: 'What you need from others: people, equipment, decisions' },
    ],
  },
  EXECUTIVE: {
    words: 'Executive (current status, overview, next steps)',
    fields: [
      { name: 'currentStatus', label: 'Current status', hint: 'In a sentence or two' },
      { name: 'overview', label: 'Overview', hint: 'The impact on patients, services and staff' },
      { name: 'nextSteps', label: 'Next steps', hint: 'What happens next, and when' },
    ],
  },
  SBAR: {
    words: 'SBAR (situation, background, assessment, recommendation)',
    fields: [
      { name: 'situation', label: 'Situation', hint: 'What is happening' },
      { name: 'background', label: 'Background', hint: 'How it came about' },
      { name: 'assessment', label: 'Assessment', hint: 'What you think the problem is' },
      { name: 'recommendation', label: 'Recommendation', hint: 'What should be done' },
    ],
  },
};

export const SITREP_TEMPLATE_ORDER: SitRepTemplate[] = ['TACTICAL', 'EXECUTIVE', 'SBAR'];

export type SitRepValues = Partial<Record<SitRepFieldName, string>>;

/** Every field of the template, in its order: "Enter the conditions". */
export function validateSitRep(template: SitRepTemplate, values: SitRepValues): FormProblem[] {
  return SITREP_TEMPLATES[template].fields
    .filter((f) => !(values[f.name] ?? '').trim())
    .map((f) => ({ field: `sitrep-${f.name}`, message: `Enter the ${f.label.toLowerCase()}` }));
}

/** The mutation's input: the template's fields only, trimmed (any other field is refused by the API). */
export function sitRepInput(incidentId: string, template: SitRepTemplate, values: SitRepValues): SubmitSitRepInput {
  const input: SubmitSitRepInput = { incidentId, template };
  for (const f of SITREP_TEMPLATES[template].fields) input[f.name] = (values[f.name] ?? '').trim();
  return input;
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
