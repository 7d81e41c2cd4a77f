import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createUser, errorCode, startTestApp, TestApp, TestUser } from '@muster/testing';
import { act, approvedRunbook, createRunbookOrg, draftWithSteps, RUNBOOK_FIELDS, RunbookView } from './runbook-api';

const LIST = `query ($filter: RunbookFilter, $first: Int, $after: String) {
  runbooks(filter: $filter, first: $first, after: $after) {
    nodes { ${RUNBOOK_FIELDS} versions { id versionNumber approvedBy { id } submittedBy { id } } currentVersion { id steps { id } approvedBy { displayName } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  runbooks: { nodes: RunbookView[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe('runbook queries', () => {
  let t: TestApp;
  let o: Awaited<ReturnType<typeof createRunbookOrg>>;
  let reader: TestUser;
  const titles: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set('2026-01-10T09:00:00Z');
    const icb = await createRunbookOrg(t, OrganisationKind.ICB);
    const template = await approvedRunbook(t, icb.org.id, icb.admin, icb.lead, {
      isTemplate: true,
      title: 'ICS template for DDoS',
      categories: ['DDOS'],
    });
    o = await createRunbookOrg(t);
    // 22 approved runbooks with steps and versions, one adopted, two drafts.
    for (let i = 0; i < 22; i++) {
      const title = `Runbook ${String(i).padStart(2, '0')}`;
      titles.push(title);
      await approvedRunbook(t, o.org.id, o.lead, o.secondLead, {
        title,
        categories: i % 2 ? ['RANSOMWARE'] : ['IT_OUTAGE'],
        reviewIntervalMonths: i < 5 ? 1 : 12,
      });
    }
    await reviseWithMoreSteps(5);
    await act(t, 'adoptTemplate', { templateId: template.id, organisationId: o.org.id }, o.lead);
    await draftWithSteps(t, o.org.id, o.lead, 1, { title: 'Zz draft one', categories: ['DATA_BREACH'] });
    t.clock.set('2026-03-01T09:00:00Z');
    reader = await createUser(t, [{ organisationId: o.org.id, role: Role.VIEWER }]);
  });
  afterAll(() => t.close());

  /** The last runbook gets a second version with `extra` more steps. */
  async function reviseWithMoreSteps(extra: number): Promise<void> {
    const [{ id }] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM runbook WHERE organisation_id = $1 AND title = 'Runbook 21'`,
      [o.org.id],
    );
    await act(t, 'reviseRunbook', { id }, o.lead);
    for (let i = 0; i < extra; i++)
      await act(
        t,
        'addRunbookStep',
        { runbookId: id, title: `Extra step ${i}`, function: 'EPRR', responsibleRole: 'EPRR_LEAD' },
        o.lead,
      );
    await act(t, 'submitRunbookForReview', { id }, o.lead);
    await act(t, 'approveRunbook', { id }, o.secondLead);
  }

  const page = (variables: Record<string, unknown>) => t.gql.request<Page>(LIST, variables, { token: reader.token });

  it('costs the same number of SQL statements for 2 runbooks as for 20, nested fields included', async () => {
    const small = await page({ first: 2, filter: { organisationId: o.org.id, status: 'APPROVED' } });
    const large = await page({ first: 20, filter: { organisationId: o.org.id, status: 'APPROVED' } });
    expect(small.errors).toBeUndefined();
    expect(small.data?.runbooks.nodes).toHaveLength(2);
    expect(large.data?.runbooks.nodes).toHaveLength(20);
    expect(large.data?.runbooks.nodes.every((n) => n.steps.length === 2 && n.currentVersion)).toBe(true);
    expect(small.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
  });

  it('pages through every runbook by title with keyset cursors, no duplicates or gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res: Awaited<ReturnType<typeof page>> = await page({
        first: 7,
        after,
        filter: { organisationId: o.org.id },
      });
      seen.push(...(res.data?.runbooks.nodes ?? []).map((n) => n.title));
      after = res.data?.runbooks.pageInfo.hasNextPage ? res.data.runbooks.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([...seen].sort());
    expect(seen).toEqual(expect.arrayContaining([...titles, 'ICS template for DDoS', 'Zz draft one']));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(24);
  });

  it('refuses a cursor that is not from this list', async () => {
    expect(errorCode(await page({ after: 'bm9wZQ' }))).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await page({ after: Buffer.from(JSON.stringify(['a', 'not-a-uuid'])).toString('base64url') })),
    ).toBe('BAD_USER_INPUT');
  });

  it('filters by category, status, template and review due date (by the clock)', async () => {
    const titlesOf = async (filter: Record<string, unknown>) =>
      ((await page({ first: 100, filter: { organisationId: o.org.id, ...filter } })).data?.runbooks.nodes ?? []).map(
        (n) => n.title,
      );
    expect(await titlesOf({ category: 'RANSOMWARE' })).toHaveLength(11);
    expect(await titlesOf({ status: 'DRAFT' })).toEqual(['ICS template for DDoS', 'Zz draft one']);
    expect(await titlesOf({ dueForReview: true })).toEqual([
      'Runbook 00',
      'Runbook 01',
      'Runbook 02',
      'Runbook 03',
      'Runbook 04',
    ]);
    expect(await titlesOf({ dueForReview: false })).toHaveLength(19);
    const templates = (await page({ first: 100, filter: { isTemplate: true } })).data?.runbooks.nodes ?? [];
    expect(templates.map((n) => n.title)).toContain('ICS template for DDoS');
    expect(templates.every((n) => n.isTemplate)).toBe(true);
  });

  it('answers runbook(id) with steps and versions in as many statements for 7 steps and 2 versions as for 2 and 1', async () => {
    const nodes = (await page({ first: 100, filter: { organisationId: o.org.id } })).data?.runbooks.nodes ?? [];
    const adopted = nodes.find((n) => n.templateStatus) as RunbookView;
    expect(adopted.templateStatus).toMatchObject({ adoptedVersion: 1, latestVersion: 1, behind: false });
    const revised = nodes.find((n) => n.title === 'Runbook 21') as RunbookView;
    const query = `query ($id: ID!) { runbook(id: $id) { ${RUNBOOK_FIELDS} versions { id steps { id } approvedBy { id } } } }`;
    const plain = nodes.find((n) => n.title === 'Runbook 19') as RunbookView;
    const one = await t.gql.request<{ runbook: RunbookView }>(query, { id: plain.id }, { token: reader.token });
    expect(one.data?.runbook.steps).toHaveLength(2);
    const many = await t.gql.request<{ runbook: RunbookView & { versions: unknown[] } }>(
      query,
      { id: revised.id },
      { token: reader.token },
    );
    expect(many.data?.runbook.steps).toHaveLength(7);
    expect(many.data?.runbook.versions).toHaveLength(2);
    expect(many.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
  });
});
