import { Role } from '@muster/platform-access';
import { TeamFunction } from '@muster/identity';
import { createUser, setClockAndSignIn, startTestApp, TEST_START, TestApp } from '@muster/testing';
import { approvedRunbook, LeadsOrg, organisationWithLeads, step } from '../runbooks/runbook-api';
import { criterionOf, runbookReadiness, SYSTEM_READINESS, SystemReadinessView } from './readiness-api';

const TRUST = 'University Hospitals of North Midlands NHS Trust';
const DESIGNATE = `mutation ($input: DesignationInput!) { designate(input: $input) { organisationId } }`;

/**
 * A step naming a designation (the SIRO decides, the silver on-call commander leads) is
 * covered only when an active member of the organisation holds the designation: until
 * then ROLES_HELD fails and the gap names the designation, in the organisation view and
 * in the system matrix alike.
 */
describe('readiness of steps naming a designation', () => {
  let t: TestApp;
  let trust: LeadsOrg;
  let systemAdmin: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    t = await startTestApp();
    trust = await organisationWithLeads(t, { name: TRUST });
    systemAdmin = await createUser(t, [{ organisationId: trust.org.id, role: Role.SYSTEM_ADMIN }]);
  });
  afterAll(() => t.close());
  beforeEach(() => setClockAndSignIn(t, TEST_START, [trust.author, trust.approver, systemAdmin]));

  const designate = (designation: string, userId: string) =>
    t.gql.ok(
      DESIGNATE,
      { input: { organisationId: trust.org.id, designation, userId } },
      { token: trust.author.token },
    );
  const matrixCell = async () => {
    const { systemReadiness } = await t.gql.ok<{ systemReadiness: SystemReadinessView }>(
      SYSTEM_READINESS,
      { category: 'RANSOMWARE' },
      { token: systemAdmin.token },
    );
    return systemReadiness.cells.find((c) => c.organisationId === trust.org.id);
  };

  it('fails ROLES_HELD naming each designation nobody holds, passes once active members hold them, and fails again when the holder leaves', async () => {
    const runbook = await approvedRunbook(
      t,
      trust.org.id,
      trust.author,
      trust.approver,
      { title: 'Ransomware response', categories: ['RANSOMWARE'] },
      [
        step('Convene the incident team', { function: TeamFunction.EPRR, responsibleRole: Role.EPRR_LEAD }),
        step('Decide whether to pay', { function: undefined, responsibleRole: undefined, designation: 'SIRO' }),
        step('Lead the tactical response', {
          function: undefined,
          responsibleRole: undefined,
          designation: 'TACTICAL_ON_CALL',
        }),
      ],
    );
    let r = await runbookReadiness(t, trust.org.id, runbook.id, trust.author);
    expect(criterionOf(r, 'ROLES_HELD')).toMatchObject({
      status: 'FAIL',
      reason: `No named, active designated SIRO and designated tactical (silver) on-call commander at ${TRUST} for steps of version 1`,
    });
    expect(r.gaps).toEqual([
      `Ransomware response: step 2 'Decide whether to pay' has no designated SIRO at ${TRUST}`,
      `Ransomware response: step 3 'Lead the tactical response' has no designated tactical (silver) on-call commander at ${TRUST}`,
    ]);
    expect(await matrixCell()).toMatchObject({ status: 'GAPS', gapCount: 2 });

    // A member holding only a role the step does not name is not enough; the designation is.
    const siro = await createUser(t, [{ organisationId: trust.org.id, role: Role.VIEWER }]);
    await designate('SIRO', siro.id);
    await designate('TACTICAL_ON_CALL', trust.approver.id);
    r = await runbookReadiness(t, trust.org.id, runbook.id, trust.author);
    expect(criterionOf(r, 'ROLES_HELD')).toMatchObject({ status: 'PASS' });
    expect(r.gaps).toEqual([]);
    expect(await matrixCell()).toMatchObject({ status: 'READY', gapCount: 0 });

    const admin = await createUser(t, [{ organisationId: trust.org.id, role: Role.ORG_ADMIN }]);
    await t.gql.ok(`mutation ($id: ID!) { deactivateUser(id: $id) { id } }`, { id: siro.id }, { token: admin.token });
    r = await runbookReadiness(t, trust.org.id, runbook.id, trust.author);
    expect(r.gaps).toEqual([`Ransomware response: step 2 'Decide whether to pay' has no designated SIRO at ${TRUST}`]);
    expect(await matrixCell()).toMatchObject({ status: 'GAPS', gapCount: 1 });
  });
});
