import { DomainError } from '@muster/platform-core';
import { Principal, Role } from '@muster/platform-access';
import { ReportingAccess } from './reporting.access';

const user = (grants: [string, Role][]) =>
  new Principal(
    { type: 'USER', id: 'u', label: 'u@example.nhs.uk' },
    grants.map(([organisationId, role]) => ({ organisationId, role, teamId: null })),
  );

/** The code of the DomainError `work` throws (undefined when it does not throw). */
function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (e) {
    return (e as DomainError).code;
  }
  return undefined;
}

describe('ReportingAccess', () => {
  it('lets members see their own organisation and nobody else’s (NOT_FOUND)', () => {
    const responder = user([['trust', Role.RESPONDER]]);
    expect(codeOf(() => ReportingAccess.assertSeesOrganisation(responder, 'trust', false, true))).toBeUndefined();
    expect(codeOf(() => ReportingAccess.assertSeesOrganisation(responder, 'other', false, true))).toBe('NOT_FOUND');
    expect(codeOf(() => ReportingAccess.assertSeesSystem(responder, false))).toBe('FORBIDDEN');
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
    expect(
      codeOf(() => ReportingAccess.assertSeesOrganisation(user([['x', Role.SYSTEM_ADMIN]]), 'nope', false, false)),
    ).toBe('NOT_FOUND');
  });

  it('reads readiness as a system-wide reader only after the decision', () => {
    expect(ReportingAccess.readerFor(user([['icb', Role.VIEWER]]), 'trust').isSystemWide).toBe(true);
  });
});
