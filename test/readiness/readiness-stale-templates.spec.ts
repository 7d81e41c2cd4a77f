import { Role } from '@muster/platform-access';
import { OrganisationKind, TeamFunction } from '@muster/identity';
import { createUser, setClockAndSignIn, startTestApp, TEST_START, TestApp, TestUser } from '@muster/testing';
import { act, approvedRunbook, LeadsOrg, organisationWithLeads, RunbookView, step } from '../runbooks/runbook-api';
import { readinessOf, SYSTEM_READINESS, SystemReadinessView } from './readiness-api';

const ICB = 'Stale Template Test ICB';
const TEMPLATE = 'Mass gathering response (stale template test)';
const steps = [step('Convene the incident team', { function: TeamFunction.EPRR, responsibleRole: Role.EPRR_LEAD })];
const FOUR_MONTHS_ON = '2027-03-28T09:00:00Z';

/**
 * Every organisation that adopted an ICS template is measured against it, so the ICB's own
 * template past its review date is the ICB's gap: in each category of the template that
 * applies to the ICB (GAPS, not READY) and once in its total, in the organisation view and
 * the matrix alike. Nobody else's readiness changes for it.
 */
describe('readiness: the ICB keeps its templates in date', () => {
  let t: TestApp;
  let icb: LeadsOrg;
  let trust: LeadsOrg;
  let admin: TestUser;
  let template: RunbookView;

  beforeAll(async () => {
    t = await startTestApp();
    icb = await organisationWithLeads(t, { kind: OrganisationKind.ICB, name: ICB });
    trust = await organisationWithLeads(t, { name: 'Stale Template Test Trust' });
    admin = await createUser(t, [{ organisationId: trust.org.id, role: Role.SYSTEM_ADMIN }]);
  });
  // The template would be a category's "template not adopted" for later suites in this worker's database.
  afterAll(async () => {
    if (template) await act(t, 'retireRunbook', { id: template.id, reason: 'End of the test' }, icb.author);
    await t.close();
  });
  const everyone = () => [icb.author, icb.approver, trust.author, trust.approver, admin];

  const massGathering = async (organisationId: string, who: TestUser) =>
    (await readinessOf(t, organisationId, who)).categories.find((c) => c.category === 'MASS_GATHERING');
  const cells = async () => {
    const { systemReadiness } = await t.gql.ok<{ systemReadiness: SystemReadinessView }>(
      SYSTEM_READINESS,
      { category: 'MASS_GATHERING' },
      { token: admin.token },
    );
    const of = (id: string) => systemReadiness.cells.find((c) => c.organisationId === id);
    const row = systemReadiness.organisations.find((o) => o.id === icb.org.id);
    return { icb: of(icb.org.id), trust: of(trust.org.id), icbGaps: row?.gapCount };
  };

  it("counts the ICB's template past its review date as the ICB's gap, and clears it on review", async () => {
    await setClockAndSignIn(t, TEST_START, everyone());
    template = await approvedRunbook(
      t,
      icb.org.id,
      icb.author,
      icb.approver,
      { title: TEMPLATE, categories: ['MASS_GATHERING'], isTemplate: true, reviewIntervalMonths: 3 },
      steps,
    );
    // Their own plans for the category, reviewed yearly.
    for (const org of [icb, trust])
      await approvedRunbook(
        t,
        org.org.id,
        org.author,
        org.approver,
        { title: 'Mass gathering plan', categories: ['MASS_GATHERING'] },
        steps,
      );
    expect(await massGathering(icb.org.id, icb.author)).toMatchObject({ status: 'READY', gaps: [] });
    expect(await cells()).toMatchObject({ icb: { status: 'READY', gapCount: 0 }, icbGaps: 0 });

    // Four months on the template is a month past its review; the plans (12 months) are in date.
    await setClockAndSignIn(t, FOUR_MONTHS_ON, everyone());
    const gap = `ICS template '${TEMPLATE}': review was due on 28 February 2027`;
    expect(await massGathering(icb.org.id, icb.author)).toMatchObject({ status: 'GAPS', score: 1, gaps: [gap] });
    // (Other suites' templates in this worker's database may add "No runbook for …" gaps.)
    const icbGaps = (await readinessOf(t, icb.org.id, icb.author)).gaps;
    expect(icbGaps.filter((g) => !g.startsWith('No runbook for '))).toEqual([gap]);
    expect(await cells()).toMatchObject({
      icb: { status: 'GAPS', gapCount: 1 },
      trust: { status: 'READY', gapCount: 0 },
      icbGaps: 1,
    });
    expect(await massGathering(trust.org.id, trust.author)).toMatchObject({ status: 'READY', gaps: [] });

    // Reviewed without change: the review clock restarts and the gap goes.
    await act(t, 'markRunbookReviewed', { id: template.id, notes: 'Reviewed with the LRF, no change' }, icb.approver);
    expect(await massGathering(icb.org.id, icb.author)).toMatchObject({ status: 'READY', gaps: [] });
    expect(await cells()).toMatchObject({ icb: { status: 'READY', gapCount: 0 }, icbGaps: 0 });
  });
});
