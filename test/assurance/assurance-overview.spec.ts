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
    status: string;
    band: { applicable: number; fullyCompliant: number; percent: number; band: string | null };
    cells: { sectionReference: string; full: number; partial: number; none: number; unrated: number }[];
  }[];
  gaps: { id: string; organisationId: string; reference: string; rating: string }[];
}

/**
 * The ICS view: organisations × sections of a framework version, each organisation's band,
 * the system's gaps (most severe first, then oldest) — in the same number of statements for
 * 3 organisations as for 40. A trust's member sees only its own row.
 */
describe('assurance overview', () => {
  let t: TestApp;
  let icbLead: TestUser;
  let trustViewer: TestUser;
  let frameworkId: string;
  const trusts: TestOrg[] = [];
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
    const sysAdmin = await createUser(t, [{ organisationId: icb.id, role: Role.SYSTEM_ADMIN }]);
    frameworkId = (await importedFramework(t, sysAdmin, smallEprr())).id;
    for (let i = 0; i < 3; i++) trusts.push(await createOrganisation(t, { name: `Overview Trust ${i}` }));
    trustViewer = await createUser(t, [{ organisationId: trusts[0].id, role: Role.VIEWER }]);
    const { FULLY_COMPLIANT: F, PARTIALLY_COMPLIANT: P, NON_COMPLIANT: N } = AssuranceRating;
    await assess(trusts[0], [F, F, F, F]);
    await assess(trusts[1], [F, P, F, F]);
    await assess(trusts[2], [N, F, F]);
  });
  afterAll(() => t.close());
  beforeEach(() => setClockAndSignIn(t, TEST_START, [icbLead, trustViewer]));

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
    expect(view?.organisations.map((o) => [o.organisationName, o.band.percent, o.band.band])).toEqual([
      ['Overview Trust 0', 100, 'FULL'],
      ['Overview Trust 1', 75, 'NON_COMPLIANT'],
      ['Overview Trust 2', 50, 'NON_COMPLIANT'],
    ]);
    expect(view?.organisations[2].cells).toEqual([
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
    const unknown = await t.gql.request(
      OVERVIEW,
      { frameworkId: '00000000-0000-4000-8000-000000000000' },
      { token: icbLead.token },
    );
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });

  it('reads 40 organisations in as many statements as 3', async () => {
    const small = await t.gql.request(OVERVIEW, { frameworkId }, { token: icbLead.token });
    const { FULLY_COMPLIANT: F, PARTIALLY_COMPLIANT: P } = AssuranceRating;
    for (let i = 3; i < 40; i++) {
      const org = await createOrganisation(t, { name: `Overview Trust ${i}` });
      await assess(org, i % 2 ? [F, P] : [F]);
    }
    const large = await t.gql.request<{ assuranceOverview: OverviewView }>(
      OVERVIEW,
      { frameworkId },
      { token: icbLead.token },
    );
    expect(large.data?.assuranceOverview.organisations).toHaveLength(40);
    expect(small.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
  });

  it("reads an organisation's assessments with their ratings and gaps' actions in as many statements for 1 as for 3", async () => {
    const LIST = `query ($id: ID!) { organisationAssessments(organisationId: $id) {
      id period band { band } cafPrinciples { reference } ratings { reference rating action { status } } } }`;
    const org = await createOrganisation(t, { name: 'Overview Listed Trust' });
    const { FULLY_COMPLIANT: F, NON_COMPLIANT: N } = AssuranceRating;
    await assess(org, [F, N]);
    const one = await t.gql.request<{ organisationAssessments: unknown[] }>(
      LIST,
      { id: org.id },
      { token: icbLead.token },
    );
    expect(one.data?.organisationAssessments).toHaveLength(1);
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
