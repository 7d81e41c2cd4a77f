import type { FormProblem } from '../../components/FormErrorSummary';
import type { MethaneInput } from '../../generated/graphql';

export type MethaneTextField = Exclude<keyof MethaneInput, 'majorIncidentDeclared'>;

export interface MethaneValues extends Record<MethaneTextField, string> {
  majorIncidentDeclared: '' | 'yes' | 'no';
}

/** M-E-T-H-A-N-E in order (M is the yes/no question), with the words for cyber incidents. */
export const METHANE_FIELDS: { name: MethaneTextField; label: string; hint: string }[] = [
  { name: 'exactLocation', label: 'E – Exact location', hint: 'Sites; for cyber, the systems and networks' },
  { name: 'typeOfIncident', label: 'T – Type of incident', hint: 'What kind of incident it is' },
  { name: 'hazards', label: 'H – Hazards', hint: 'Present and potential' },
  { name: 'access', label: 'A – Access and egress', hint: 'For cyber, how to reach the systems, remote access' },
  {
    name: 'numberOfCasualties',
    label: 'N – Number and type of casualties',
    hint: 'For cyber, the patients, services and systems affected',
  },
  {
    name: 'emergencyServices',
    label: 'E – Emergency services',
    hint: 'Present and required; for cyber, CSOC, NCSC, police, suppliers',
  },
];

export const EMPTY_METHANE: MethaneValues = {
  majorIncidentDeclared: '',
  exactLocation: '',
  typeOfIncident: '',
  hazards: '',
  access: '',
  numberOfCasualties: '',
  emergencyServices: '',
};

/** A new revision starts from the latest, so a person changes only what has changed. */
export function methaneFrom(latest: (MethaneInput & Record<string, unknown>) | null | undefined): MethaneValues {
  if (!latest) return EMPTY_METHANE;
  const values = {
    ...EMPTY_METHANE,
    majorIncidentDeclared: latest.majorIncidentDeclared ? 'yes' : 'no',
  } as MethaneValues;
  for (const f of METHANE_FIELDS) values[f.name] = latest[f.name];
  return values;
}

/** The field ids are `<prefix>-<name>`; every part is required, M first. */
export function validateMethane(values: MethaneValues, prefix: string): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!values.majorIncidentDeclared) {
    problems.push({ field: `${prefix}-majorIncidentDeclared`, message: 'Select yes if a major incident is declared' });
  }
  for (const f of METHANE_FIELDS) {
    if (!values[f.name].trim()) {
      problems.push({ field: `${prefix}-${f.name}`, message: `Enter the ${f.label.slice(4).toLowerCase()}` });
    }
  }
  return problems;
}

export function methaneInput(values: MethaneValues): MethaneInput {
  const input = { majorIncidentDeclared: values.majorIncidentDeclared === 'yes' } as MethaneInput;
  for (const f of METHANE_FIELDS) input[f.name] = values[f.name].trim();
  return input;
}
