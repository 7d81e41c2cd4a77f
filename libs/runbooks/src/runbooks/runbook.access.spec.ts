import { Principal, Role } from '@muster/platform-access';
import { ErrorCode } from '@muster/platform-core';
import { RunbookAccess } from './runbook.access';

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

const trusts = { organisationId: 'trust', isTemplate: false };

describe('RunbookAccess', () => {
  it("lets the ICB's EPRR lead and incident commanders read every organisation's runbooks, once their organisation is known to be the ICB", () => {
    for (const role of [Role.EPRR_LEAD, Role.INCIDENT_COMMANDER]) {
      expect(RunbookAccess.canSee(caller([role, 'icb']), trusts, ['icb'])).toBe(true);
      // Not the ICB (or not known to be): their own organisation only.
      expect(RunbookAccess.canSee(caller([role, 'icb']), trusts)).toBe(false);
      expect(RunbookAccess.canSee(caller([role, 'other-trust']), trusts, ['icb'])).toBe(false);
    }
  });

  it("keeps the ICB's other roles to their own organisation", () => {
    for (const role of [Role.VIEWER, Role.RESPONDER, Role.IG_OFFICER, Role.ORG_ADMIN]) {
      expect(RunbookAccess.canSee(caller([role, 'icb']), trusts, ['icb'])).toBe(false);
    }
    expect(
      RunbookAccess.icbReaderCandidates(
        caller([Role.VIEWER, 'icb'], [Role.EPRR_LEAD, 'trust'], [Role.INCIDENT_COMMANDER, 'trust']),
      ),
    ).toEqual(['trust']);
  });

  it('lets an ICB reader see but not change another organisation’s runbook (FORBIDDEN, not NOT_FOUND)', () => {
    const lead = caller([Role.EPRR_LEAD, 'icb']);
    expect(codeOf(() => RunbookAccess.assertCanAct(lead, trusts, [Role.EPRR_LEAD], 'Runbook', ['icb']))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(() => RunbookAccess.assertCanAct(lead, trusts, [Role.EPRR_LEAD]))).toBe('NOT_FOUND');
    expect(codeOf(() => RunbookAccess.assertCanAct(caller([Role.EPRR_LEAD, 'trust']), trusts, [Role.EPRR_LEAD]))).toBe(
      'ok',
    );
  });

  it('shows templates to everyone and everything to the system-wide roles', () => {
    expect(RunbookAccess.canSee(caller([Role.VIEWER, 'trust']), { organisationId: 'icb', isTemplate: true })).toBe(
      true,
    );
    expect(RunbookAccess.canSee(caller([Role.AUDITOR, 'icb']), trusts)).toBe(true);
  });
});
