import { Role } from '@muster/platform-access';
import { TeamFunction } from '@muster/identity';
import { createUser, setClockAndSignIn, startTestApp, TEST_START, TestApp, TestUser } from '@muster/testing';
import { act, approvedRunbook, LeadsOrg, organisationWithLeads, step } from '../runbooks/runbook-api';
import { criterionOf, runbookReadiness, SYSTEM_READINESS, SystemReadinessView } from './readiness-api';

const TRUST = 'Owner Test Trust';

/**
 * A runbook whose owner has left (deactivated) or is no longer a member of the organisation
 * has nobody answering for it: ROLES_HELD fails with a gap naming the owner, in the
 * organisation view and counted alike in the matrix.
 */
describe('readiness: the owner of a runbook', () => {
  let t: TestApp;
  let trust: LeadsOrg;
  let owner: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    trust = await organisationWithLeads(t, { name: TRUST });
    owner = await createUser(t, [{ organisationId: trust.org.id, role: Role.EPRR_LEAD }], {
      displayName: 'Dana Owner',
    });
    admin = await createUser(t, [{ organisationId: trust.org.id, role: Role.SYSTEM_ADMIN }]);
  });
  afterAll(() => t.close());
  beforeEach(() => setClockAndSignIn(t, TEST_START, [trust.author, trust.approver, admin]));

  const ownerGap = `Business continuity: owner Dana Owner is no longer active at ${TRUST}; name an active owner`;

  it('flags an owner who is inactive, or no longer a member, and the matrix counts the gap', async () => {
    const runbook = await approvedRunbook(
      t,
      trust.org.id,
      trust.author,
      trust.approver,
      { title: 'Business continuity', categories: ['RANSOMWARE'] },
      [step('Convene the incident team', { function: TeamFunction.EPRR, responsibleRole: Role.EPRR_LEAD })],
    );
    await act(t, 'setRunbookOwner', { id: runbook.id, userId: owner.id }, trust.author);
    const matrixGaps = async () => {
      const { systemReadiness } = await t.gql.ok<{ systemReadiness: SystemReadinessView }>(
        SYSTEM_READINESS,
        { category: 'RANSOMWARE' },
        { token: admin.token },
      );
      return systemReadiness.cells.find((c) => c.organisationId === trust.org.id)?.gapCount;
    };
    const readiness = () => runbookReadiness(t, trust.org.id, runbook.id, trust.author);

    let r = await readiness();
    expect(criterionOf(r, 'ROLES_HELD').status).toBe('PASS');
    expect(r.gaps.filter((g) => g.includes('owner'))).toEqual([]);
    const before = await matrixGaps();

    await t.gql.ok(`mutation ($id: ID!) { deactivateUser(id: $id) { id } }`, { id: owner.id }, { token: admin.token });
    r = await readiness();
    expect(criterionOf(r, 'ROLES_HELD')).toEqual({
      criterion: 'ROLES_HELD',
      status: 'FAIL',
      reason: `Owner Dana Owner is no longer active at ${TRUST}`,
    });
    expect(r.gaps).toContain(ownerGap);
    expect(await matrixGaps()).toBe((before ?? 0) + 1);

    // Active again, but no longer a member of the organisation: still nobody answers for the plan.
    await t.gql.ok(`mutation ($id: ID!) { reactivateUser(id: $id) { id } }`, { id: owner.id }, { token: admin.token });
    expect((await readiness()).gaps).not.toContain(ownerGap);
    await t.gql.ok(
      `mutation ($input: RevokeRoleInput!) { revokeRole(input: $input) }`,
      { input: { organisationId: trust.org.id, role: 'EPRR_LEAD', userId: owner.id } },
      { token: admin.token },
    );
    expect((await readiness()).gaps).toContain(ownerGap);
    expect(await matrixGaps()).toBe((before ?? 0) + 1);
  });
});
