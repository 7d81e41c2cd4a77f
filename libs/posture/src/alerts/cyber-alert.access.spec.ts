import { Principal, Role } from '@muster/platform-access';
import { CyberAlertAccess, CyberAlertSight } from './cyber-alert.access';

const user = (grants: { organisationId: string; role: Role; teamId?: string }[]) =>
  new Principal(
    { type: 'USER', id: 'u', label: 'u' },
    grants.map((g) => ({ teamId: null, ...g })),
  );
const sight = (over: Partial<CyberAlertSight> = {}): CyberAlertSight => ({
  socIds: [],
  icbLeadIds: [],
  cyberTeamIds: [],
  ...over,
});
const code = (f: () => void) => {
  try {
    f();
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('CyberAlertAccess', () => {
  it("shows members their own organisation's responses; the SOC, the ICB's EPRR lead and system roles all", () => {
    const member = user([{ organisationId: 'trust', role: Role.VIEWER }]);
    expect(CyberAlertAccess.scope(member, sight())).toEqual(['trust']);
    expect(
      CyberAlertAccess.scope(user([{ organisationId: 'soc', role: Role.VIEWER }]), sight({ socIds: ['soc'] })),
    ).toBe(null);
    expect(
      CyberAlertAccess.scope(user([{ organisationId: 'icb', role: Role.EPRR_LEAD }]), sight({ icbLeadIds: ['icb'] })),
    ).toBe(null);
    expect(CyberAlertAccess.scope(user([{ organisationId: 'x', role: Role.AUDITOR }]), sight())).toBe(null);
    expect(code(() => CyberAlertAccess.assertCanSeeAlert(member, sight(), ['council']))).toBe('NOT_FOUND');
    expect(code(() => CyberAlertAccess.assertCanSeeAlert(member, sight(), null))).toBe('NOT_FOUND');
    expect(code(() => CyberAlertAccess.assertCanSeeAlert(member, sight(), ['council', 'trust']))).toBe(null);
  });

  it('lets admins, EPRR leads and Cyber/Digital responders move their own response, and the SOC any', () => {
    const move = (p: Principal, s: CyberAlertSight = sight()) =>
      code(() => CyberAlertAccess.assertCanMove(p, s, 'trust'));
    expect(move(user([{ organisationId: 'trust', role: Role.ORG_ADMIN }]))).toBe(null);
    expect(move(user([{ organisationId: 'trust', role: Role.EPRR_LEAD }]))).toBe(null);
    const responder = user([{ organisationId: 'trust', role: Role.RESPONDER, teamId: 'cyber' }]);
    expect(move(responder, sight({ cyberTeamIds: ['cyber'] }))).toBe(null);
    expect(move(user([{ organisationId: 'trust', role: Role.RESPONDER, teamId: 'ward' }]))).toBe('FORBIDDEN');
    expect(move(user([{ organisationId: 'trust', role: Role.VIEWER }]))).toBe('FORBIDDEN');
    expect(move(user([{ organisationId: 'soc', role: Role.RESPONDER }]), sight({ socIds: ['soc'] }))).toBe(null);
    expect(move(user([{ organisationId: 'icb', role: Role.EPRR_LEAD }]), sight({ icbLeadIds: ['icb'] }))).toBe(
      'FORBIDDEN',
    );
    expect(move(user([{ organisationId: 'council', role: Role.ORG_ADMIN }]))).toBe('NOT_FOUND');
  });

  it('lets only a SOC record alerts', () => {
    expect(
      CyberAlertAccess.recordingSoc(
        user([{ organisationId: 'soc', role: Role.RESPONDER }]),
        sight({ socIds: ['soc'] }),
      ),
    ).toBe('soc');
    expect(
      code(() => CyberAlertAccess.recordingSoc(user([{ organisationId: 'trust', role: Role.ORG_ADMIN }]), sight())),
    ).toBe('FORBIDDEN');
    expect(
      code(() =>
        CyberAlertAccess.recordingSoc(user([{ organisationId: 'soc', role: Role.VIEWER }]), sight({ socIds: ['soc'] })),
      ),
    ).toBe('FORBIDDEN');
  });

  it('shows an API key nothing', () => {
    const key = new Principal({ type: 'API_KEY', id: 'k', label: 'k' }, [
      { organisationId: 'soc', role: Role.RESPONDER, teamId: null },
    ]);
    expect(CyberAlertAccess.scope(key, sight({ socIds: ['soc'] }))).toEqual([]);
  });
});
