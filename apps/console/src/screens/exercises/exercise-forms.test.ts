import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import {
  apiProblems,
  EMPTY_ACTION,
  EMPTY_EXERCISE,
  EMPTY_FINDING,
  validateAction,
  validateExercise,
  teamChoices,
  validateFinding,
} from './exercise-forms';

describe('the exercise forms', () => {
  it('asks for type, theme, title and date of an exercise, never in the future', () => {
    expect(validateExercise(EMPTY_EXERCISE, '2026-11-29').map((p) => p.field)).toEqual([
      'exercise-type',
      'exercise-theme',
      'exercise-title',
      'exercise-held',
    ]);
    const filled = { ...EMPTY_EXERCISE, type: 'TABLE_TOP', theme: 'CYBER_AND_DIGITAL', title: 'ICS cyber crisis' };
    expect(validateExercise({ ...filled, heldOn: '2026-11-29' }, '2026-11-29')).toEqual([]);
    expect(validateExercise({ ...filled, heldOn: '2026-11-30' }, '2026-11-29')[0].message).toBe(
      'Date held must be today or in the past',
    );
    expect(validateExercise({ ...filled, heldOn: '2026-02-30' }, '2026-11-29')[0].field).toBe('exercise-held');
    expect(validateExercise({ ...filled, title: 'IC', heldOn: '2026-11-01' }, '2026-11-29')[0].message).toBe(
      'A title for the exercise must be 3 to 200 characters',
    );
  });

  it('asks for the lesson of a finding', () => {
    expect(validateFinding(EMPTY_FINDING)).toEqual([
      { field: 'finding-title', message: 'Enter the lesson identified' },
    ]);
    expect(validateFinding({ ...EMPTY_FINDING, title: 'On-call lists were out of date' })).toEqual([]);
  });

  it('asks what an action is, who owns it and which team, and a real due date if any', () => {
    expect(validateAction(EMPTY_ACTION).map((p) => p.field)).toEqual([
      'action-finding',
      'action-title',
      'action-organisation',
      'action-function',
    ]);
    const filled = {
      ...EMPTY_ACTION,
      findingId: 'f',
      title: 'Refresh the list',
      organisationId: 'o',
      function: 'EPRR',
    };
    expect(validateAction(filled)).toEqual([]);
    expect(validateAction({ ...filled, dueOn: '2026-13-01' })[0].field).toBe('action-due');
  });

  it('offers the owning organisation’s teams of the chosen function, none when its teams are out of sight', () => {
    const teams = [
      { id: 'a', name: 'EPRR team', function: 'EPRR' },
      { id: 'b', name: 'Digital services', function: 'DIGITAL' },
    ];
    expect(teamChoices(teams, 'DIGITAL').map((t) => t.id)).toEqual(['b']);
    expect(teamChoices(teams, '')).toEqual([]);
    expect(teamChoices(null, 'EPRR')).toEqual([]);
  });

  it('maps the API’s named fields to the form’s, and anything else to the whole form', () => {
    const refused = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'actions.0.organisationId', message: 'did not take part in the exercise' }],
          },
        },
        { message: 'You may not do this', extensions: { code: 'FORBIDDEN' } },
      ],
    });
    expect(apiProblems(refused, { organisationId: 'action-organisation' })).toEqual([
      { field: 'action-organisation', message: 'Organisation did not take part in the exercise' },
      { message: 'You may not do this' },
    ]);
    expect(apiProblems(new Error('offline'), {})[0].message).toMatch(/cannot be reached/);
  });
});
