import { Principal, Role } from '@muster/platform-access';
import { ErrorCode } from '@muster/platform-core';
import { CommandRole } from './incident-enums';
import { IncidentAccess, IncidentSight } from './incident.access';

const person = (id: string, ...grants: [string, Role][]) =>
  new Principal(
    { type: 'USER', id, label: id },
    grants.map(([organisationId, role]) => ({ organisationId, role, teamId: null })),
  );

const sight: IncidentSight = {
  leadOrganisationId: 'trust',
  affectedOrganisationIds: ['council'],
  roleHolders: [{ userId: 'scribe', role: CommandRole.SCRIBE }],
};
const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'OK';
  } catch (error) {
    return (error as { code: ErrorCode }).code;
  }
};

describe('IncidentAccess', () => {
  it.each([
    ['a member of the lead organisation', person('a', ['trust', Role.VIEWER]), [], true],
    ['a member of an affected organisation', person('b', ['council', Role.VIEWER]), [], true],
    ['the holder of a command role', person('scribe', ['elsewhere', Role.RESPONDER]), [], true],
    ['an ICB commander', person('c', ['icb', Role.INCIDENT_COMMANDER]), ['icb'], true],
    ['an ICB EPRR lead', person('d', ['icb', Role.EPRR_LEAD]), ['icb'], true],
    ['an ICB viewer', person('e', ['icb', Role.VIEWER]), ['icb'], false],
    ['a commander elsewhere (not the ICB)', person('f', ['elsewhere', Role.INCIDENT_COMMANDER]), [], false],
    ['an auditor', person('g', ['elsewhere', Role.AUDITOR]), [], true],
  ] as const)('%s sees it: %s', (_name, principal, icbIds, expected) => {
    expect(IncidentAccess.canSee(principal, sight, icbIds)).toBe(expected);
  });

  it('answers NOT_FOUND out of sight and FORBIDDEN without the role', () => {
    expect(
      codeOf(() =>
        IncidentAccess.assertCanAct(
          person('x', ['elsewhere', Role.INCIDENT_COMMANDER]),
          sight,
          [Role.INCIDENT_COMMANDER],
          [],
        ),
      ),
    ).toBe(ErrorCode.NOT_FOUND);
    expect(
      codeOf(() =>
        IncidentAccess.assertCanAct(
          person('x', ['council', Role.INCIDENT_COMMANDER]),
          sight,
          [Role.INCIDENT_COMMANDER],
          [],
        ),
      ),
    ).toBe(ErrorCode.FORBIDDEN);
    expect(
      codeOf(() =>
        IncidentAccess.assertCanAct(
          person('x', ['trust', Role.INCIDENT_COMMANDER]),
          sight,
          [Role.INCIDENT_COMMANDER],
          [],
        ),
      ),
    ).toBe('OK');
    expect(
      codeOf(() =>
        IncidentAccess.assertCanAct(
          person('c', ['icb', Role.INCIDENT_COMMANDER]),
          sight,
          [Role.INCIDENT_COMMANDER],
          ['icb'],
        ),
      ),
    ).toBe('OK');
    expect(
      codeOf(() =>
        IncidentAccess.assertCanAct(person('scribe', ['elsewhere', Role.RESPONDER]), sight, [Role.RESPONDER], []),
      ),
    ).toBe('OK');
    expect(codeOf(() => IncidentAccess.assertCanSee(person('x'), null, []))).toBe(ErrorCode.NOT_FOUND);
  });
});
