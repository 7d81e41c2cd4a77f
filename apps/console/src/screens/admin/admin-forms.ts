import { CombinedGraphQLErrors } from '@apollo/client';
import type { FormProblem } from '../../components/FormErrorSummary';
import { problemsOf } from '../../components/api-problems';

export interface PersonForm {
  displayName: string;
  email: string;
  role: string;
  teamId: string;
}

/** No password: the API emails the person an invitation to set their own. */
export const EMPTY_PERSON: PersonForm = { displayName: '', email: '', role: '', teamId: '' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The add-a-person form's checks, in the order of its fields. */
export function validatePerson(form: PersonForm): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!form.displayName.trim()) problems.push({ field: 'person-name', message: 'Enter the person’s full name' });
  else if (form.displayName.trim().length > 200)
    problems.push({ field: 'person-name', message: 'Full name must be 200 characters or fewer' });
  if (!form.email.trim()) problems.push({ field: 'person-email', message: 'Enter the person’s email address' });
  else if (!EMAIL.test(form.email.trim()))
    problems.push({
      field: 'person-email',
      message: 'Enter an email address in the correct format, like name@nhs.net',
    });
  if (!form.role) problems.push({ field: 'person-role', message: 'Select the person’s first role' });
  return problems;
}

/** The create-team and rename-team forms: a name of 2 to 200 characters; a function when creating. */
export function validateTeam(form: { name: string; function?: string }, nameField: string): FormProblem[] {
  const problems: FormProblem[] = [];
  const name = form.name.trim();
  if (!name) problems.push({ field: nameField, message: 'Enter the team’s name' });
  else if (name.length < 2 || name.length > 200)
    problems.push({ field: nameField, message: 'The team’s name must be between 2 and 200 characters' });
  if (form.function !== undefined && !form.function)
    problems.push({ field: 'team-function', message: 'Select what the team does' });
  return problems;
}

export interface ApiKeyForm {
  name: string;
  role: string;
}

export function validateApiKey(form: ApiKeyForm): FormProblem[] {
  const problems: FormProblem[] = [];
  const name = form.name.trim();
  if (!name) problems.push({ field: 'key-name', message: 'Enter what the key is for, like ‘SOC SIEM’' });
  else if (name.length < 2 || name.length > 100)
    problems.push({ field: 'key-name', message: 'What the key is for must be between 2 and 100 characters' });
  if (!form.role) problems.push({ field: 'key-role', message: 'Select what the key may do' });
  return problems;
}

/**
 * The API's refusal of an administration form, mapped to its fields: BAD_USER_INPUT by the
 * field it names, and a CONFLICT about a name already taken (an email, a key's name) to
 * `conflictField`.
 */
export function adminProblems(caught: unknown, fields: Record<string, string>, conflictField?: string): FormProblem[] {
  const problems = problemsOf(caught, fields);
  if (!conflictField || !CombinedGraphQLErrors.is(caught)) return problems;
  const conflict = caught.errors.some((e) => e.extensions?.code === 'CONFLICT');
  return conflict ? problems.map((p) => (p.field ? p : { ...p, field: conflictField })) : problems;
}

/** A FORBIDDEN or NOT_FOUND answer: the person may not administer this organisation (or this record in it). */
export const isRefused = (error: unknown): boolean =>
  CombinedGraphQLErrors.is(error) &&
  error.errors.some((e) => e.extensions?.code === 'FORBIDDEN' || e.extensions?.code === 'NOT_FOUND');
