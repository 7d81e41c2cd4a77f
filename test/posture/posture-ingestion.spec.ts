import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { PostureAudit } from '@muster/posture';
import { createOrganisation, createUser, errorCode, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
import { apiKeyOf, posture, PostureDayResult, reportPosture, SERIES, socWithKey } from './posture-api';

describe('SOC posture ingestion: one row per organisation and day, by the SOC API key only', () => {
  let t: TestApp;
  let soc: TestOrg;
  let key: string;
  let trust: TestOrg;
  let council: TestOrg;
  let trustViewer: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    ({ soc, key } = await socWithKey(t));
    trust = await createOrganisation(t);
    council = await createOrganisation(t, { kind: OrganisationKind.LOCAL_AUTHORITY });
    trustViewer = await createUser(t, [{ organisationId: trust.id, role: Role.VIEWER }]);
  });
  afterAll(() => t.close());

  const rows = (day: string) =>
    t.dataSource.query<{ organisation_id: string; revision: number }[]>(
      `SELECT organisation_id, revision FROM posture_report WHERE day = $1 AND organisation_id = ANY($2) ORDER BY organisation_id`,
      [day, [trust.id, council.id]],
    );
  const events = (action: string) =>
    t.dataSource.query<{ changes: Record<string, unknown>; actor_type: string }[]>(
      `SELECT changes, actor_type FROM audit_event WHERE action = $1 AND organisation_id = ANY($2) ORDER BY id`,
      [action, [trust.id, council.id]],
    );

  it('records a day for every organisation in one call, and the same day again changes nothing', async () => {
    const day = '2026-11-01';
    const first = await reportPosture(t, key, day, [posture(trust.id), posture(council.id, { criticalOpen: 0 })]);
    expect(first.errors).toBeUndefined();
    expect(first.data?.reportPosture).toEqual({
      day,
      recorded: 2,
      superseded: 0,
      unchanged: 0,
      breachesRaised: 0,
      patchTargetDays: 14,
    });
    const recordedEvents = (await events(PostureAudit.reportRecorded)).length;
    expect(recordedEvents).toBe(2);

    const again = await reportPosture(t, key, day, [posture(trust.id), posture(council.id, { criticalOpen: 0 })]);
    expect(again.data?.reportPosture).toMatchObject({ recorded: 0, superseded: 0, unchanged: 2 });
    expect(await rows(day)).toHaveLength(2);
    expect((await rows(day)).every((r) => r.revision === 1)).toBe(true);
    expect(await events(PostureAudit.reportRecorded)).toHaveLength(recordedEvents);
    expect(await events(PostureAudit.reportSuperseded)).toHaveLength(0);
  });

  it('supersedes a day reported with other values, keeping the values before in the audit trail', async () => {
    const day = '2026-11-02';
    await reportPosture(t, key, day, [posture(trust.id)]);
    const res = await reportPosture(t, key, day, [
      posture(trust.id, { highOpen: 9, patchCompliancePercent: 95 }),
      posture(council.id),
    ]);
    expect(res.data?.reportPosture).toMatchObject({ recorded: 1, superseded: 1, unchanged: 0 });
    const { posture: series } = await t.gql.ok<{ posture: PostureDayResult[] }>(
      SERIES,
      { organisationId: trust.id, from: day, to: day },
      { token: trustViewer.token },
    );
    expect(series).toEqual([expect.objectContaining({ day, revision: 2, patchCompliancePercent: 95 })]);
    const [superseded] = await events(PostureAudit.reportSuperseded);
    expect(superseded.actor_type).toBe('API_KEY');
    expect(superseded.changes).toMatchObject({
      before: { highOpen: 15, patchCompliancePercent: 91.5 },
      after: { highOpen: 9, patchCompliancePercent: 95 },
      revision: 2,
    });
  });

  it('makes one row of 20 concurrent retries of the same day', async () => {
    const day = '2026-11-03';
    const results = await Promise.all(
      Array.from({ length: 20 }, () => reportPosture(t, key, day, [posture(trust.id), posture(council.id)])),
    );
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    const totals = results.map((r) => r.data?.reportPosture);
    expect(totals.reduce((n, r) => n + (r?.recorded ?? 0), 0)).toBe(2);
    expect(totals.reduce((n, r) => n + (r?.unchanged ?? 0), 0)).toBe(38);
    expect(await rows(day)).toHaveLength(2);
  });

  it('takes reports from the SOC API key only: a user, or the key of a trust, is FORBIDDEN and writes nothing', async () => {
    const day = '2026-11-04';
    const socAdmin = await createUser(t, [{ organisationId: soc.id, role: Role.EPRR_LEAD }]);
    const sysAdmin = await createUser(t, [{ organisationId: soc.id, role: Role.SYSTEM_ADMIN }]);
    const trustKey = await apiKeyOf(t, trust);
    for (const auth of [{ token: socAdmin.token }, { token: sysAdmin.token }, { apiKey: trustKey }]) {
      const res = await t.gql.request(
        `mutation($input: ReportPostureInput!) { reportPosture(input: $input) { recorded } }`,
        { input: { day, reports: [posture(trust.id)] } },
        auth,
      );
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    expect(
      errorCode(
        await t.gql.request(`mutation { reportPosture(input: {day: "2026-11-04", reports: []}) { recorded } }`),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(await rows(day)).toHaveLength(0);
  });

  it('refuses an unknown organisation (NOT_FOUND), bad days and counts past target above the open counts, naming the field', async () => {
    const day = '2026-11-05';
    const unknown = await reportPosture(t, key, day, [
      posture(trust.id),
      posture('00000000-0000-4000-8000-000000000000'),
    ]);
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    const over = await reportPosture(t, key, day, [posture(trust.id, { criticalOpen: 1, criticalPastTarget: 2 })]);
    expect(errorCode(over)).toBe('BAD_USER_INPUT');
    expect(over.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'reports.0.criticalPastTarget' }),
    ]);
    const twice = await reportPosture(t, key, day, [posture(trust.id), posture(trust.id)]);
    expect(twice.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('reports.1.organisationId');
    const badDay = await reportPosture(t, key, '2026-02-30', [posture(trust.id)]);
    expect(badDay.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('day');
    expect(await rows(day)).toHaveLength(0);
  });
});
