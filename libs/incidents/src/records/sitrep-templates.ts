import { SitRepTemplate } from '../incidents/incident-enums';

export interface SitRepFieldSpec {
  /** The field of SubmitSitRepInput that carries it. */
  name: SitRepFieldName;
  label: string;
  /** What to write in it (the console's hint under the label). */
  hint: string;
}

export type SitRepFieldName =
  | 'conditions'
  | 'actions'
  | 'needs'
  | 'currentStatus'
  | 'overview'
  | 'nextSteps'
  | 'situation'
  | 'background'
  | 'assessment'
  | 'recommendation';

/**
 * The SitRep templates (there is no single national one; DOMAIN.md): each field of the
 * chosen template is required, no other field is accepted.
 */
export const SITREP_TEMPLATES: Record<SitRepTemplate, readonly SitRepFieldSpec[]> = {
  [SitRepTemplate.TACTICAL]: [
    { name: 'conditions', label: 'Conditions', hint: 'What is happening now, and what it affects' },
    { name: 'actions', label: 'Actions', hint: 'What is being done, and by whom' },
    { name: 'needs', label: 'Needs', hint: 'What you need from others: people, equipment, decisions' },
  ],
  [SitRepTemplate.EXECUTIVE]: [
    { name: 'currentStatus', label: 'Current status', hint: 'In a sentence or two' },
    { name: 'overview', label: 'Overview', hint: 'The impact on patients, services and staff' },
    { name: 'nextSteps', label: 'Next steps', hint: 'What happens next, and when' },
  ],
  [SitRepTemplate.SBAR]: [
    { name: 'situation', label: 'Situation', hint: 'What is happening' },
    { name: 'background', label: 'Background', hint: 'How it came about' },
    { name: 'assessment', label: 'Assessment', hint: 'What you think the problem is' },
    { name: 'recommendation', label: 'Recommendation', hint: 'What should be done' },
  ],
};

/** Each template in words, for a picker; in the order templates are offered. */
export const SITREP_TEMPLATE_NAMES: Record<SitRepTemplate, string> = {
  [SitRepTemplate.TACTICAL]: 'Tactical (conditions, actions, needs)',
  [SitRepTemplate.EXECUTIVE]: 'Executive (current status, overview, next steps)',
  [SitRepTemplate.SBAR]: 'SBAR (situation, background, assessment, recommendation)',
};

export const ALL_SITREP_FIELDS: readonly SitRepFieldName[] = Object.values(SITREP_TEMPLATES).flatMap((fields) =>
  fields.map((f) => f.name),
);
