import { Principal, Role } from '@muster/platform-access';
import { PostureAccess } from './posture.access';

const user = (grants: { organisationId: string; role: Role }[]) =>
  new Principal(
    { type: 'USER', id: 'u', label: 'u' },
    grants.map((g) => ({ ...g, teamId: null })),
  );
const key = (organisationId: string) =>
  new Principal({ type: 'API_KEY', id: 'k', label: 'SOC SIEM' }, [
    { organisationId, role: Role.RESPONDER, teamId: null },
  ]);

describe('PostureAccess', () => {
  it("lets members, the ICB's EPRR lead and system-wide roles read; nobody else", () => {
    expect(PostureAccess.canRead(user([{ organisationId: 'trust', role: Role.VIEWER }]), 'trust', [])).toBe(true);
    expect(PostureAccess.canRead(user([{ organisationId: 'other', role: Role.ORG_ADMIN }]), 'trust', [])).toBe(false);
    expect(PostureAccess.canRead(user([{ organisationId: 'icb', role: Role.EPRR_LEAD }]), 'trust', ['icb'])).toBe(true);
    expect(PostureAccess.canRead(user([{ organisationId: 'icb', role: Role.VIEWER }]), 'trust', ['icb'])).toBe(false);
    expect(PostureAccess.canRead(user([{ organisationId: 'x', role: Role.AUDITOR }]), 'trust', [])).toBe(true);
  });

  it("never lets an API key read, not even its own organisation's posture", () => {
    expect(PostureAccess.canRead(key('trust'), 'trust', [])).toBe(false);
  });

  it('takes reports from an API key of a SOC only', () => {
    const kinds = new Map([
      ['soc', 'SOC'],
      ['trust', 'ACUTE_TRUST'],
    ]);
    expect(PostureAccess.assertSocKey(key('soc'), (id) => kinds.get(id))).toEqual({ socId: 'soc', keyId: 'k' });
    expect(() => PostureAccess.assertSocKey(key('trust'), (id) => kinds.get(id))).toThrow();
    expect(() =>
      PostureAccess.assertSocKey(user([{ organisationId: 'soc', role: Role.EPRR_LEAD }]), (id) => kinds.get(id)),
    ).toThrow();
  });
});
