import { randomUUID } from 'node:crypto';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createUser, errorCode, startTestApp, TestApp, TestUser } from '@muster/testing';
import { approvedRunbook, draftWithSteps, LeadsOrg, organisationWithLeads, step } from '../runbooks/runbook-api';
import { readinessOf, requestSystemReadiness } from './readiness-api';

const OPT_IN = `mutation ($input: ReadinessOptInInput!) { optInToCategory(input: $input) { organisationId category optedInBy optedInAt } }`;
const WITHDRAW = `mutation ($input: ReadinessOptInInput!) { withdrawCategoryOptIn(input: $input) { organisationId category optedInBy } }`;
const OPT_INS = `query ($organisationId: ID!) { readinessOptIns(organisationId: $organisationId) { category optedInBy } }`;

type OptInView = { organisationId: string; category: string; optedInBy: string | null; optedInAt: string };

describe('readiness applicability: categories by organisation kind, and opt-ins', () => {
  let t: TestApp;
  let icb: LeadsOrg;
  let trust: LeadsOrg;
  let council: LeadsOrg;
  let councilViewer: TestUser;
  let councilAdmin: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    icb = await organisationWithLeads(t, { kind: OrganisationKind.ICB });
    trust = await organisationWithLeads(t, { kind: OrganisationKind.ACUTE_TRUST });
    council = await organisationWithLeads(t, {
      kind: OrganisationKind.LOCAL_AUTHORITY,
      name: 'Stoke-on-Trent City Council',
    });
    councilViewer = await createUser(t, [{ organisationId: council.org.id, role: Role.VIEWER }]);
    councilAdmin = await createUser(t, [{ organisationId: council.org.id, role: Role.ORG_ADMIN }]);
    // ICS templates: supplier compromise (NHS bodies only) and ransomware (councils too).
    for (const category of ['SUPPLIER_COMPROMISE', 'RANSOMWARE']) {
      await approvedRunbook(
        t,
        icb.org.id,
        icb.author,
        icb.approver,
        { title: `${category} ICS template`, categories: [category], isTemplate: true },
        [step('Convene')],
      );
    }
  });
  afterAll(() => t.close());

  const cellsOf = async (organisationId: string) =>
    (await requestSystemReadiness(t, icb.author)).data?.systemReadiness.cells.filter(
      (c) => c.organisationId === organisationId,
    ) ?? [];
  const statusOf = async (organisationId: string, category: string) => {
    const own = (await readinessOf(t, organisationId, icb.author)).categories.find((c) => c.category === category);
    const cell = (await cellsOf(organisationId)).find((c) => c.category === category);
    return {
      own: own && { status: own.status, score: own.score, gaps: own.gaps.length },
      cell: cell && { status: cell.status, score: cell.score, gaps: cell.gapCount },
    };
  };
  const optIn = (who: TestUser, category: string, organisationId = council.org.id) =>
    t.gql.request<{ optInToCategory: OptInView }>(
      OPT_IN,
      { input: { organisationId, category } },
      { token: who.token },
    );
  const withdraw = (who: TestUser, category: string, organisationId = council.org.id) =>
    t.gql.request<{ withdrawCategoryOptIn: OptInView }>(
      WITHDRAW,
      { input: { organisationId, category } },
      { token: who.token },
    );
  const optInsOf = async (who: TestUser, organisationId = council.org.id) =>
    (
      await t.gql.ok<{ readinessOptIns: { category: string; optedInBy: string | null }[] }>(
        OPT_INS,
        { organisationId },
        { token: who.token },
      )
    ).readinessOptIns;
  const auditOf = (
    organisationId: string,
  ): Promise<{ action: string; summary: string; changes: Record<string, unknown> }[]> =>
    t.dataSource.query(
      `SELECT action, summary, changes FROM audit_event WHERE organisation_id = $1 AND action LIKE 'readiness.%' ORDER BY occurred_at, id`,
      [organisationId],
    );

  it('holds a trust to an NHS template but not a council, which an NHS clinical plan does not apply to', async () => {
    expect(await statusOf(trust.org.id, 'SUPPLIER_COMPROMISE')).toEqual({
      own: { status: 'NOT_COVERED', score: 0, gaps: 1 },
      cell: { status: 'NOT_COVERED', score: 0, gaps: 1 },
    });
    expect(await statusOf(council.org.id, 'SUPPLIER_COMPROMISE')).toEqual({
      own: { status: 'NOT_APPLICABLE', score: null, gaps: 0 },
      cell: { status: 'NOT_APPLICABLE', score: null, gaps: 0 },
    });
    // Ransomware applies to councils: it is their gap, and the only one of these two.
    expect(await statusOf(council.org.id, 'RANSOMWARE')).toEqual({
      own: { status: 'NOT_COVERED', score: 0, gaps: 1 },
      cell: { status: 'NOT_COVERED', score: 0, gaps: 1 },
    });
    const own = await readinessOf(t, council.org.id, icb.author);
    expect(own.gaps.some((g) => g.startsWith('No runbook for supplier compromise'))).toBe(false);
    expect(own.gaps.some((g) => g.startsWith('No runbook for ransomware'))).toBe(true);
  });

  it("lets a council's EPRR lead opt in to a category, audited, so readiness holds it to it; and withdraw it", async () => {
    const res = await optIn(council.author, 'SUPPLIER_COMPROMISE');
    expect(res.errors).toBeUndefined();
    expect(res.data?.optInToCategory).toMatchObject({
      organisationId: council.org.id,
      category: 'SUPPLIER_COMPROMISE',
      optedInBy: council.author.id,
    });
    expect(await optInsOf(councilViewer)).toEqual([{ category: 'SUPPLIER_COMPROMISE', optedInBy: council.author.id }]);
    expect(await optInsOf(icb.author)).toHaveLength(1);
    expect(await statusOf(council.org.id, 'SUPPLIER_COMPROMISE')).toEqual({
      own: { status: 'NOT_COVERED', score: 0, gaps: 1 },
      cell: { status: 'NOT_COVERED', score: 0, gaps: 1 },
    });

    const back = await withdraw(councilAdmin, 'SUPPLIER_COMPROMISE');
    expect(back.data?.withdrawCategoryOptIn).toMatchObject({
      category: 'SUPPLIER_COMPROMISE',
      optedInBy: council.author.id,
    });
    expect(await optInsOf(councilViewer)).toEqual([]);
    expect((await statusOf(council.org.id, 'SUPPLIER_COMPROMISE')).cell?.status).toBe('NOT_APPLICABLE');
    expect(await auditOf(council.org.id)).toEqual([
      {
        action: 'readiness.category_opted_in',
        summary: 'Stoke-on-Trent City Council opted in to readiness for supplier compromise',
        changes: { before: [], after: ['SUPPLIER_COMPROMISE'] },
      },
      {
        action: 'readiness.category_opt_in_withdrawn',
        summary: 'Stoke-on-Trent City Council withdrew its opt-in to readiness for supplier compromise',
        changes: { before: ['SUPPLIER_COMPROMISE'], after: [] },
      },
    ]);
  });

  it('lists a runbook for a category that does not apply, but leaves it out of the score and the gaps until the council opts in', async () => {
    // Past its review date: a gap, if the category applied.
    const ddos = await approvedRunbook(
      t,
      council.org.id,
      council.author,
      council.approver,
      { title: 'Council DDoS plan', categories: ['DDOS'] },
      [step('Call the ISP')],
    );
    await t.dataSource.query(`UPDATE runbook SET next_review_at = $2::timestamptz - interval '1 day' WHERE id = $1`, [
      ddos.id,
      t.clock.now(),
    ]);
    let own = await readinessOf(t, council.org.id, council.author);
    expect(own.runbooks.find((r) => r.runbookId === ddos.id)?.gaps).toHaveLength(1);
    expect(own.categories.find((c) => c.category === 'DDOS')).toEqual({
      category: 'DDOS',
      status: 'NOT_APPLICABLE',
      score: null,
      runbookIds: [ddos.id],
      gaps: [],
    });
    expect(own.gaps.filter((g) => g.startsWith('Council DDoS plan'))).toEqual([]);
    const row = async () =>
      (await requestSystemReadiness(t, icb.author)).data?.systemReadiness.organisations.find(
        (o) => o.id === council.org.id,
      );
    expect(await row()).toMatchObject({ score: own.score, gapCount: own.gaps.length });
    expect((await cellsOf(council.org.id)).find((c) => c.category === 'DDOS')).toMatchObject({
      status: 'NOT_APPLICABLE',
      score: null,
      gapCount: 0,
      runbookCount: 1,
    });

    expect((await optIn(council.author, 'DDOS')).errors).toBeUndefined();
    own = await readinessOf(t, council.org.id, council.author);
    expect(own.categories.find((c) => c.category === 'DDOS')).toMatchObject({
      // 4 of its 5 evaluated criteria pass: the review date fails (TEMPLATE_CURRENT does not apply to its own plan).
      status: 'GAPS',
      score: 0.8,
      runbookIds: [ddos.id],
    });
    expect(own.gaps.filter((g) => g.startsWith('Council DDoS plan'))).toHaveLength(1);
    expect(await row()).toMatchObject({ score: own.score, gapCount: own.gaps.length });
  });

  it('refuses an opt-in to a category that applies already, a second opt-in and a withdrawal of none, naming the field, writing nothing', async () => {
    const before = await auditOf(council.org.id);
    const applies = await optIn(council.author, 'RANSOMWARE');
    expect(errorCode(applies)).toBe('BAD_USER_INPUT');
    expect(applies.errors?.[0].extensions?.fields?.[0].field).toBe('category');
    expect(applies.errors?.[0].extensions?.fields?.[0].message).toMatch(
      /already applies to Stoke-on-Trent City Council by its kind/,
    );
    expect(errorCode(await optIn(council.author, 'DDOS'))).toBe('CONFLICT');
    const none = await withdraw(council.author, 'HEATWAVE');
    expect(errorCode(none)).toBe('BAD_USER_INPUT');
    expect(none.errors?.[0].extensions?.fields?.[0].field).toBe('category');
    expect(errorCode(await optIn(council.author, 'NOT_A_CATEGORY'))).toBe('BAD_USER_INPUT');
    expect(await auditOf(council.org.id)).toEqual(before);
    expect(await optInsOf(council.author)).toEqual([{ category: 'DDOS', optedInBy: council.author.id }]);
  });

  it('does not let a new draft beside an approved runbook of the category pull its score down', async () => {
    const plan = await approvedRunbook(
      t,
      trust.org.id,
      trust.author,
      trust.approver,
      { title: 'Flood plan', categories: ['FLOODING'] },
      [step('Move patients up')],
    );
    expect(await statusOf(trust.org.id, 'FLOODING')).toEqual({
      own: { status: 'READY', score: 1, gaps: 0 },
      cell: { status: 'READY', score: 1, gaps: 0 },
    });
    const draft = await draftWithSteps(t, trust.org.id, trust.author, [step('Sandbags')], {
      title: 'Flood plan for the new wing',
      categories: ['FLOODING'],
    });
    expect(await statusOf(trust.org.id, 'FLOODING')).toEqual({
      own: { status: 'READY', score: 1, gaps: 0 },
      cell: { status: 'READY', score: 1, gaps: 0 },
    });
    const own = await readinessOf(t, trust.org.id, trust.author);
    expect(own.categories.find((c) => c.category === 'FLOODING')?.runbookIds.sort()).toEqual(
      [plan.id, draft.id].sort(),
    );
    // Its own criteria still show it is a draft; its gaps are not the organisation's yet.
    expect(own.runbooks.find((r) => r.runbookId === draft.id)?.gaps).toContain(
      'Flood plan for the new wing: no approved version (still a draft)',
    );
    expect(own.gaps.filter((g) => g.startsWith('Flood plan'))).toEqual([]);
    const row = (await requestSystemReadiness(t, icb.author)).data?.systemReadiness.organisations.find(
      (o) => o.id === trust.org.id,
    );
    expect(row).toMatchObject({ score: own.score, gapCount: own.gaps.length });
  });

  it("lets only the organisation's EPRR lead or admin (or a system administrator) change its opt-ins; NOT_FOUND out of sight", async () => {
    expect(errorCode(await optIn(councilViewer, 'HEATWAVE'))).toBe('FORBIDDEN');
    // The ICB's EPRR lead sees every organisation's opt-ins, but changes only the ICB's.
    expect(errorCode(await optIn(icb.author, 'HEATWAVE'))).toBe('FORBIDDEN');
    expect(errorCode(await optIn(trust.author, 'HEATWAVE'))).toBe('NOT_FOUND');
    expect(
      errorCode(await t.gql.request(OPT_INS, { organisationId: council.org.id }, { token: trust.author.token })),
    ).toBe('NOT_FOUND');
    const missing = await optIn(council.author, 'HEATWAVE', randomUUID());
    expect(errorCode(missing)).toBe('NOT_FOUND');
    const sysAdmin = await createUser(t, [{ organisationId: trust.org.id, role: Role.SYSTEM_ADMIN }]);
    expect((await optIn(sysAdmin, 'HEATWAVE')).errors).toBeUndefined();
    expect((await optInsOf(councilViewer)).map((o) => o.category)).toEqual(['DDOS', 'HEATWAVE']);
  });
});
