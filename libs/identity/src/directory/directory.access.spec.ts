import { Principal, Role } from '@muster/platform-access';
import { ErrorCode } from '@muster/platform-core';
import { changedFields } from './changes';
import { DirectoryAccess } from './directory.access';
import { SystemPrincipal } from './system-principal';

const caller = (...grants: [Role, string][]) =>
  new Principal(
    { type: 'USER', id: 'caller', label: 'caller' },
    grants.map(([role, organisationId]) => ({ role, organisationId, teamId: null })),
  );

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as { code: ErrorCode }).code;
  }
};

describe('DirectoryAccess', () => {
  it('lets an org admin administer their own organisation only; others there are FORBIDDEN, outsiders NOT_FOUND', () => {
    expect(codeOf(() => DirectoryAccess.assertCanAdminister(caller([Role.ORG_ADMIN, 'a']), 'a', 'Team'))).toBe('ok');
    expect(codeOf(() => DirectoryAccess.assertCanAdminister(caller([Role.VIEWER, 'a']), 'a', 'Team'))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(() => DirectoryAccess.assertCanAdminister(caller([Role.ORG_ADMIN, 'a']), 'b', 'Team'))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(() => DirectoryAccess.assertCanAdminister(caller([Role.SYSTEM_ADMIN, 'icb']), 'b', 'Team'))).toBe(
      'ok',
    );
  });

  it('keeps SYSTEM_ADMIN and AUDITOR for system administrators to grant', () => {
    expect(codeOf(() => DirectoryAccess.assertCanGrant(caller([Role.ORG_ADMIN, 'a']), 'a', Role.AUDITOR))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(() => DirectoryAccess.assertCanGrant(caller([Role.ORG_ADMIN, 'a']), 'a', Role.IG_OFFICER))).toBe(
      'ok',
    );
    expect(codeOf(() => DirectoryAccess.assertCanGrant(caller([Role.SYSTEM_ADMIN, 'icb']), 'a', Role.AUDITOR))).toBe(
      'ok',
    );
  });

  it('shows people to org admins and auditors, never to other roles', () => {
    expect(codeOf(() => DirectoryAccess.assertCanSeePeople(caller([Role.AUDITOR, 'icb']), 'a'))).toBe('ok');
    expect(codeOf(() => DirectoryAccess.assertCanSeePeople(caller([Role.INCIDENT_COMMANDER, 'a']), 'a'))).toBe(
      'FORBIDDEN',
    );
  });

  it('lets an org admin deactivate only people wholly within organisations they administer', () => {
    const admin = caller([Role.ORG_ADMIN, 'a'], [Role.VIEWER, 'b']);
    const local = { id: 'u', organisationIds: ['a'], roles: [Role.RESPONDER] };
    expect(codeOf(() => DirectoryAccess.administrableUser(admin, local))).toBe('ok');
    expect(codeOf(() => DirectoryAccess.administrableUser(admin, { ...local, organisationIds: ['a', 'b'] }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(() => DirectoryAccess.administrableUser(admin, { ...local, roles: [Role.AUDITOR] }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(() => DirectoryAccess.administrableUser(admin, { ...local, organisationIds: ['c'] }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(() => DirectoryAccess.administrableUser(admin, null))).toBe('NOT_FOUND');
  });

  it('lets the system principal (seeding) through every check', () => {
    const system = new SystemPrincipal();
    expect(codeOf(() => DirectoryAccess.assertCanGrant(system, 'anywhere', Role.SYSTEM_ADMIN))).toBe('ok');
    expect(system.actor.type).toBe('SYSTEM');
  });
});

describe('changedFields', () => {
  it('keeps only the fields whose value changed', () => {
    expect(changedFields({ name: 'A', odsCode: 'X1Y' }, { name: 'B', odsCode: 'X1Y' })).toEqual({
      before: { name: 'A' },
      after: { name: 'B' },
    });
  });
});
