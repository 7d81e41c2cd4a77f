import { Role } from '@muster/platform-access';
import { AssessmentLifecycleService, AssuranceRating } from '@muster/assurance';
import { OrganisationKind, SystemPrincipal } from '@muster/identity';
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
import { importedFramework, OVERVIEW, smallEprr } from './assurance-api';

interface OverviewView {
  sections: { reference: string; name: string }[];
  organisations: {
    organisationId: string;
    organisationName: string;
    started: boolean;
    assessmentId: string | null;
    status: string | null;
    band: { applicable: number; fullyCompliant: number; percent: number; band: string | null } | null;
    cells: { sectionReference: string; full: number; partial: number; none: number; unrated: number }[];
  }[];
  gaps: { id: string; organisationId: string; reference: string; rating: string }[];
}

/**
 * The ICS view: organisations × sections of a framework version, each organisation's band,
 * the system's gaps (most severe first, then oldest) — in the same number of statements for
 * 3 organisations as for 40. Organisations the framework applies to without an assessment
 * come first, not started. A trust's member sees only its own row. (The database is shared
 * by the test files: the ICB's view is read for this file's organisations.)
 */
describe('assurance overview', () => {
  let t: TestApp;
  let icbLead: TestUser;
  let trustViewer: TestUser;
  let idleViewer: TestUser;
  let sysAdmin: TestUser;
  let frameworkId: string;
  let idle: TestOrg;
  const trusts: TestOrg[] = [];
  const mine = new Set<string>();
  const ofMine = (view: OverviewView | undefined) =>
    (view?.organisations ?? []).filter((o) => mine.has(o.organisationId));
  const system = new SystemPrincipal();

  /** An assessment rated by the system: `full` of the first standards fully compliant, the rest as given. */
  const assess = async (org: TestOrg, ratings: AssuranceRating[]) => {
    const service = t.app.get(AssessmentLifecycleService);
    const a = await service.start(system, { organisationId: org.id, frameworkId, period: '2025-26' });
    const rows = await t.dataSource.query<{ requirement_id: string }[]>(
      `SELECT g.requirement_id FROM assurance_rating g JOIN assurance_requirement r ON r.id = g.requirement_id
        WHERE g.assessment_id = $1 ORDER BY r.position`,
      [a.id],
    );
    for (const [i, rating] of ratings.entries())
      await service.rate(system, {
        assessmentId: a.id,
        requirementId: rows[i].requirement_id,
        rating,
        improvement: 'Planned',
        targetDate: '2026-03-31',
      });
  };

  beforeAll(async () => {
    t = await startTestApp();
    const icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    icbLead = await createUser(t, [{ organisationId: icb.id, role: Role.EPRR_LEAD }]);
    sysAdmin = await createUser(t, [{ organisationId: icb.id, role: Role.SYSTEM_ADMIN }]);
    frameworkId = (await importedFramework(t, sysAdmin, smallEprr())).id;
    for (let i = 0; i < 3; i++) trusts.push(await createOrganisation(t, { name: `Overview Trust ${i}` }));
    idle = await createOrganisation(t, { name: 'Overview Idle Trust' });
    for (const org of [...trusts, idle]) mine.add(org.id);
    trustViewer = await createUser(t, [{ organisationId: trusts[0].id, role: Role.VIEWER }]);
    idleViewer = await createUser(t, [{ organisationId: idle.id, role: Role.VIEWER }]);
    const { FULLY_COMPLIANT: F, PARTIALLY_COMPLIANT: P, NON_COMPLIANT: N } = AssuranceRating;
    await assess(trusts[0], [F, F, F, F]);
    await assess(trusts[1], [F, P, F, F]);
    await assess(trusts[2], [N, F, F]);
  });
  afterAll(() => t.close());
  beforeEach(() => setClockAndSignIn(t, TEST_START, [icbLead, trustViewer, idleViewer, sysAdmin]));

  it('shows every organisation × section with its band, and the gaps most severe first', async () => {
    const res = await t.gql.request<{ assuranceOverview: OverviewView }>(
      OVERVIEW,
      { frameworkId },
      { token: icbLead.token },
    );
    const view = res.data?.assuranceOverview;
    expect(view?.sections).toEqual([
      { reference: 'GOV', name: 'Governance' },
      { reference: 'CBRN', name: 'Hazardous materials and CBRN' },
    ]);
    expect(ofMine(view).map((o) => [o.organisationName, o.status, o.band?.percent, o.band?.band])).toEqual([
      ['Overview Idle Trust', null, undefined, undefined],
      ['Overview Trust 0', 'DRAFT', 100, 'FULL'],
      ['Overview Trust 1', 'DRAFT', 75, 'NON_COMPLIANT'],
      ['Overview Trust 2', 'DRAFT', 50, 'NON_COMPLIANT'],
    ]);
    expect(ofMine(view)[0]).toEqual({
      organisationId: idle.id,
      organisationName: 'Overview Idle Trust',
      started: false,
      assessmentId: null,
      status: null,
      period: null,
      band: null,
      cells: [],
    });
    // Every organisation not started comes before every one started.
    const started = view?.organisations.map((o) => o.started) ?? [];
    expect(started.indexOf(true)).toBeGreaterThan(started.lastIndexOf(false));
    expect(ofMine(view)[3].cells).toEqual([
      { sectionReference: 'GOV', full: 1, partial: 0, none: 1, unrated: 0 },
      { sectionReference: 'CBRN', full: 1, partial: 0, none: 0, unrated: 1 },
    ]);
    expect(view?.gaps.map((g) => [g.organisationId, g.reference, g.rating])).toEqual([
      [trusts[2].id, 'GOV-01', 'NON_COMPLIANT'],
      [trusts[1].id, 'GOV-02', 'PARTIALLY_COMPLIANT'],
    ]);

    // A trust's member sees its own row only.
    const own = await t.gql.request<{ assuranceOverview: OverviewView }>(
      OVERVIEW,
      { frameworkId },
      { token: trustViewer.token },
    );
    expect(own.data?.assuranceOverview.organisations.map((o) => o.organisationId)).toEqual([trusts[0].id]);
    expect(own.data?.assuranceOverview.gaps).toEqual([]);
    // A member of an organisation that has not started sees its own row, not started.
    const idleOwn = await t.gql.request<{ assuranceOverview: OverviewView }>(
      OVERVIEW,
      { frameworkId },
      { token: idleViewer.token },
    );
    expect(idleOwn.data?.assuranceOverview.organisations.map((o) => [o.organisationId, o.started])).toEqual([
      [idle.id, false],
    ]);
    const unknown = await t.gql.request(
      OVERVIEW,
      { frameworkId: '00000000-0000-4000-8000-000000000000' },
      { token: icbLead.token },
    );
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });

  it('counts as not started only the organisations the framework applies to (their kind)', async () => {
    const ambulanceOnly = smallEprr();
    for (const section of ambulanceOnly.sections as { requirements: { appliesTo?: string[] }[] }[])
      for (const requirement of section.requirements) requirement.appliesTo = ['AMBULANCE_TRUST'];
    const ambulanceFramework = (await importedFramework(t, sysAdmin, ambulanceOnly)).id;
    const ambulance = await createOrganisation(t, {
      name: 'Overview Ambulance',
      kind: OrganisationKind.AMBULANCE_TRUST,
    });
    const res = await t.gql.request<{ assuranceOverview: OverviewView }>(
      OVERVIEW,
      { frameworkId: ambulanceFramework },
      { token: icbLead.token },
    );
    const ids = res.data?.assuranceOverview.organisations.map((o) => o.organisationId) ?? [];
    expect(ids).toContain(ambulance.id);
    expect(ids).not.toContain(idle.id);
    expect(ids).not.toContain(trusts[0].id);
  });

  it('reads 40 organisations in as many statements as 3', async () => {
    const small = await t.gql.request(OVERVIEW, { frameworkId }, { token: icbLead.token });
    const { FULLY_COMPLIANT: F, PARTIALLY_COMPLIANT: P } = AssuranceRating;
    for (let i = 3; i < 40; i++) {
      const org = await createOrganisation(t, { name: `Overview Trust ${i}` });
      mine.add(org.id);
      if (i % 5) await assess(org, i % 2 ? [F, P] : [F]);
    }
    const large = await t.gql.request<{ assuranceOverview: OverviewView }>(
      OVERVIEW,
      { frameworkId },
      { token: icbLead.token },
    );
    const rows = ofMine(large.data?.assuranceOverview);
    expect(rows).toHaveLength(41);
    expect(rows.filter((o) => !o.started)).toHaveLength(8);
    expect(small.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
  });

  it("reads an organisation's assessments with their ratings and gaps' actions in as many statements for 1 as for 3", async () => {
    const LIST = `query ($id: ID!) { organisationAssessments(organisationId: $id) {
      id period band { band } cafPrinciples { reference } ratings { reference rating action { status } owner { id displayName active } } } }`;
    const org = await createOrganisation(t, { name: 'Overview Listed Trust' });
    const { FULLY_COMPLIANT: F, NON_COMPLIANT: N } = AssuranceRating;
    await assess(org, [F, N]);
    const owner = await createUser(t, [{ organisationId: org.id, role: Role.VIEWER }], { displayName: 'Olu Owner' });
    const [first] = await t.dataSource.query<{ assessment_id: string; requirement_id: string }[]>(
      `SELECT g.assessment_id, g.requirement_id FROM assurance_rating g JOIN assurance_assessment a ON a.id = g.assessment_id
        JOIN assurance_requirement r ON r.id = g.requirement_id WHERE a.organisation_id = $1 ORDER BY r.position LIMIT 1`,
      [org.id],
    );
    await t.app.get(AssessmentLifecycleService).rate(system, {
      assessmentId: first.assessment_id,
      requirementId: first.requirement_id,
      rating: F,
      ownerUserId: owner.id,
    });
    const one = await t.gql.request<{
      organisationAssessments: { ratings: { owner: { id: string; displayName: string; active: boolean } | null }[] }[];
    }>(LIST, { id: org.id }, { token: icbLead.token });
    expect(one.data?.organisationAssessments).toHaveLength(1);
    // The owner by name, to the ICB's EPRR lead too (who is not of the organisation): never an email.
    const owners = one.data?.organisationAssessments[0].ratings.map((r) => r.owner) ?? [];
    expect(owners).toContainEqual({ id: owner.id, displayName: 'Olu Owner', active: true });
    expect(owners).toContain(null);
    const email = await t.gql.request(
      `query ($id: ID!) { organisationAssessments(organisationId: $id) { ratings { owner { email } } } }`,
      { id: org.id },
      { token: icbLead.token },
    );
    expect(errorCode(email)).toBe('GRAPHQL_VALIDATION_FAILED');
    // Outside the organisation and not the ICB's lead: NOT_FOUND, owner and all.
    const outsider = await t.gql.request(LIST, { id: org.id }, { token: trustViewer.token });
    expect(errorCode(outsider)).toBe('NOT_FOUND');
    const service = t.app.get(AssessmentLifecycleService);
    for (const period of ['2023-24', '2024-25'])
      await service.start(system, { organisationId: org.id, frameworkId, period });
    const three = await t.gql.request<{ organisationAssessments: { period: string }[] }>(
      LIST,
      { id: org.id },
      { token: icbLead.token },
    );
    expect(three.data?.organisationAssessments.map((a) => a.period)).toEqual(['2025-26', '2024-25', '2023-24']);
    expect(three.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
  });
});
