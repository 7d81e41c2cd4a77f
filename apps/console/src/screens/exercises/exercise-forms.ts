import { CombinedGraphQLErrors } from '@apollo/client';
import type { FormProblem } from '../../components/FormErrorSummary';
import { problemsOf } from '../../components/api-problems';
import { londonInstant } from './exercise-words';

export interface ExerciseForm {
  type: string;
  theme: string;
  title: string;
  heldOn: string;
  scenario: string;
  participantIds: string[];
  runbookIds: string[];
}

export const EMPTY_EXERCISE: ExerciseForm = {
  type: '',
  theme: '',
  title: '',
  heldOn: '',
  scenario: '',
  participantIds: [],
  runbookIds: [],
};

const titleProblem = (title: string, field: string, what: string): FormProblem | null => {
  const t = title.trim();
  if (!t) return { field, message: `Enter ${what}` };
  if (t.length < 3 || t.length > 200) return { field, message: `${capital(what)} must be 3 to 200 characters` };
  return null;
};
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The record-an-exercise form's problems, in the order of its fields. */
export function validateExercise(form: ExerciseForm, today: string): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!form.type) problems.push({ field: 'exercise-type', message: 'Select the type of exercise' });
  if (!form.theme) problems.push({ field: 'exercise-theme', message: 'Select the theme of the exercise' });
  const title = titleProblem(form.title, 'exercise-title', 'a title for the exercise');
  if (title) problems.push(title);
  if (!form.heldOn.trim()) {
    problems.push({ field: 'exercise-held', message: 'Enter the date the exercise was held' });
  } else if (!londonInstant(form.heldOn, 0)) {
    problems.push({ field: 'exercise-held', message: 'Date held must be a real date' });
  } else if (form.heldOn.trim() > today) {
    problems.push({ field: 'exercise-held', message: 'Date held must be today or in the past' });
  }
  if (form.scenario.length > 8000) {
    problems.push({ field: 'exercise-scenario', message: 'Scenario must be 8,000 characters or fewer' });
  }
  return problems;
}

export interface FindingForm {
  title: string;
  detail: string;
  organisationId: string;
}

export const EMPTY_FINDING: FindingForm = { title: '', detail: '', organisationId: '' };

export function validateFinding(form: FindingForm): FormProblem[] {
  const problems: FormProblem[] = [];
  const title = titleProblem(form.title, 'finding-title', 'the lesson identified');
  if (title) problems.push(title);
  if (form.detail.length > 4000) {
    problems.push({ field: 'finding-detail', message: 'What happened must be 4,000 characters or fewer' });
  }
  return problems;
}

export interface ActionForm {
  findingId: string;
  title: string;
  organisationId: string;
  function: string;
  teamId: string;
  dueOn: string;
  priority: string;
}

export const EMPTY_ACTION: ActionForm = {
  findingId: '',
  title: '',
  organisationId: '',
  function: '',
  teamId: '',
  dueOn: '',
  priority: 'MEDIUM',
};

/**
 * The teams the action may go to: the owning organisation's teams of its function (null when
 * the person cannot see that organisation's teams: the API shows them to its members only).
 */
export function teamChoices<T extends { function: string }>(teams: readonly T[] | null | undefined, fn: string): T[] {
  return fn && teams ? teams.filter((t) => t.function === fn) : [];
}

export function validateAction(form: ActionForm): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!form.findingId) problems.push({ field: 'action-finding', message: 'Select the finding the action answers' });
  if (!form.title.trim()) problems.push({ field: 'action-title', message: 'Enter what is to be done' });
  if (!form.organisationId)
    problems.push({ field: 'action-organisation', message: 'Select the organisation that owns it' });
  if (!form.function) problems.push({ field: 'action-function', message: 'Select the team that works it' });
  if (form.dueOn.trim() && !londonInstant(form.dueOn, 17)) {
    problems.push({ field: 'action-due', message: 'Due date must be a real date' });
  }
  return problems;
}

/**
 * The API's refusal as the form's problems: BAD_USER_INPUT names its fields
 * (`extensions.fields`, like `heldAt` or `actions.0.organisationId`), each mapped to the
 * form's field; anything else is a problem of the whole form.
 */
export function apiProblems(caught: unknown, fields: Record<string, string>): FormProblem[] {
  if (!CombinedGraphQLErrors.is(caught)) return problemsOf(caught);
  return caught.errors.flatMap((e) => {
    const named = (e.extensions?.fields ?? []) as { field?: string; message?: string }[];
    if (!Array.isArray(named) || !named.length) return [{ message: e.message }];
    return named.map((f) => {
      const key = (f.field ?? '').replace(/^input\./, '').replace(/^actions\.\d+\./, '');
      return { field: fields[key], message: f.message ? `${labelOf(key)} ${f.message}` : e.message };
    });
  });
}

const LABELS: Record<string, string> = {
  heldAt: 'Date held',
  title: 'Title',
  organisationId: 'Organisation',
  dueAt: 'Due date',
  scenario: 'Scenario',
  detail: 'What happened',
};
const labelOf = (key: string): string => LABELS[key] ?? capital(key);
