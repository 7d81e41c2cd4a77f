import { Principal, Role } from '@muster/platform-access';
import { ExerciseAccess } from './exercise.access';

const principal = (grants: { role: Role; organisationId: string }[]) =>
  new Principal(
    { type: 'USER', id: 'caller', label: 'caller' },
    grants.map((g) => ({ ...g, teamId: null })),
  );

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('ExerciseAccess', () => {
  const exercise = { organisingOrganisationId: 'icb', participantIds: ['trust'] };

  it('shows an exercise to its organiser, its participants, system-wide roles and the ICB EPRR lead only', () => {
    expect(ExerciseAccess.canSee(principal([{ role: Role.VIEWER, organisationId: 'icb' }]), exercise, false)).toBe(
      true,
    );
    expect(ExerciseAccess.canSee(principal([{ role: Role.RESPONDER, organisationId: 'trust' }]), exercise, false)).toBe(
      true,
    );
    expect(ExerciseAccess.canSee(principal([{ role: Role.AUDITOR, organisationId: 'x' }]), exercise, false)).toBe(true);
    expect(ExerciseAccess.canSee(principal([{ role: Role.EPRR_LEAD, organisationId: 'other' }]), exercise, true)).toBe(
      true,
    );
    expect(ExerciseAccess.canSee(principal([{ role: Role.EPRR_LEAD, organisationId: 'other' }]), exercise, false)).toBe(
      false,
    );
  });

  it("lets only the organiser's EPRR lead or admin, or a system administrator, change it", () => {
    const lead = principal([{ role: Role.EPRR_LEAD, organisationId: 'icb' }]);
    expect(ExerciseAccess.assertCanChange(lead, exercise, false)).toBe(exercise);
    const participantLead = principal([{ role: Role.EPRR_LEAD, organisationId: 'trust' }]);
    expect(codeOf(() => ExerciseAccess.assertCanChange(participantLead, exercise, false))).toBe('FORBIDDEN');
    const stranger = principal([{ role: Role.EPRR_LEAD, organisationId: 'other' }]);
    expect(codeOf(() => ExerciseAccess.assertCanChange(stranger, exercise, false))).toBe('NOT_FOUND');
  });
});
