import { Role } from '@muster/platform-access';
import { TeamFunction } from '@muster/identity';
import {
  DESIGNATION_SHIFT,
  DUTY_DESIGNATIONS,
  DUTY_FUNCTIONS,
  DUTY_ROLES,
  dutyBit,
  HALF_BITS,
} from '@muster/readiness/testing';
import { createOrganisation, createUser, startTestApp, TestApp, TestUser } from '@muster/testing';
import { bulkOrganisations, bulkRunbooks, draftWithSteps, organisationWithLeads, step } from '../runbooks/runbook-api';
import { requestReadiness, requestSystemReadiness } from './readiness-api';

describe('readiness SQL statements', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    const home = await createOrganisation(t);
    admin = await createUser(t, [{ organisationId: home.id, role: Role.SYSTEM_ADMIN }]);
  });
  afterAll(() => t.close());

  async function statements(
    request: Promise<{ errors?: unknown[]; extensions?: { sqlStatements?: number } }>,
  ): Promise<number> {
    const res = await request;
    expect(res.errors).toBeUndefined();
    return res.extensions?.sqlStatements as number;
  }

  it('costs systemReadiness the same statements for 3 organisations or 43, with 1 runbook each or 25 of 12 steps', async () => {
    const leads = await organisationWithLeads(t);
    await draftWithSteps(
      t,
      leads.org.id,
      leads.author,
      [step('Convene the team', { function: TeamFunction.EPRR, responsibleRole: Role.EPRR_LEAD })],
      { title: 'A draft in the matrix', categories: ['RANSOMWARE'] },
    );
    await bulkRunbooks(t, await bulkOrganisations(t, 2), 1, 2);
    const small = await statements(requestSystemReadiness(t, admin));
    const filteredSmall = await statements(requestSystemReadiness(t, admin, 'RANSOMWARE'));

    await bulkRunbooks(t, await bulkOrganisations(t, 40), 25, 12);
    const big = await requestSystemReadiness(t, admin);
    expect(await statements(Promise.resolve(big))).toBe(small);
    const ransomware = await requestSystemReadiness(t, admin, 'RANSOMWARE');
    expect(await statements(Promise.resolve(ransomware))).toBe(filteredSmall);
    expect(ransomware.data?.systemReadiness.categories.map((c) => c.category)).toEqual(['RANSOMWARE']);
    expect(ransomware.data?.systemReadiness.cells).toHaveLength(
      ransomware.data?.systemReadiness.organisations.length ?? -1,
    );
    // The principal, the organisations, the runbooks, the holders, the templates.
    expect(small).toBeLessThanOrEqual(6);

    const matrix = big.data?.systemReadiness;
    expect(matrix?.cells).toHaveLength((matrix?.organisations.length ?? 0) * (matrix?.categories.length ?? 0));
    const bulkCells = matrix?.cells.filter((c) => c.runbookCount > 0 && c.status !== 'NOT_COVERED') ?? [];
    expect(bulkCells.length).toBeGreaterThan(40 * 4 - 1);
  });

  it('gives every organisation the same scores, statuses and gap counts in the matrix as in its own view', async () => {
    // Drafts, approved runbooks, reviews passed and not, roles held and not, in organisations on both sides of the split.
    const orgs = await bulkOrganisations(t, 12);
    await bulkRunbooks(t, orgs, 10, 5);
    const unheld = await bulkOrganisations(t, 1);
    await bulkRunbooks(t, unheld, 5, 4);
    await t.dataSource.query(
      `UPDATE membership SET role = 'VIEWER' WHERE organisation_id = $1 AND role = 'IG_OFFICER'`,
      [unheld[0]],
    );
    const matrix = (await requestSystemReadiness(t, admin)).data?.systemReadiness;
    for (const id of [...orgs, ...unheld]) {
      const own = (await requestReadiness(t, id, admin)).data?.readiness;
      const cells = matrix?.cells.filter((c) => c.organisationId === id && c.status !== 'NOT_APPLICABLE');
      expect(cells?.map(({ category, status, score, gapCount }) => ({ category, status, score, gapCount }))).toEqual(
        own?.categories
          .filter((c) => c.status !== 'NOT_APPLICABLE')
          .map(({ category, status, score, gaps }) => ({ category, status, score, gapCount: gaps.length })),
      );
      expect(matrix?.organisations.find((o) => o.id === id)).toMatchObject({
        score: own?.score,
        gapCount: own?.gaps.length,
      });
    }
    expect([...new Set(matrix?.cells.map((c) => c.status))]).toEqual(expect.arrayContaining(['READY', 'GAPS']));
  });

  it("costs an organisation's readiness the same statements for 1 runbook or 60", async () => {
    const [org] = await bulkOrganisations(t, 1);
    await bulkRunbooks(t, [org], 1, 3);
    const one = await statements(requestReadiness(t, org, admin));
    await bulkRunbooks(t, [org], 59, 20);
    const res = await requestReadiness(t, org, admin);
    expect(await statements(Promise.resolve(res))).toBe(one);
    expect(res.data?.readiness.runbooks).toHaveLength(60);
  });

  it('agrees with the database on the bit of every duty', async () => {
    const [{ bits }] = await t.dataSource.query<{ bits: string[] }[]>(
      `SELECT array_agg((readiness_duty_bit(r, f) & $3::bigint)::text || ':' || (readiness_duty_bit(r, f) >> $4::int)::text ORDER BY ri, fi) AS bits
       FROM unnest($1::text[]) WITH ORDINALITY AS a (r, ri), unnest($2::text[]) WITH ORDINALITY AS b (f, fi)`,
      [DUTY_ROLES, DUTY_FUNCTIONS, 2 ** HALF_BITS - 1, HALF_BITS],
    );
    const expected = DUTY_ROLES.flatMap((role) => DUTY_FUNCTIONS.map((fn) => dutyBit({ role, function: fn }))).map(
      (d) => `${d.lo}:${d.hi}`,
    );
    expect(bits).toEqual(expected);
    const [{ designations }] = await t.dataSource.query<{ designations: number[] }[]>(
      `SELECT array_agg((readiness_designation_bit(d) >> $2::int)::int ORDER BY di) AS designations
       FROM unnest($1::text[]) WITH ORDINALITY AS a (d, di)`,
      [DUTY_DESIGNATIONS, DESIGNATION_SHIFT],
    );
    expect(designations).toEqual(DUTY_DESIGNATIONS.map((designation) => dutyBit({ designation }).des));
  });
});
