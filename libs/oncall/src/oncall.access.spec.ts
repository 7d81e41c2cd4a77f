import { Principal, Role } from '@muster/platform-access';
import { OnCallAccess } from './oncall.access';

const TRUST = 'trust';
const ICB = 'icb';
const person = (...grants: [Role, string][]) =>
  new Principal(
    { type: 'USER', id: 'u', label: 'u' },
    grants.map(([role, organisationId]) => ({ role, organisationId, teamId: null })),
  );
const sight = (icbOnCall = false) => ({ organisationId: TRUST, icbOnCall });
/** The error code `f` throws, or null. */
const codeOf = (f: () => unknown): string | null => {
  try {
    f();
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? 'NO CODE';
  }
};

describe('on-call access', () => {
  it('shows an organisation’s on-call to its members, the ICB’s on-call and system-wide roles; NOT_FOUND to others', () => {
    expect(OnCallAccess.canSee(person([Role.VIEWER, TRUST]), sight())).toBe(true);
    expect(OnCallAccess.canSee(person([Role.EPRR_LEAD, ICB]), sight(true))).toBe(true);
    expect(OnCallAccess.canSee(person([Role.AUDITOR, ICB]), sight())).toBe(true);
    expect(OnCallAccess.canSee(person([Role.ORG_ADMIN, 'other']), sight())).toBe(false);
    expect(codeOf(() => OnCallAccess.assertCanSee(person([Role.ORG_ADMIN, 'other']), sight()))).toBe('NOT_FOUND');
    expect(codeOf(() => OnCallAccess.assertCanSee(person([Role.VIEWER, TRUST]), null))).toBe('NOT_FOUND');
  });

  it('lets only the organisation’s admins and EPRR leads (and system admins) edit: FORBIDDEN for those who only see', () => {
    expect(OnCallAccess.assertCanEdit(person([Role.EPRR_LEAD, TRUST]), sight())).toEqual(sight());
    expect(OnCallAccess.assertCanEdit(person([Role.SYSTEM_ADMIN, ICB]), sight())).toEqual(sight());
    for (const who of [person([Role.INCIDENT_COMMANDER, TRUST]), person([Role.EPRR_LEAD, ICB])])
      expect(codeOf(() => OnCallAccess.assertCanEdit(who, sight(who.holds(Role.EPRR_LEAD, ICB))))).toBe('FORBIDDEN');
  });

  it('lets the organisation’s commanders and the ICB’s on-call page it', () => {
    expect(() => OnCallAccess.assertCanPage(person([Role.INCIDENT_COMMANDER, TRUST]), sight())).not.toThrow();
    expect(() => OnCallAccess.assertCanPage(person([Role.INCIDENT_COMMANDER, ICB]), sight(true))).not.toThrow();
    expect(codeOf(() => OnCallAccess.assertCanPage(person([Role.RESPONDER, TRUST]), sight()))).toBe('FORBIDDEN');
  });
});
