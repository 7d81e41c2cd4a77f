import type { FormProblem } from '../../components/FormErrorSummary';
import type { IncidentCategory, IncidentScope, IncidentType } from '../../generated/graphql';

export interface ReportForm {
  title: string;
  description: string;
  category: IncidentCategory | '';
  type: IncidentType;
  level: string;
  scope: IncidentScope;
  personalData: '' | 'yes' | 'no';
  affected: string[];
  declareNow: boolean;
}

export const EMPTY_REPORT: ReportForm = {
  title: '',
  description: '',
  category: '',
  type: 'BUSINESS_CONTINUITY',
  level: '1',
  scope: 'ORGANISATION',
  personalData: '',
  affected: [],
  declareNow: false,
};

const MAX_TITLE = 200;

/** The report form's checks, in the order of its fields (the error summary lists them so). */
export function validateReport(form: ReportForm): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!form.title.trim()) problems.push({ field: 'title', message: 'Enter a short title for the incident' });
  else if (form.title.trim().length > MAX_TITLE) {
    problems.push({ field: 'title', message: `The title must be ${MAX_TITLE} characters or fewer` });
  }
  if (!form.category) problems.push({ field: 'category', message: 'Select what kind of incident it is' });
  if (!form.personalData) {
    problems.push({ field: 'personalData', message: 'Select yes if personal data may be involved' });
  }
  if (form.declareNow && form.type === 'MAJOR') {
    problems.push({
      field: 'declareNow',
      message:
        'A major incident needs a METHANE report to be declared: report it first, then declare it from the incident',
    });
  }
  return problems;
}

/** A GraphQL error's field (extensions.field or the first of extensions.fields) mapped to the form's. */
export function fieldOfError(error: { extensions?: Record<string, unknown> }): string | undefined {
  const ext = error.extensions ?? {};
  const named = typeof ext.field === 'string' ? ext.field : undefined;
  const listed = Array.isArray(ext.fields) ? (ext.fields[0] as { field?: string } | undefined)?.field : undefined;
  const field = (named ?? listed ?? '').replace(/^input\./, '');
  return ['title', 'description', 'category', 'level', 'type', 'scope'].includes(field) ? field : undefined;
}
