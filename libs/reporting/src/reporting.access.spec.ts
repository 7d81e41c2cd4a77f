import { Principal, Role } from '@muster/platform-access';
import { ReportingAccess } from './reporting.access';

const user = (grants: [string, Role][]) =>
  new Principal(
    { type: 'USER', id: 'u', label: 'u@example.nhs.uk' },
    grants.map(([organisationId, role]) => ({ organisationId, role, teamId: null })),
  );

describe('ReportingAccess', () => {
  it('lets members see their own organisation and nobody else’s (NOT_FOUND)', () => {
    const responder = user([['trust', Role.RESPONDER]]);
    expect(() => ReportingAccess.assertSeesOrganisation(responder, 'trust', false, true)).not.toThrow();
    expect(() => ReportingAccess.assertSeesOrganisation(responder, 'other', false, true)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => ReportingAccess.assertSeesSystem(responder, false)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('lets system-wide roles and the ICB board (a VIEWER or the EPRR lead there) see everything', () => {
    expect(ReportingAccess.seesSystem(user([['x', Role.AUDITOR]]), false)).toBe(true);
    expect(
      ReportingAccess.boardCandidates(
        user([
          ['icb', Role.VIEWER],
          ['t', Role.RESPONDER],
          ['e', Role.EPRR_LEAD],
        ]),
      ),
    ).toEqual(['icb', 'e']);
    expect(() =>
      ReportingAccess.assertSeesOrganisation(user([['icb', Role.VIEWER]]), 'trust', true, true),
    ).not.toThrow();
  });

  it('answers NOT_FOUND for an organisation that does not exist, even to the board', () => {
    expect(() =>
      ReportingAccess.assertSeesOrganisation(user([['x', Role.SYSTEM_ADMIN]]), 'nope', false, false),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('reads readiness as a system-wide reader only after the decision', () => {
    expect(ReportingAccess.readerFor(user([['icb', Role.VIEWER]]), 'trust').isSystemWide).toBe(true);
  });
});
