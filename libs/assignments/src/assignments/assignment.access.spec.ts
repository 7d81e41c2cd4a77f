import { Principal, Role } from '@muster/platform-access';
import { ErrorCode } from '@muster/platform-core';
import { AssignmentAccess, AssignmentSight } from './assignment.access';

const person = (id: string, grants: { organisationId: string; role: Role }[]) =>
  new Principal(
    { type: 'USER', id, label: id },
    grants.map((g) => ({ ...g, teamId: null })),
  );
const sight: AssignmentSight = {
  organisationId: 'trust',
  assigningOrganisationId: 'icb',
  incidentCommanderIds: ['cmd'],
};
const code = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('AssignmentAccess', () => {
  it('shows it to the owner, the assigning side and the incident commander; NOT_FOUND to a third organisation', () => {
    expect(AssignmentAccess.canSee(person('a', [{ organisationId: 'trust', role: Role.VIEWER }]), sight)).toBe(true);
    expect(AssignmentAccess.canSee(person('b', [{ organisationId: 'icb', role: Role.VIEWER }]), sight)).toBe(true);
    expect(
      AssignmentAccess.canSee(person('cmd', [{ organisationId: 'other', role: Role.INCIDENT_COMMANDER }]), sight),
    ).toBe(true);
    expect(
      code(() =>
        AssignmentAccess.assertCanSee(person('c', [{ organisationId: 'other', role: Role.ORG_ADMIN }]), sight),
      ),
    ).toBe(ErrorCode.NOT_FOUND);
    expect(AssignmentAccess.canSee(person('d', [{ organisationId: 'x', role: Role.AUDITOR }]), sight)).toBe(true);
  });

  it('lets the owner work it and the assigning side manage it; a viewer is FORBIDDEN', () => {
    const viewer = person('v', [{ organisationId: 'trust', role: Role.VIEWER }]);
    expect(code(() => AssignmentAccess.assertCanAct(viewer, sight, [Role.RESPONDER]))).toBe(ErrorCode.FORBIDDEN);
    const icbLead = person('e', [{ organisationId: 'icb', role: Role.EPRR_LEAD }]);
    expect(AssignmentAccess.canAct(icbLead, sight, [Role.EPRR_LEAD])).toBe(true);
    expect(AssignmentAccess.owns(icbLead, sight)).toBe(false);
    expect(AssignmentAccess.owns(person('r', [{ organisationId: 'trust', role: Role.RESPONDER }]), sight)).toBe(true);
  });

  it('decides the assigning side: the owner, an ICB lead, or the incident commander', () => {
    const own = person('o', [{ organisationId: 'trust', role: Role.EPRR_LEAD }]);
    expect(AssignmentAccess.assigningSide(own, 'trust', [], null)).toBe('trust');
    const icb = person('i', [{ organisationId: 'icb', role: Role.INCIDENT_COMMANDER }]);
    expect(AssignmentAccess.assigningSide(icb, 'trust', ['icb'], null)).toBe('icb');
    const cmd = person('cmd', [{ organisationId: 'lead', role: Role.INCIDENT_COMMANDER }]);
    expect(
      AssignmentAccess.assigningSide(cmd, 'trust', [], { leadOrganisationId: 'lead', commanderIds: ['cmd'] }),
    ).toBe('lead');
    expect(code(() => AssignmentAccess.assigningSide(cmd, 'trust', [], null))).toBe(ErrorCode.NOT_FOUND);
    const responder = person('r', [{ organisationId: 'trust', role: Role.RESPONDER }]);
    expect(code(() => AssignmentAccess.assigningSide(responder, 'trust', [], null))).toBe(ErrorCode.FORBIDDEN);
  });
});
