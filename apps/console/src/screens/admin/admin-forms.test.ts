import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { adminProblems, EMPTY_PERSON, isRefused, validateApiKey, validatePerson, validateTeam } from './admin-forms';

describe('administration forms', () => {
  it('asks for a name, an email and a first role, in the order of the fields', () => {
    expect(validatePerson(EMPTY_PERSON).map((p) => p.field)).toEqual(['person-name', 'person-email', 'person-role']);
    expect(validatePerson({ ...EMPTY_PERSON, displayName: 'Amy Lee', email: 'amy@', role: 'VIEWER' })).toEqual([
      { field: 'person-email', message: 'Enter an email address in the correct format, like name@nhs.net' },
    ]);
  });

  it('asks for no password: the person is invited to set their own', () => {
    const person = { ...EMPTY_PERSON, displayName: 'Amy Lee', email: 'amy.lee@nhs.net', role: 'VIEWER' };
    expect(validatePerson(person)).toEqual([]);
    expect(Object.keys(EMPTY_PERSON)).not.toContain('password');
  });

  it('asks a team for a name of 2 to 200 characters, and what it does when created', () => {
    expect(validateTeam({ name: ' ', function: '' }, 'team-name').map((p) => p.field)).toEqual([
      'team-name',
      'team-function',
    ]);
    expect(validateTeam({ name: 'A' }, 'rename-name')).toEqual([
      { field: 'rename-name', message: 'The team’s name must be between 2 and 200 characters' },
    ]);
    expect(validateTeam({ name: 'Digital on call', function: 'DIGITAL' }, 'team-name')).toEqual([]);
  });

  it('asks an API key for what it is for and what it may do', () => {
    expect(validateApiKey({ name: '', role: '' }).map((p) => p.field)).toEqual(['key-name', 'key-role']);
    expect(validateApiKey({ name: 'SOC SIEM', role: 'RESPONDER' })).toEqual([]);
  });

  it('puts a name already taken (CONFLICT) on the field that holds it', () => {
    const taken = new CombinedGraphQLErrors({
      errors: [{ message: 'A user with this email already exists', extensions: { code: 'CONFLICT' } }],
    });
    expect(adminProblems(taken, { email: 'person-email' }, 'person-email')).toEqual([
      { field: 'person-email', message: 'A user with this email already exists' },
    ]);
    expect(adminProblems(taken, { email: 'person-email' })).toEqual([
      { field: undefined, message: 'A user with this email already exists' },
    ]);
  });

  it('recognises the API refusing the person (FORBIDDEN or NOT_FOUND)', () => {
    const refused = (code: string) => new CombinedGraphQLErrors({ errors: [{ message: 'No', extensions: { code } }] });
    expect(isRefused(refused('FORBIDDEN'))).toBe(true);
    expect(isRefused(refused('NOT_FOUND'))).toBe(true);
    expect(isRefused(refused('CONFLICT'))).toBe(false);
    expect(isRefused(new Error('offline'))).toBe(false);
  });
});
