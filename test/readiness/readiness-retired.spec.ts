import { Role } from '@muster/platform-access';
import { OrganisationKind, TeamFunction } from '@muster/identity';
import { createUser, setClockAndSignIn, startTestApp, TEST_START, TestApp, TestUser } from '@muster/testing';
import { act, approvedRunbook, draftWithSteps, LeadsOrg, organisationWithLeads, step } from '../runbooks/runbook-api';
import { readinessOf, SYSTEM_READINESS, SystemReadinessView } from './readiness-api';

const TEMPLATE = 'Fuel disruption response (retirement test)';
const steps = [step('Convene the incident team', { function: TeamFunction.EPRR, responsibleRole: Role.EPRR_LEAD })];

/**
 * A category whose approved runbook was retired with nothing approved in its place says so:
 * "retired without a replacement", not a plain "no runbook". The cell is NOT_COVERED in
 * the organisation view and the matrix alike.
 */
describe('readiness: a category whose runbook was retired', () => {
  let t: TestApp;
  let icb: LeadsOrg;
  let trust: LeadsOrg;
  let admin: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    icb = await organisationWithLeads(t, { kind: OrganisationKind.ICB, name: 'Retirement Test ICB' });
    trust = await organisationWithLeads(t, { name: 'Retirement Test Trust' });
    admin = await createUser(t, [{ organisationId: trust.org.id, role: Role.SYSTEM_ADMIN }]);
  });
  afterAll(() => t.close());
  beforeEach(() => setClockAndSignIn(t, TEST_START, [icb.author, icb.approver, trust.author, trust.approver, admin]));

  const fuel = async () =>
    (await readinessOf(t, trust.org.id, trust.author)).categories.find((c) => c.category === 'FUEL_DISRUPTION');
  const cell = async () => {
    const { systemReadiness } = await t.gql.ok<{ systemReadiness: SystemReadinessView }>(
      SYSTEM_READINESS,
      { category: 'FUEL_DISRUPTION' },
      { token: admin.token },
    );
    return systemReadiness.cells.find((c) => c.organisationId === trust.org.id);
  };

  it('says "retired without a replacement" until a runbook is approved in its place', async () => {
    await approvedRunbook(
      t,
      icb.org.id,
      icb.author,
      icb.approver,
      { title: TEMPLATE, categories: ['FUEL_DISRUPTION'], isTemplate: true },
      steps,
    );
    const plain = `No runbook for fuel disruption (ICS template '${TEMPLATE}' not adopted)`;
    const retired = `No runbook for fuel disruption (its runbook was retired without a replacement; ICS template '${TEMPLATE}' not adopted)`;
    expect((await fuel())?.gaps).toEqual([plain]);

    // A draft that was never approved and is retired is not a plan that was lost.
    const draft = await draftWithSteps(t, trust.org.id, trust.author, steps, {
      title: 'Fuel plan draft',
      categories: ['FUEL_DISRUPTION'],
    });
    await act(t, 'retireRunbook', { id: draft.id, reason: 'Started by mistake' }, trust.author);
    expect((await fuel())?.gaps).toEqual([plain]);

    const plan = await approvedRunbook(
      t,
      trust.org.id,
      trust.author,
      trust.approver,
      { title: 'Fuel disruption', categories: ['FUEL_DISRUPTION'] },
      steps,
    );
    expect(await fuel()).toMatchObject({ status: 'READY', gaps: [] });

    await act(t, 'retireRunbook', { id: plan.id, reason: 'Superseded by the county plan' }, trust.author);
    expect(await fuel()).toMatchObject({ status: 'NOT_COVERED', score: 0, runbookIds: [], gaps: [retired] });
    expect((await readinessOf(t, trust.org.id, trust.author)).gaps).toContain(retired);
    expect(await cell()).toMatchObject({ status: 'NOT_COVERED', gapCount: 1, runbookCount: 0 });

    const replacement = await approvedRunbook(
      t,
      trust.org.id,
      trust.author,
      trust.approver,
      { title: 'Fuel disruption (2027)', categories: ['FUEL_DISRUPTION'] },
      steps,
    );
    expect(await fuel()).toMatchObject({ status: 'READY', runbookIds: [replacement.id], gaps: [] });
    expect(await cell()).toMatchObject({ status: 'READY', gapCount: 0 });
  });
});
