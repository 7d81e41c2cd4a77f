import { TeamFunction } from '@muster/identity';
import { Role } from '@muster/platform-access';
import { PostureAudit } from '@muster/posture';
import { createOrganisation, createTeam, createUser, startTestApp, TestApp, TestOrg } from '@muster/testing';
import { posture, PostureDayResult, reportPosture, SERIES, socWithKey } from './posture-api';

describe('posture breach: a critical vulnerability past the patch target raises one assignment', () => {
  let t: TestApp;
  let soc: TestOrg;
  let key: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ soc, key } = await socWithKey(t));
  });
  afterAll(() => t.close());

  const breachAssignments = (organisationId: string) =>
    t.dataSource.query<
      { id: string; team_id: string | null; function: string; source_id: string; assigning_organisation_id: string }[]
    >(
      `SELECT id, team_id, function, source_id, assigning_organisation_id FROM assignment
        WHERE organisation_id = $1 AND source_kind = 'POSTURE_BREACH'`,
      [organisationId],
    );

  it("raises it for the organisation's Cyber/SOC team once, however often the breach is reported", async () => {
    const trust = await createOrganisation(t);
    await createTeam(t, trust.id, TeamFunction.DIGITAL);
    const cyber = await createTeam(t, trust.id, TeamFunction.CYBER_SOC);
    const breached = posture(trust.id, { criticalOpen: 3, criticalPastTarget: 1 });

    const first = await reportPosture(t, key, '2026-10-01', [breached]);
    expect(first.data?.reportPosture).toMatchObject({ recorded: 1, breachesRaised: 1 });
    const [assignment, ...more] = await breachAssignments(trust.id);
    expect(more).toEqual([]);
    expect(assignment).toMatchObject({
      team_id: cyber.id,
      function: 'CYBER_SOC',
      assigning_organisation_id: soc.id,
    });

    // The same day again, a retry, the next day still breached, and the day superseded: no second assignment.
    const results = await Promise.all([
      reportPosture(t, key, '2026-10-01', [breached]),
      reportPosture(t, key, '2026-10-02', [breached]),
      reportPosture(t, key, '2026-10-01', [{ ...breached, criticalPastTarget: 2 }]),
    ]);
    expect(results.map((r) => r.data?.reportPosture.breachesRaised)).toEqual([0, 0, 0]);
    expect(await breachAssignments(trust.id)).toHaveLength(1);

    const viewer = await createUser(t, [{ organisationId: trust.id, role: Role.VIEWER }]);
    const { posture: days } = await t.gql.ok<{ posture: PostureDayResult[] }>(
      SERIES,
      { organisationId: trust.id, from: '2026-10-01', to: '2026-10-02' },
      { token: viewer.token },
    );
    expect(days.map((d) => [d.day, d.breached, d.breachAssignmentId])).toEqual([
      ['2026-10-01', true, assignment.id],
      ['2026-10-02', true, null],
    ]);
    const audit = await t.dataSource.query<{ entity_id: string }[]>(
      `SELECT entity_id FROM audit_event WHERE action = $1 AND organisation_id = $2`,
      [PostureAudit.breachRaised, trust.id],
    );
    expect(audit).toHaveLength(1);
  });

  it('raises one assignment when two days of a new breach arrive at the same time', async () => {
    const orgs = [await createOrganisation(t), await createOrganisation(t)];
    const results = await Promise.all(
      ['2026-10-10', '2026-10-11', '2026-10-12'].map((day) =>
        reportPosture(
          t,
          key,
          day,
          orgs.map((o) => posture(o.id, { criticalPastTarget: 1 })),
        ),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(results.reduce((n, r) => n + (r.data?.reportPosture.breachesRaised ?? 0), 0)).toBe(2);
    for (const o of orgs) expect(await breachAssignments(o.id)).toHaveLength(1);
  });

  it('goes to the Digital team of an organisation without a Cyber/SOC team, and not for high vulnerabilities only', async () => {
    const council = await createOrganisation(t);
    const digital = await createTeam(t, council.id, TeamFunction.DIGITAL);
    const quiet = await reportPosture(t, key, '2026-10-03', [posture(council.id, { highPastTarget: 10 })]);
    expect(quiet.data?.reportPosture.breachesRaised).toBe(0);
    const res = await reportPosture(t, key, '2026-10-04', [posture(council.id, { criticalPastTarget: 2 })]);
    expect(res.data?.reportPosture.breachesRaised).toBe(1);
    expect(await breachAssignments(council.id)).toEqual([
      expect.objectContaining({ team_id: digital.id, function: 'DIGITAL' }),
    ]);
  });
});
