import { Principal, Role } from '@muster/platform-access';
import { CommandRole } from '@muster/incidents';
import { IgAccess } from './ig.access';

const TRUST = 'trust-1';
const OTHER = 'trust-2';
const person = (id: string, grants: [string, Role][]) =>
  new Principal(
    { type: 'USER', id, label: id },
    grants.map(([organisationId, role]) => ({ organisationId, role, teamId: null })),
  );
const sight = (holders: { userId: string; role: CommandRole }[] = []) => ({
  leadOrganisationId: TRUST,
  affectedOrganisationIds: [OTHER],
  roleHolders: holders,
});

describe('IgAccess', () => {
  it('shows decision content to the organisation’s IG officers, the commander and IG lead, auditors and admins', () => {
    expect(IgAccess.canSeeContent(person('ig', [[TRUST, Role.IG_OFFICER]]), TRUST, sight())).toBe(true);
    expect(IgAccess.canSeeContent(person('ig2', [[OTHER, Role.IG_OFFICER]]), TRUST, sight())).toBe(false);
    expect(IgAccess.canSeeContent(person('aud', [[OTHER, Role.AUDITOR]]), TRUST, sight())).toBe(true);
    expect(IgAccess.canSeeContent(person('adm', [[OTHER, Role.SYSTEM_ADMIN]]), TRUST, sight())).toBe(true);
    const commander = person('c', [[TRUST, Role.INCIDENT_COMMANDER]]);
    expect(IgAccess.canSeeContent(commander, TRUST, sight())).toBe(false);
    expect(IgAccess.canSeeContent(commander, TRUST, sight([{ userId: 'c', role: CommandRole.COMMANDER }]))).toBe(true);
    const lead = person('l', [[TRUST, Role.RESPONDER]]);
    expect(IgAccess.canSeeContent(lead, TRUST, sight([{ userId: 'l', role: CommandRole.IG_LEAD }]))).toBe(true);
    expect(IgAccess.canSeeContent(lead, TRUST, sight([{ userId: 'l', role: CommandRole.SCRIBE }]))).toBe(false);
    expect(IgAccess.canSeeContent(person('r', [[TRUST, Role.RESPONDER]]), TRUST, sight())).toBe(false);
  });

  it('lets only an IG officer of that organisation record', () => {
    expect(() => IgAccess.assertCanRecord(person('ig', [[TRUST, Role.IG_OFFICER]]), TRUST)).not.toThrow();
    expect(() => IgAccess.assertCanRecord(person('ig', [[OTHER, Role.IG_OFFICER]]), TRUST)).toThrow(/IG officer/);
    expect(() => IgAccess.assertCanRecord(person('a', [[TRUST, Role.SYSTEM_ADMIN]]), TRUST)).toThrow(/IG officer/);
  });

  it('hides a thread whose incident the caller does not see', () => {
    const stranger = person('s', [['elsewhere', Role.IG_OFFICER]]);
    expect(() => IgAccess.assertCanSeeThread(stranger, { ...sight(), icbIds: [] })).toThrow(/not found/i);
    expect(IgAccess.assertCanSeeThread(person('v', [[OTHER, Role.VIEWER]]), { ...sight(), icbIds: [] })).toBeTruthy();
  });
});
