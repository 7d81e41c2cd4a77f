import type { FormProblem } from '../../components/FormErrorSummary';

/** The sign-in form's own checks, before anything is sent. */
export function validateSignIn(email: string, password: string): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!email.trim()) problems.push({ field: 'email', message: 'Enter your email address' });
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
    problems.push({
      field: 'email',
      message: 'Enter an email address in the correct format, like name@example.nhs.uk',
    });
  }
  if (!password) problems.push({ field: 'password', message: 'Enter your password' });
  return problems;
}
