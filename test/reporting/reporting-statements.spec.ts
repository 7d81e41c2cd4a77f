import { Role } from '@muster/platform-access';
import { FixedClock } from '@muster/platform-core';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, startTestApp, TestApp, TestUser } from '@muster/testing';
import { organisationMetrics, systemMetrics } from './reporting-api';
import { bulkActivity } from './reporting-bulk';

/** This suite's own year (the suites of a worker share its database). */
const Y = 2034;

describe('metrics SQL statements', () => {
  let t: TestApp;
  let admin: TestUser;
  let board: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(new Date(`${Y}-11-28T09:00:00Z`)) });
    const icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    admin = await createUser(t, [{ organisationId: icb.id, role: Role.SYSTEM_ADMIN }]);
    board = await createUser(t, [{ organisationId: icb.id, role: Role.VIEWER }]);
  });
  afterAll(() => t.close());

  async function statements(res: Promise<{ errors?: unknown[]; extensions?: { sqlStatements?: number } }>) {
    const r = await res;
    expect(r.errors).toBeUndefined();
    return r.extensions?.sqlStatements as number;
  }

  it('costs systemMetrics and organisationMetrics the same statements for 3 organisations as for 40', async () => {
    const october = { month: `${Y}-10` };
    const [first] = await bulkActivity(t.dataSource, 3, admin.id, Y);
    const small = {
      admin: await statements(systemMetrics(t, admin, october)),
      board: await statements(systemMetrics(t, board, october)),
      organisation: await statements(organisationMetrics(t, board, first, october)),
      year: await statements(systemMetrics(t, admin, { financialYear: Y })),
    };
    await bulkActivity(t.dataSource, 37, admin.id, Y);
    const big = await systemMetrics(t, admin, october);
    expect(big.data?.systemMetrics.assignments.byOrganisation.length).toBeGreaterThanOrEqual(40);
    expect({
      admin: await statements(Promise.resolve(big)),
      board: await statements(systemMetrics(t, board, october)),
      organisation: await statements(organisationMetrics(t, board, first, october)),
      year: await statements(systemMetrics(t, admin, { financialYear: Y })),
    }).toEqual(small);
    // The principal; twelve metric statements (counts and trend of incidents, assignments, IG, posture; exercises;
    // assessments; cyber alert acknowledgements; on-call pages); readiness's four; and, for the board, whether their
    // organisation is the ICB.
    expect(small.admin).toBeLessThanOrEqual(18);
    expect(small.board).toBe(small.admin + 1);
  });
});
