import { SitRepTemplate } from '../incidents/incident-enums';

export interface SitRepFieldSpec {
  /** The field of SubmitSitRepInput that carries it. */
  name: SitRepFieldName;
  label: string;
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
    { name: 'conditions', label: 'Conditions' },
    { name: 'actions', label: 'Actions' },
    { name: 'needs', label: 'Needs' },
  ],
  [SitRepTemplate.EXECUTIVE]: [
    { name: 'currentStatus', label: 'Current status' },
    { name: 'overview', label: 'Overview' },
    { name: 'nextSteps', label: 'Next steps' },
  ],
  [SitRepTemplate.SBAR]: [
    { name: 'situation', label: 'Situation' },
    { name: 'background', label: 'Background' },
    { name: 'assessment', label: 'Assessment' },
    { name: 'recommendation', label: 'Recommendation' },
  ],
};

export const ALL_SITREP_FIELDS: readonly SitRepFieldName[] = Object.values(SITREP_TEMPLATES).flatMap((fields) =>
  fields.map((f) => f.name),
);
