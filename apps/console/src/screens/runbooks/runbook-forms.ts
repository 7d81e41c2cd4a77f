import type { FormProblem } from '../../components/FormErrorSummary';
export { problemsOf } from '../../components/api-problems';

export interface StepForm {
  title: string;
  instructions: string;
  responsibleRole: string;
  function: string;
  targetMinutes: string;
}

export const EMPTY_STEP: StepForm = {
  title: '',
  instructions: '',
  responsibleRole: '',
  function: '',
  targetMinutes: '',
};

export function validateStep(form: StepForm): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!form.title.trim())
    problems.push({ field: 'step-title', message: 'Enter what the step is, like ‘Isolate affected systems’' });
  if (form.responsibleRole && !form.function) {
    problems.push({ field: 'step-function', message: 'Select the team of the person responsible' });
  }
  if (form.targetMinutes.trim() && !/^\d+$/.test(form.targetMinutes.trim())) {
    problems.push({ field: 'step-target', message: 'Target time must be a whole number of minutes, like 60' });
  } else if (form.targetMinutes.trim() && Number(form.targetMinutes) < 1) {
    problems.push({ field: 'step-target', message: 'Target time must be at least 1 minute' });
  }
  return problems;
}

export interface NewRunbookForm {
  title: string;
  description: string;
  categories: string[];
}

export function validateNewRunbook(form: NewRunbookForm): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!form.title.trim()) problems.push({ field: 'runbook-title', message: 'Enter a title for the runbook' });
  if (!form.categories.length) {
    problems.push({ field: 'runbook-categories', message: 'Select at least one kind of incident the runbook is for' });
  }
  return problems;
}
