import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { problemsOf } from './api-problems';

const refusal = (errors: { message: string; extensions?: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ errors });

describe('problemsOf', () => {
  it('maps the field BAD_USER_INPUT names in extensions.fields to the form’s field', () => {
    const caught = refusal([
      {
        message: 'Invalid password: is too common',
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'password', message: 'is too common' }] },
      },
    ]);
    expect(problemsOf(caught, { password: 'person-password' })).toEqual([
      { field: 'person-password', message: 'Invalid password: is too common' },
    ]);
  });

  it('names each field when several are refused, and keeps the extensions.field form', () => {
    const several = refusal([
      {
        message: 'Invalid input: email, displayName',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { field: 'input.email', message: 'must be an email' },
            { field: 'input.displayName', message: 'is too long' },
          ],
        },
      },
    ]);
    expect(problemsOf(several, { email: 'e', displayName: 'n' })).toEqual([
      { field: 'e', message: 'email must be an email' },
      { field: 'n', message: 'displayName is too long' },
    ]);
    expect(problemsOf(refusal([{ message: 'Bad', extensions: { field: 'input.title' } }]), { title: 't' })).toEqual([
      { field: 't', message: 'Bad' },
    ]);
  });

  it('leaves a problem the form has no field for as a problem of the whole form', () => {
    const conflict = refusal([{ message: 'A user with this email already exists', extensions: { code: 'CONFLICT' } }]);
    expect(problemsOf(conflict, { email: 'e' })).toEqual([
      { field: undefined, message: 'A user with this email already exists' },
    ]);
    expect(problemsOf(new Error('offline'))).toEqual([
      { message: 'Muster cannot be reached. Check your connection, then try again.' },
    ]);
  });
});
