import { Role } from '@muster/platform-access';
import { OrganisationKind, TeamFunction } from '@muster/identity';
import { createTeam, createUser, setClockAndSignIn, startTestApp, TEST_START, TestApp } from '@muster/testing';
import {
  act,
  approvedRunbook,
  draftWithSteps,
  LeadsOrg,
  organisationWithLeads,
  step,
  submitAndApprove,
} from '../runbooks/runbook-api';
import { recordExercise } from '../exercises/exercise-api';
import { criterionOf, readinessOf, runbookReadiness, SYSTEM_READINESS, SystemReadinessView } from './readiness-api';

const STOKE = 'Stoke-on-Trent City Council';
const { INFORMATION_GOVERNANCE, EPRR, CYBER_SOC, DIGITAL } = TeamFunction;

describe('readiness criteria', () => {
  let t: TestApp;
  let stoke: LeadsOrg;

  beforeAll(async () => {
    t = await startTestApp();
    stoke = await organisationWithLeads(t, { name: STOKE });
  });
  afterAll(() => t.close());
  beforeEach(() => setClockAndSignIn(t, TEST_START, [stoke.author, stoke.approver]));

  const ransomwareSteps = [
    step('Convene the incident team', { function: EPRR, responsibleRole: Role.EPRR_LEAD }),
    step('Isolate affected systems', { function: CYBER_SOC, responsibleRole: Role.RESPONDER }),
    step('Notify ICO', { function: INFORMATION_GOVERNANCE, responsibleRole: Role.IG_OFFICER }),
  ];
  const readiness = (runbookId: string) => runbookReadiness(t, stoke.org.id, runbookId, stoke.author);

  it('fails APPROVED_VERSION for a draft and a runbook in review, and passes it once a second EPRR lead approves', async () => {
    const draft = await draftWithSteps(t, stoke.org.id, stoke.author, ransomwareSteps, {
      title: 'Draft ransomware response',
      categories: ['RANSOMWARE'],
    });
    let r = await readiness(draft.id);
    expect(criterionOf(r, 'APPROVED_VERSION')).toEqual({
      criterion: 'APPROVED_VERSION',
      status: 'FAIL',
      reason: 'No version has been approved: the runbook is still a draft',
    });
    expect(r.gaps).toContain('Draft ransomware response: no approved version (still a draft)');
    expect(r.gaps).toContain('Draft ransomware response: no review date until a version is approved');

    await act(t, 'submitRunbookForReview', { id: draft.id }, stoke.author);
    r = await readiness(draft.id);
    expect(r.gaps).toContain('Draft ransomware response: no approved version (in review, awaiting approval)');

    await act(t, 'approveRunbook', { id: draft.id }, stoke.approver);
    r = await readiness(draft.id);
    expect(criterionOf(r, 'APPROVED_VERSION')).toMatchObject({
      status: 'PASS',
      reason: 'Version 1 approved on 28 November 2026',
    });
    expect(criterionOf(r, 'IN_REVIEW_DATE')).toMatchObject({
      status: 'PASS',
      reason: 'Next review due on 28 November 2027',
    });
    expect(r.approvedVersionNumber).toBe(1);
  });

  it('names each step whose role nobody holds, and passes ROLES_HELD once named, active people hold them in the right team', async () => {
    const runbook = await approvedRunbook(
      t,
      stoke.org.id,
      stoke.author,
      stoke.approver,
      { title: 'Ransomware response', categories: ['RANSOMWARE'] },
      ransomwareSteps,
    );
    let r = await readiness(runbook.id);
    expect(criterionOf(r, 'ROLES_HELD')).toMatchObject({ status: 'FAIL' });
    expect(r.gaps).toEqual([
      `Ransomware response: step 3 'Notify ICO' has no IG officer (Information Governance) at ${STOKE}`,
      `Ransomware response: step 2 'Isolate affected systems' has no responder (Cyber/SOC) at ${STOKE}`,
    ]);

    // An IG officer of another function's team does not count; a responder in no team does.
    const digital = await createTeam(t, stoke.org.id, DIGITAL);
    await createUser(t, [{ organisationId: stoke.org.id, role: Role.IG_OFFICER, teamId: digital.id }]);
    await createUser(t, [{ organisationId: stoke.org.id, role: Role.RESPONDER }]);
    r = await readiness(runbook.id);
    expect(r.gaps).toEqual([
      `Ransomware response: step 3 'Notify ICO' has no IG officer (Information Governance) at ${STOKE}`,
    ]);

    const ig = await createTeam(t, stoke.org.id, INFORMATION_GOVERNANCE);
    await createUser(t, [{ organisationId: stoke.org.id, role: Role.IG_OFFICER, teamId: ig.id }]);
    r = await readiness(runbook.id);
    expect(criterionOf(r, 'ROLES_HELD')).toEqual({
      criterion: 'ROLES_HELD',
      status: 'PASS',
      reason: 'Every step of version 1 (3 steps) has a named, active person in its role',
    });
    expect(r.gaps).toEqual([]);
    expect(r.score).toBe(1);
  });

  it('judges a never-approved runbook by its working-copy steps, as they are added, changed and removed', async () => {
    // Only the two EPRR leads (in no team) hold roles here: an IG officer is a low duty bit, a responder a high one.
    const trust = await organisationWithLeads(t, { name: 'Midlands Partnership Trust' });
    const admin = await createUser(t, [{ organisationId: trust.org.id, role: Role.SYSTEM_ADMIN }]);
    const draft = await draftWithSteps(
      t,
      trust.org.id,
      trust.author,
      [step('Notify the IG lead', { function: INFORMATION_GOVERNANCE, responsibleRole: Role.IG_OFFICER })],
      { title: 'EPR outage response', categories: ['IT_OUTAGE'] },
    );
    const steps = async () =>
      (
        await t.gql.ok<{ runbook: { steps: { id: string; title: string }[] } }>(
          `query ($id: ID!) { runbook(id: $id) { steps { id title } } }`,
          { id: draft.id },
          { token: trust.author.token },
        )
      ).runbook.steps;
    const roleGaps = async () => {
      const r = await runbookReadiness(t, trust.org.id, draft.id, trust.author);
      const matrix = await t.gql.ok<{ systemReadiness: SystemReadinessView }>(
        SYSTEM_READINESS,
        { category: 'IT_OUTAGE' },
        { token: admin.token },
      );
      const cell = matrix.systemReadiness.cells.find((c) => c.organisationId === trust.org.id);
      // The matrix counts what the organisation view names: the two draft gaps, plus the role gaps.
      expect(cell?.gapCount).toBe(r.gaps.length);
      return r.gaps.filter((g) => g.includes(' has no '));
    };
    const noIg = `EPR outage response: step 1 'Notify the IG lead' has no IG officer (Information Governance) at Midlands Partnership Trust`;
    expect(await roleGaps()).toEqual([noIg]);

    await act(
      t,
      'addRunbookStep',
      { runbookId: draft.id, title: 'Restore from backup', function: DIGITAL, responsibleRole: Role.RESPONDER },
      trust.author,
    );
    const noResponder = `EPR outage response: step 2 'Restore from backup' has no responder (Digital) at Midlands Partnership Trust`;
    expect(await roleGaps()).toEqual([noIg, noResponder]);

    const [ig, restore] = await steps();
    await t.gql.ok(
      `mutation ($input: RemoveRunbookStepInput!) { removeRunbookStep(input: $input) { id } }`,
      { input: { stepId: ig.id } },
      { token: trust.author.token },
    );
    expect(await roleGaps()).toEqual([noResponder.replace('step 2', 'step 1')]);

    await t.gql.ok(
      `mutation ($input: UpdateRunbookStepInput!) { updateRunbookStep(input: $input) { id } }`,
      { input: { stepId: restore.id, responsibleRole: Role.EPRR_LEAD } },
      { token: trust.author.token },
    );
    expect(await roleGaps()).toEqual([]);
    expect(criterionOf(await runbookReadiness(t, trust.org.id, draft.id, trust.author), 'ROLES_HELD')).toMatchObject({
      status: 'PASS',
      reason: 'Every step of the draft (1 step) has a named, active person in its role',
    });
  });

  it('stops counting a deactivated person as holding their role', async () => {
    const igTeam = await createTeam(t, stoke.org.id, INFORMATION_GOVERNANCE);
    const runbook = await approvedRunbook(
      t,
      stoke.org.id,
      stoke.author,
      stoke.approver,
      { title: 'Personal data breach response', categories: ['DATA_BREACH'] },
      [step('Assess the breach for the ICO', { function: INFORMATION_GOVERNANCE, responsibleRole: Role.IG_OFFICER })],
    );
    const admin = await createUser(t, [{ organisationId: stoke.org.id, role: Role.ORG_ADMIN }]);
    // Every IG officer of Stoke (the previous test's included) leaves.
    const officers: { user_id: string }[] = await t.dataSource.query(
      `SELECT user_id FROM membership WHERE organisation_id = $1 AND role = 'IG_OFFICER'`,
      [stoke.org.id],
    );
    const dpo = await createUser(t, [{ organisationId: stoke.org.id, role: Role.IG_OFFICER, teamId: igTeam.id }]);
    expect(criterionOf(await readiness(runbook.id), 'ROLES_HELD').status).toBe('PASS');

    for (const { user_id } of [...officers, { user_id: dpo.id }]) {
      await t.gql.ok(`mutation ($id: ID!) { deactivateUser(id: $id) { id } }`, { id: user_id }, { token: admin.token });
    }
    const r = await readiness(runbook.id);
    expect(criterionOf(r, 'ROLES_HELD').status).toBe('FAIL');
    expect(r.gaps).toEqual([
      `Personal data breach response: step 1 'Assess the breach for the ICO' has no IG officer (Information Governance) at ${STOKE}`,
    ]);
  });

  it('fails IN_REVIEW_DATE once the clock passes the review date, and passes it again after re-approval', async () => {
    const runbook = await approvedRunbook(
      t,
      stoke.org.id,
      stoke.author,
      stoke.approver,
      { title: 'Supplier compromise response', categories: ['SUPPLIER_COMPROMISE'] },
      [step('Call the supplier', { function: EPRR, responsibleRole: Role.EPRR_LEAD })],
    );
    await setClockAndSignIn(t, '2027-12-01T09:00:00Z', [stoke.author, stoke.approver]);
    let r = await readiness(runbook.id);
    expect(criterionOf(r, 'IN_REVIEW_DATE')).toEqual({
      criterion: 'IN_REVIEW_DATE',
      status: 'FAIL',
      reason: 'Review was due on 28 November 2027',
    });
    // A year on and never exercised, its first exercise is overdue too.
    expect(r.gaps).toEqual([
      'Supplier compromise response: review was due on 28 November 2027',
      'Supplier compromise response: never exercised (its first exercise was due by 28 November 2027)',
    ]);
    // 3 of the 5 evaluated criteria: TEMPLATE_CURRENT is NOT_APPLICABLE to its own runbook.
    expect(r.score).toBe(0.6);
    expect(criterionOf(r, 'TEMPLATE_CURRENT')).toEqual({
      criterion: 'TEMPLATE_CURRENT',
      status: 'NOT_APPLICABLE',
      reason: 'Not adopted from an ICS template',
    });

    await act(t, 'reviseRunbook', { id: runbook.id }, stoke.author);
    await submitAndApprove(t, runbook.id, stoke.author, stoke.approver);
    r = await readiness(runbook.id);
    expect(criterionOf(r, 'IN_REVIEW_DATE')).toMatchObject({
      status: 'PASS',
      reason: 'Next review due on 1 December 2028',
    });
  });

  it('judges EXERCISED from the exercises that tested the runbook: due a year after its first approval, then a year after each exercise', async () => {
    const runbook = await approvedRunbook(
      t,
      stoke.org.id,
      stoke.author,
      stoke.approver,
      { title: 'Email compromise response', categories: ['ACCOUNT_COMPROMISE'] },
      [step('Reset credentials', { function: EPRR, responsibleRole: Role.EPRR_LEAD })],
    );
    let r = await readiness(runbook.id);
    expect(criterionOf(r, 'EXERCISED')).toEqual({
      criterion: 'EXERCISED',
      status: 'PASS',
      reason: 'Not exercised yet: its first exercise is due by 28 November 2027',
    });
    expect(criterionOf(r, 'NO_OVERDUE_EXERCISE_ACTIONS')).toMatchObject({ status: 'PASS' });
    expect(r.score).toBe(1);

    const exercise = await recordExercise(t, stoke.author, {
      organisingOrganisationId: stoke.org.id,
      heldAt: '2027-02-10T10:00:00Z',
      runbookIds: [runbook.id],
    });
    expect(exercise.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT'); // not held yet at TEST_START
    await setClockAndSignIn(t, '2027-03-01T09:00:00Z', [stoke.author, stoke.approver]);
    await recordExercise(t, stoke.author, {
      organisingOrganisationId: stoke.org.id,
      heldAt: '2027-02-10T10:00:00Z',
      runbookIds: [runbook.id],
    });
    r = await readiness(runbook.id);
    expect(criterionOf(r, 'EXERCISED')).toMatchObject({ status: 'PASS', reason: 'Last exercised on 10 February 2027' });
    expect(criterionOf(r, 'IN_REVIEW_DATE').status).toBe('PASS');

    // Its first lessons make the plan due for review (EPRR: after every exercise), and its EPRR leads hear of it.
    const exerciseId = (
      await t.dataSource.query<{ exercise_id: string }[]>(
        `SELECT exercise_id FROM exercise_runbook WHERE runbook_id = $1`,
        [runbook.id],
      )
    )[0].exercise_id;
    await t.gql.ok(
      `mutation ($input: RecordExerciseFindingInput!) { recordExerciseFinding(input: $input) { id } }`,
      { input: { exerciseId, title: 'MFA reset took three hours out of hours' } },
      { token: stoke.author.token },
    );
    r = await readiness(runbook.id);
    expect(criterionOf(r, 'IN_REVIEW_DATE')).toMatchObject({
      status: 'FAIL',
      reason:
        'Due for review: lessons identified on 10 February 2027 by an exercise or activation that tested it, since its last review',
    });
    const inbox = await t.gql.ok<{ notifications: { nodes: { kind: string; title: string }[] } }>(
      `query { notifications(first: 10) { nodes { kind title } } }`,
      {},
      { token: stoke.approver.token },
    );
    expect(inbox.notifications.nodes).toContainEqual({
      kind: 'RUNBOOK_REVIEW_AFTER_EXERCISE',
      title: 'Review after exercise: Email compromise response',
    });
    await act(
      t,
      'markRunbookReviewed',
      { id: runbook.id, notes: 'Added the out-of-hours MFA reset route' },
      stoke.approver,
    );
    r = await readiness(runbook.id);
    expect(criterionOf(r, 'IN_REVIEW_DATE')).toMatchObject({
      status: 'PASS',
      reason: 'Next review due on 1 March 2028',
    });

    // A year and a day after the exercise, it is due another.
    await setClockAndSignIn(t, '2028-02-11T09:00:00Z', [stoke.author, stoke.approver]);
    r = await readiness(runbook.id);
    expect(criterionOf(r, 'EXERCISED')).toMatchObject({
      status: 'FAIL',
      reason: 'Last exercised on 10 February 2027, more than 12 months ago',
    });
    expect(r.gaps).toContain(
      'Email compromise response: last exercised on 10 February 2027; it is due an exercise every 12 months',
    );
    // Back to the start: the next suite's people sign in at TEST_START.
    await setClockAndSignIn(t, TEST_START, [stoke.author, stoke.approver]);
  });

  describe('ICS templates', () => {
    let icb: LeadsOrg;
    let templateId: string;
    const title = `DDoS response ICS ${Date.now()}`;

    beforeAll(async () => {
      icb = await organisationWithLeads(t, {
        kind: OrganisationKind.ICB,
        name: 'Staffordshire and Stoke-on-Trent ICB',
      });
      const template = await approvedRunbook(
        t,
        icb.org.id,
        icb.author,
        icb.approver,
        { title, categories: ['DDOS'], isTemplate: true },
        [step('Engage the internet provider', { function: EPRR, responsibleRole: Role.EPRR_LEAD })],
      );
      templateId = template.id;
    });

    it('makes a category with a template but no runbook a gap', async () => {
      const r = await readinessOf(t, stoke.org.id, stoke.author);
      const ddos = r.categories.find((c) => c.category === 'DDOS');
      expect(ddos).toMatchObject({ status: 'NOT_COVERED', score: 0, runbookIds: [] });
      expect(ddos?.gaps).toHaveLength(1);
      expect(ddos?.gaps[0]).toMatch(
        new RegExp(`^No runbook for DDoS \\(ICS templates? .*'${title}'.* not adopted\\)$`),
      );
      expect(r.gaps).toContain(ddos?.gaps[0]);
    });

    it('detects an adopted runbook behind its template until the update is approved', async () => {
      const adopted = await act(t, 'adoptTemplate', { templateId, organisationId: stoke.org.id }, stoke.author);
      await submitAndApprove(t, adopted.id, stoke.author, stoke.approver);
      expect(criterionOf(await readiness(adopted.id), 'TEMPLATE_CURRENT')).toMatchObject({
        status: 'PASS',
        reason: `Up to date with ICS template '${title}' (version 1)`,
      });
      const ddos = (await readinessOf(t, stoke.org.id, stoke.author)).categories.find((c) => c.category === 'DDOS');
      expect(ddos).toMatchObject({ status: 'READY', score: 1, runbookIds: [adopted.id] });

      await act(t, 'reviseRunbook', { id: templateId }, icb.author);
      await act(
        t,
        'addRunbookStep',
        { runbookId: templateId, ...step('Tell the public', { function: EPRR, responsibleRole: Role.EPRR_LEAD }) },
        icb.author,
      );
      await submitAndApprove(t, templateId, icb.author, icb.approver);
      let r = await readiness(adopted.id);
      expect(criterionOf(r, 'TEMPLATE_CURRENT')).toMatchObject({
        status: 'FAIL',
        reason: `Behind ICS template '${title}' (adopted version 1, latest version 2)`,
      });
      expect(r.gaps).toEqual([`${title}: behind ICS template '${title}' (adopted version 1, latest version 2)`]);

      // Updated in a draft: still behind while version 1 is in force.
      await act(t, 'reviseRunbook', { id: adopted.id }, stoke.author);
      await act(t, 'updateRunbookFromTemplate', { id: adopted.id }, stoke.author);
      expect(criterionOf(await readiness(adopted.id), 'TEMPLATE_CURRENT').status).toBe('FAIL');
      await submitAndApprove(t, adopted.id, stoke.author, stoke.approver);
      r = await readiness(adopted.id);
      expect(criterionOf(r, 'TEMPLATE_CURRENT')).toMatchObject({
        status: 'PASS',
        reason: `Up to date with ICS template '${title}' (version 2)`,
      });
      expect(r.approvedVersionNumber).toBe(2);
    });
  });

  it('shows in the matrix the same category scores and statuses as in the organisation view', async () => {
    const admin = await createUser(t, [{ organisationId: stoke.org.id, role: Role.SYSTEM_ADMIN }]);
    const [own, matrix] = await Promise.all([
      readinessOf(t, stoke.org.id, admin),
      t.gql.ok<{ systemReadiness: SystemReadinessView }>(SYSTEM_READINESS, {}, { token: admin.token }),
    ]);
    const cells = matrix.systemReadiness.cells.filter(
      (c) => c.organisationId === stoke.org.id && c.status !== 'NOT_APPLICABLE',
    );
    expect(cells.map(({ category, status, score, gapCount }) => ({ category, status, score, gapCount }))).toEqual(
      own.categories.map(({ category, status, score, gaps }) => ({ category, status, score, gapCount: gaps.length })),
    );
    const row = matrix.systemReadiness.organisations.find((o) => o.id === stoke.org.id);
    expect(row).toMatchObject({ score: own.score, gapCount: own.gaps.length });
  });
});
