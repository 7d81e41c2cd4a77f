import { describe, expect, it } from 'vitest';
import type { ActingOrganisation } from '../../components/roles';
import { mayChangeExercise, mayRecordExercises } from './exercise-access';

const org = (id: string, roles: ActingOrganisation['roles']): ActingOrganisation => ({
  id,
  name: id,
  odsCode: id,
  roles,
});

describe('who records exercises', () => {
  it('is the acting organisation’s EPRR lead or administrator, or a system administrator', () => {
    expect(mayRecordExercises(org('icb', ['EPRR_LEAD']))).toBe(true);
    expect(mayRecordExercises(org('icb', ['ORG_ADMIN']))).toBe(true);
    expect(mayRecordExercises(org('icb', ['RESPONDER', 'VIEWER']))).toBe(false);
  });

  it('changes an exercise only for its organiser, or as a system administrator', () => {
    expect(mayChangeExercise([org('icb', ['EPRR_LEAD'])], 'icb')).toBe(true);
    expect(mayChangeExercise([org('trust', ['EPRR_LEAD'])], 'icb')).toBe(false);
    expect(mayChangeExercise([org('icb', ['RESPONDER']), org('trust', ['EPRR_LEAD'])], 'icb')).toBe(false);
    expect(mayChangeExercise([org('soc', ['SYSTEM_ADMIN'])], 'icb')).toBe(true);
  });
});
