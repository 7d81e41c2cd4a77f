import { Principal, Role } from '@muster/platform-access';
import { FrameworkKind } from '../frameworks/framework-kind';
import { AssessmentAccess } from './assessment.access';

const principal = (grants: { role: Role; organisationId: string }[]) =>
  new Principal(
    { type: 'USER', id: 'caller', label: 'caller' },
    grants.map((g) => ({ ...g, teamId: null })),
  );

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('AssessmentAccess', () => {
  const eprr = { organisationId: 'trust', frameworkKind: FrameworkKind.EPRR_CORE_STANDARDS };
  const dspt = { organisationId: 'trust', frameworkKind: FrameworkKind.CAF_DSPT };
  const as = (role: Role, organisationId = 'trust') => principal([{ role, organisationId }]);

  it("shows an assessment to the organisation's members, the ICB EPRR lead and system-wide roles only", () => {
    expect(codeOf(() => AssessmentAccess.assertCanSee(as(Role.VIEWER), eprr, false))).toBe('ok');
    expect(codeOf(() => AssessmentAccess.assertCanSee(as(Role.AUDITOR, 'elsewhere'), eprr, false))).toBe('ok');
    expect(codeOf(() => AssessmentAccess.assertCanSee(as(Role.EPRR_LEAD, 'icb'), eprr, true))).toBe('ok');
    expect(codeOf(() => AssessmentAccess.assertCanSee(as(Role.EPRR_LEAD, 'other'), eprr, false))).toBe('NOT_FOUND');
    expect(codeOf(() => AssessmentAccess.assertCanSee(as(Role.VIEWER), null, false))).toBe('NOT_FOUND');
  });

  it('lets the EPRR lead edit EPRR assessments, the IG officer or ORG_ADMIN the DSPT/CAF', () => {
    expect(codeOf(() => AssessmentAccess.assertCanEdit(as(Role.EPRR_LEAD), eprr, false))).toBe('ok');
    expect(codeOf(() => AssessmentAccess.assertCanEdit(as(Role.IG_OFFICER), eprr, false))).toBe('FORBIDDEN');
    expect(codeOf(() => AssessmentAccess.assertCanEdit(as(Role.ORG_ADMIN), eprr, false))).toBe('FORBIDDEN');
    expect(codeOf(() => AssessmentAccess.assertCanEdit(as(Role.IG_OFFICER), dspt, false))).toBe('ok');
    expect(codeOf(() => AssessmentAccess.assertCanEdit(as(Role.ORG_ADMIN), dspt, false))).toBe('ok');
    expect(codeOf(() => AssessmentAccess.assertCanEdit(as(Role.EPRR_LEAD), dspt, false))).toBe('FORBIDDEN');
    // The ICB's EPRR lead sees, but does not edit, another organisation's assessment.
    expect(codeOf(() => AssessmentAccess.assertCanEdit(as(Role.EPRR_LEAD, 'icb'), eprr, true))).toBe('FORBIDDEN');
    expect(codeOf(() => AssessmentAccess.assertCanEdit(as(Role.EPRR_LEAD, 'other'), eprr, false))).toBe('NOT_FOUND');
  });

  it("leaves confirm and challenge to the ICB's EPRR lead and system administrators", () => {
    expect(codeOf(() => AssessmentAccess.assertCanConfirm(as(Role.EPRR_LEAD, 'icb'), eprr, true))).toBe('ok');
    expect(codeOf(() => AssessmentAccess.assertCanConfirm(as(Role.SYSTEM_ADMIN, 'icb'), eprr, false))).toBe('ok');
    expect(codeOf(() => AssessmentAccess.assertCanConfirm(as(Role.EPRR_LEAD), eprr, false))).toBe('FORBIDDEN');
    expect(codeOf(() => AssessmentAccess.assertCanConfirm(as(Role.AUDITOR, 'icb'), eprr, false))).toBe('FORBIDDEN');
    expect(codeOf(() => AssessmentAccess.assertCanConfirm(as(Role.EPRR_LEAD, 'other'), eprr, false))).toBe('NOT_FOUND');
  });
});
