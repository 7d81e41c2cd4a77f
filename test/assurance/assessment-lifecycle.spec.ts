import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import {
  createOrganisation,
  createUser,
  errorCode,
  setClockAndSignIn,
  startTestApp,
  TEST_START,
  TestApp,
  TestOrg,
  TestUser,
} from '@muster/testing';
import {
  ASSESSMENT,
  AssessmentView,
  call,
  CAF_FILE,
  CONFIRM,
  importedFramework,
  PUBLISH,
  RAISE_GAP_ACTION,
  RATE,
  RETURN,
  shippedFramework,
  smallEprr,
  START,
  START_NEXT,
  SUBMIT,
} from './assurance-api';
import { inbox, NotificationView } from '../notifications/notification-api';

/**
 * An EPRR self-assessment through its lifecycle: the trust's EPRR lead starts it (a row per
 * applicable standard), rates, submits once every standard is rated and every gap planned;
 * the ICB's EPRR lead returns it with comments, then confirms; confirmed, it never changes
 * (the API and the database refuse); published; next year's starts as a copy. A gap raises
 * an assignment and shows its status; closing it leaves the rating. Other organisations do
 * not see it; a CAF assessment rolls up per principle and objective.
 */
describe('assurance assessments', () => {
  let t: TestApp;
  let icb: TestOrg;
  let trust: TestOrg;
  let other: TestOrg;
  let icbLead: TestUser;
  let lead: TestUser;
  let igOfficer: TestUser;
  let viewer: TestUser;
  let otherLead: TestUser;
  let sysAdmin: TestUser;
  let eprrId: string;
  let cafId: string;

  beforeAll(async () => {
    t = await startTestApp();
    icb = await createOrganisation(t, { kind: OrganisationKind.ICB, name: 'Assurance Test ICB' });
    trust = await createOrganisation(t, { name: 'Assurance Test Acute Trust' });
    other = await createOrganisation(t, { kind: OrganisationKind.COMMUNITY_TRUST, name: 'Assurance Test Community' });
    icbLead = await createUser(t, [{ organisationId: icb.id, role: Role.EPRR_LEAD }]);
    lead = await createUser(t, [{ organisationId: trust.id, role: Role.EPRR_LEAD }]);
    igOfficer = await createUser(t, [{ organisationId: trust.id, role: Role.IG_OFFICER }]);
    viewer = await createUser(t, [{ organisationId: trust.id, role: Role.VIEWER }]);
    otherLead = await createUser(t, [{ organisationId: other.id, role: Role.EPRR_LEAD }]);
    sysAdmin = await createUser(t, [{ organisationId: icb.id, role: Role.SYSTEM_ADMIN }]);
    eprrId = (await importedFramework(t, sysAdmin, smallEprr())).id;
    cafId = (await importedFramework(t, sysAdmin, shippedFramework(CAF_FILE))).id;
  });
  afterAll(() => t.close());
  beforeEach(() => setClockAndSignIn(t, TEST_START, [icbLead, lead, igOfficer, viewer, otherLead, sysAdmin]));

  const start = async (who: TestUser, organisationId: string, frameworkId: string, period: string) => {
    const res = await call<{ startAssessment: AssessmentView }>(t, who, START, { organisationId, frameworkId, period });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.startAssessment;
  };
  const read = async (who: TestUser, id: string) =>
    (await t.gql.ok<{ assessment: AssessmentView }>(ASSESSMENT, { id }, { token: who.token })).assessment;
  const rate = (who: TestUser, a: AssessmentView, reference: string, extra: Record<string, unknown>) =>
    call<{ rateAssessmentRequirement: { rating: string } }>(t, who, RATE, {
      assessmentId: a.id,
      requirementId: a.ratings.find((r) => r.reference === reference)?.requirementId,
      ...extra,
    });

  it('runs DRAFT → SUBMITTED → (returned) → CONFIRMED → PUBLISHED, immutable once confirmed, copied next year', async () => {
    const a = await start(lead, trust.id, eprrId, '2025-26');
    expect(a.status).toBe('DRAFT');
    // CBRN-01 applies to acute trusts: four rows for the acute trust.
    expect(a.ratings.map((r) => r.reference)).toEqual(['GOV-01', 'GOV-02', 'CBRN-01', 'CBRN-02']);
    expect(a.band).toEqual({ applicable: 4, fullyCompliant: 0, percent: 0, band: 'NON_COMPLIANT' });
    const again = await call(t, lead, START, { organisationId: trust.id, frameworkId: eprrId, period: '2025-26' });
    expect(errorCode(again)).toBe('CONFLICT');

    expect(errorCode(await call(t, lead, SUBMIT, { assessmentId: a.id }))).toBe('CONFLICT');
    const wrongScale = await rate(lead, a, 'GOV-01', { rating: 'ACHIEVED' });
    expect(errorCode(wrongScale)).toBe('BAD_USER_INPUT');
    for (const ref of ['GOV-01', 'GOV-02', 'CBRN-02'])
      expect(
        (await rate(lead, a, ref, { rating: 'FULLY_COMPLIANT', evidence: 'Board minutes' })).errors,
      ).toBeUndefined();
    await rate(lead, a, 'CBRN-01', { rating: 'PARTIALLY_COMPLIANT' });
    const unplanned = await call<unknown>(t, lead, SUBMIT, { assessmentId: a.id });
    expect(errorCode(unplanned)).toBe('CONFLICT');
    expect(unplanned.errors?.[0]?.message).toContain('no planned improvement');
    await rate(lead, a, 'CBRN-01', {
      rating: 'PARTIALLY_COMPLIANT',
      improvement: 'Train a second decontamination team',
      targetDate: '2026-03-31',
      evidenceLinks: ['https://intranet.example.nhs.uk/cbrn'],
    });
    expect((await read(lead, a.id)).band).toEqual({
      applicable: 4,
      fullyCompliant: 3,
      percent: 75,
      band: 'NON_COMPLIANT',
    });

    // Only the organisation's EPRR lead edits an EPRR assessment; the ICB confirms.
    expect(errorCode(await rate(igOfficer, a, 'GOV-01', { rating: 'NON_COMPLIANT' }))).toBe('FORBIDDEN');
    expect(errorCode(await call(t, lead, SUBMIT, { assessmentId: a.id }))).toBeUndefined();
    expect(errorCode(await call(t, lead, CONFIRM, { assessmentId: a.id }))).toBe('FORBIDDEN');
    expect(errorCode(await rate(lead, a, 'GOV-01', { rating: 'NON_COMPLIANT' }))).toBe('CONFLICT');
    const returned = await call<{ returnAssessment: AssessmentView }>(t, icbLead, RETURN, {
      assessmentId: a.id,
      comment: 'Show the decontamination training records',
    });
    expect(returned.data?.returnAssessment).toMatchObject({
      status: 'DRAFT',
      returnComment: 'Show the decontamination training records',
    });
    await rate(lead, a, 'CBRN-01', { rating: 'PARTIALLY_COMPLIANT', evidence: 'Training records attached' });
    await call(t, lead, SUBMIT, { assessmentId: a.id });
    const confirmed = await call<{ confirmAssessment: AssessmentView }>(t, icbLead, CONFIRM, { assessmentId: a.id });
    expect(confirmed.data?.confirmAssessment.status).toBe('CONFIRMED');
    // Confirm and challenge is told: the ICB's EPRR lead of each submission, the trust's lead of the return and the confirmation.
    const about = (n: NotificationView) => n.about.entityId === a.id;
    expect((await inbox(t, icbLead)).filter(about).map((n) => n.kind)).toEqual([
      'ASSESSMENT_SUBMITTED',
      'ASSESSMENT_SUBMITTED',
    ]);
    const told = (await inbox(t, lead)).filter(about);
    // Both at the fixed clock's one instant: compared as a set.
    expect(told.map((n) => n.kind).sort()).toEqual(['ASSESSMENT_CONFIRMED', 'ASSESSMENT_RETURNED']);
    expect(told.find((n) => n.kind === 'ASSESSMENT_RETURNED')?.body).not.toContain('decontamination training records');
    expect((await inbox(t, viewer)).filter(about)).toEqual([]);

    // Confirmed: the API refuses a change, and so does the database.
    const before = await read(lead, a.id);
    expect(errorCode(await rate(lead, a, 'GOV-01', { rating: 'NON_COMPLIANT' }))).toBe('CONFLICT');
    await expect(
      t.dataSource.query(`UPDATE assurance_rating SET rating = 'NON_COMPLIANT' WHERE assessment_id = $1`, [a.id]),
    ).rejects.toThrow(/immutable/);
    await expect(
      t.dataSource.query(`UPDATE assurance_assessment SET status = 'DRAFT' WHERE id = $1`, [a.id]),
    ).rejects.toThrow(/immutable/);
    expect(await read(lead, a.id)).toEqual(before);

    expect(
      (await call<{ publishAssessment: AssessmentView }>(t, sysAdmin, PUBLISH, { assessmentId: a.id })).data,
    ).toEqual({ publishAssessment: { id: a.id, status: 'PUBLISHED' } });
    await expect(
      t.dataSource.query(`UPDATE assurance_assessment SET period = '2024-25' WHERE id = $1`, [a.id]),
    ).rejects.toThrow(/immutable/);

    const next = await call<{ startNextAssessment: AssessmentView }>(t, lead, START_NEXT, {
      previousAssessmentId: a.id,
      period: '2026-27',
    });
    const copy = next.data?.startNextAssessment;
    expect(copy).toMatchObject({ status: 'DRAFT', period: '2026-27', previousAssessmentId: a.id });
    expect(copy?.ratings.map((r) => [r.reference, r.rating, r.improvement])).toEqual([
      ['GOV-01', 'FULLY_COMPLIANT', ''],
      ['GOV-02', 'FULLY_COMPLIANT', ''],
      ['CBRN-01', 'PARTIALLY_COMPLIANT', 'Train a second decontamination team'],
      ['CBRN-02', 'FULLY_COMPLIANT', ''],
    ]);

    const audit = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE entity_type = 'assurance_assessment' AND entity_id = $1 ORDER BY id`,
      [a.id],
    );
    expect([...new Set(audit.map((e) => e.action))]).toEqual([
      'assurance.assessment_started',
      'assurance.requirement_rated',
      'assurance.assessment_submitted',
      'assurance.assessment_returned',
      'assurance.assessment_confirmed',
      'assurance.assessment_published',
    ]);
  });

  it('raises an action from a gap in one step; the gap shows its status, and closing it leaves the rating', async () => {
    const a = await start(lead, trust.id, eprrId, '2024-25');
    await rate(lead, a, 'GOV-01', { rating: 'FULLY_COMPLIANT' });
    await rate(lead, a, 'GOV-02', {
      rating: 'NON_COMPLIANT',
      improvement: 'Write the policy',
      targetDate: '2025-06-30',
    });
    const gap = a.ratings.find((r) => r.reference === 'GOV-02');
    const fully = a.ratings.find((r) => r.reference === 'GOV-01');
    expect(errorCode(await call(t, lead, RAISE_GAP_ACTION, { gapId: fully?.id, function: 'EPRR' }))).toBe('CONFLICT');
    expect(errorCode(await call(t, otherLead, RAISE_GAP_ACTION, { gapId: gap?.id, function: 'EPRR' }))).toBe(
      'NOT_FOUND',
    );
    const raised = await call<{
      raiseAssessmentGapAction: { id: string; status: string; version: number; title: string };
    }>(t, lead, RAISE_GAP_ACTION, { gapId: gap?.id, function: 'EPRR' });
    const action = raised.data?.raiseAssessmentGapAction;
    expect(action).toMatchObject({ status: 'OPEN', title: 'GOV-02 Policy statement' });
    const [source] = await t.dataSource.query<{ source_kind: string; source_id: string }[]>(
      `SELECT source_kind, source_id FROM assignment WHERE id = $1`,
      [action?.id],
    );
    expect(source).toEqual({ source_kind: 'ASSESSMENT_GAP', source_id: gap?.id });
    const shown = (await read(viewer, a.id)).ratings.find((r) => r.reference === 'GOV-02');
    expect(shown?.action).toEqual({ id: action?.id, status: 'OPEN', title: 'GOV-02 Policy statement' });

    const cancelled = await t.gql.request(
      `mutation ($input: AssignmentReasonInput!) { cancelAssignment(input: $input) { id status } }`,
      { input: { id: action?.id, version: action?.version, reason: 'Policy written and approved' } },
      { token: lead.token },
    );
    expect(cancelled.errors).toBeUndefined();
    const after = (await read(lead, a.id)).ratings.find((r) => r.reference === 'GOV-02');
    expect(after).toMatchObject({ rating: 'NON_COMPLIANT', isGap: true, action: { status: 'CANCELLED' } });
  });

  it('shows an assessment to the organisation, the ICB EPRR lead and system roles; NOT_FOUND to others', async () => {
    const a = await start(lead, trust.id, eprrId, '2023-24');
    expect((await read(viewer, a.id)).id).toBe(a.id);
    expect((await read(icbLead, a.id)).id).toBe(a.id);
    expect((await read(sysAdmin, a.id)).id).toBe(a.id);
    const foreign = await t.gql.request(ASSESSMENT, { id: a.id }, { token: otherLead.token });
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    expect(errorCode(await rate(otherLead, a, 'GOV-01', { rating: 'FULLY_COMPLIANT' }))).toBe('NOT_FOUND');
    expect(errorCode(await call(t, otherLead, SUBMIT, { assessmentId: a.id }))).toBe('NOT_FOUND');
    expect(errorCode(await call(t, otherLead, CONFIRM, { assessmentId: a.id }))).toBe('NOT_FOUND');
    expect(
      errorCode(await call(t, otherLead, START, { organisationId: trust.id, frameworkId: eprrId, period: '2022-23' })),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await call(t, viewer, START, { organisationId: trust.id, frameworkId: eprrId, period: '2022-23' })),
    ).toBe('FORBIDDEN');
  });

  it('lets the IG officer edit the CAF-aligned DSPT, rolled up per principle and objective', async () => {
    expect(
      errorCode(await call(t, lead, START, { organisationId: trust.id, frameworkId: cafId, period: '2025-26' })),
    ).toBe('FORBIDDEN');
    const a = await start(igOfficer, trust.id, cafId, '2025-26');
    expect(a.ratings).toHaveLength(39);
    await rate(igOfficer, a, 'A1.a', { rating: 'ACHIEVED' });
    await rate(igOfficer, a, 'A1.b', { rating: 'ACHIEVED' });
    await rate(igOfficer, a, 'A1.c', {
      rating: 'PARTIALLY_ACHIEVED',
      improvement: 'Board training',
      targetDate: '2026-01-31',
    });
    const rated = await read(igOfficer, a.id);
    expect(rated.cafPrinciples.find((p) => p.reference === 'A1')?.rating).toBe('PARTIALLY_ACHIEVED');
    expect(rated.cafPrinciples.find((p) => p.reference === 'A2')?.rating).toBeNull();
    expect(rated.cafObjectives.map((o) => o.reference)).toEqual(['A', 'B', 'C', 'D']);
    expect(rated.band.band).toBeNull();
    expect(rated.band).toMatchObject({ applicable: 39, fullyCompliant: 2, percent: 5 });
  });

  it("rates the year's deep dive apart: its questions never count towards the band, in the assessment or the ICS view", async () => {
    const framework = smallEprr();
    const dive = {
      reference: 'DD',
      name: 'Deep dive: loss of digital systems',
      deepDive: true,
      requirements: [
        { reference: 'DD-01', title: 'Plans usable without IT' },
        { reference: 'DD-02', title: 'Cyber response exercised' },
      ],
    };
    const id = (
      await importedFramework(t, sysAdmin, { ...framework, sections: [...(framework.sections as object[]), dive] })
    ).id;
    const a = await start(lead, trust.id, id, '2025-26');
    for (const ref of ['GOV-01', 'GOV-02', 'CBRN-01', 'CBRN-02', 'DD-01'])
      expect((await rate(lead, a, ref, { rating: 'FULLY_COMPLIANT' })).errors).toBeUndefined();
    await rate(lead, a, 'DD-02', {
      rating: 'NON_COMPLIANT',
      improvement: 'Exercise with IG',
      targetDate: '2026-03-31',
    });

    const view = await t.gql.ok<{
      assessment: {
        band: { applicable: number; band: string };
        deepDive: { applicable: number; fullyCompliant: number; percent: number; band: null };
        ratings: { reference: string; deepDive: boolean; isGap: boolean }[];
      };
      assuranceOverview: {
        sections: { reference: string; deepDive: boolean }[];
        organisations: { organisationId: string; band: { applicable: number; band: string } }[];
      };
    }>(
      `query ($id: ID!, $frameworkId: ID!) {
        assessment(id: $id) {
          band { applicable band } deepDive { applicable fullyCompliant percent band }
          ratings { reference deepDive isGap } }
        assuranceOverview(frameworkId: $frameworkId) {
          sections { reference deepDive } organisations { organisationId band { applicable band } } } }`,
      { id: a.id, frameworkId: id },
      { token: lead.token },
    );
    // Four standards, all fully compliant: FULL, whatever the deep dive says.
    expect(view.assessment.band).toEqual({ applicable: 4, band: 'FULL' });
    expect(view.assessment.deepDive).toEqual({ applicable: 2, fullyCompliant: 1, percent: 50, band: null });
    expect(view.assessment.ratings.filter((r) => r.deepDive).map((r) => [r.reference, r.isGap])).toEqual([
      ['DD-01', false],
      ['DD-02', true],
    ]);
    expect(view.assuranceOverview.sections).toEqual([
      { reference: 'GOV', deepDive: false },
      { reference: 'CBRN', deepDive: false },
      { reference: 'DD', deepDive: true },
    ]);
    expect(view.assuranceOverview.organisations).toEqual([
      { organisationId: trust.id, band: { applicable: 4, band: 'FULL' } },
    ]);
    // A framework without a deep dive reports none.
    const plain = await start(lead, trust.id, eprrId, '2027-28');
    const none = await t.gql.ok<{ assessment: { deepDive: null } }>(
      `query ($id: ID!) { assessment(id: $id) { deepDive { applicable } } }`,
      { id: plain.id },
      { token: lead.token },
    );
    expect(none.assessment.deepDive).toBeNull();
  });

  it('refuses a change made on a stale copy (optimistic version) with CONFLICT, and changes nothing', async () => {
    const a = await start(lead, trust.id, eprrId, '2028-29');
    const seen = (await read(lead, a.id)).version;
    expect((await rate(lead, a, 'GOV-01', { rating: 'FULLY_COMPLIANT', version: seen })).errors).toBeUndefined();
    const stale = await rate(lead, a, 'GOV-02', { rating: 'NON_COMPLIANT', version: seen });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toContain(`now version ${seen + 1}, you had ${seen}`);
    const after = await read(lead, a.id);
    expect(after.ratings.find((r) => r.reference === 'GOV-02')?.rating).toBeNull();
    expect(errorCode(await call(t, lead, SUBMIT, { assessmentId: a.id, version: seen }))).toBe('CONFLICT');
    // Someone from elsewhere learns nothing from the version: NOT_FOUND first.
    expect(errorCode(await call(t, otherLead, SUBMIT, { assessmentId: a.id, version: 999 }))).toBe('NOT_FOUND');
  });

  it("lets the ICB's EPRR lead confirm and publish the ICB's own assessment (the rule the console mirrors)", async () => {
    const a = await start(icbLead, icb.id, eprrId, '2026-27');
    expect(a.ratings.map((r) => r.reference)).toEqual(['GOV-01', 'GOV-02', 'CBRN-02']);
    for (const ref of ['GOV-01', 'GOV-02', 'CBRN-02'])
      expect((await rate(icbLead, a, ref, { rating: 'FULLY_COMPLIANT' })).errors).toBeUndefined();
    expect(errorCode(await call(t, icbLead, SUBMIT, { assessmentId: a.id }))).toBeUndefined();
    // Another organisation's EPRR lead does not even see it.
    expect(errorCode(await call(t, otherLead, CONFIRM, { assessmentId: a.id }))).toBe('NOT_FOUND');
    const confirmed = await call<{ confirmAssessment: { status: string } }>(t, icbLead, CONFIRM, {
      assessmentId: a.id,
    });
    expect(confirmed.data?.confirmAssessment.status).toBe('CONFIRMED');
    const published = await call<{ publishAssessment: { status: string } }>(t, icbLead, PUBLISH, {
      assessmentId: a.id,
    });
    expect(published.data?.publishAssessment.status).toBe('PUBLISHED');
  });
});
