import { Role } from '@muster/platform-access';
import { createOrganisation, createUser, errorCode, startTestApp, TestApp, TestOrg } from '@muster/testing';
import { PostureIngestionResult, socWithKey } from './posture-api';

const IMPORT = `mutation($input: ImportPostureCsvInput!) {
  importPostureCsv(input: $input) { day recorded superseded unchanged breachesRaised }
}`;
const HEADER =
  'odsCode,assetsInScope,criticalOpen,highOpen,mediumOpen,lowOpen,criticalPastTarget,highPastTarget,patchCompliancePercent';

describe('posture CSV import: the same rows as reportPosture, organisations by ODS code', () => {
  let t: TestApp;
  let soc: TestOrg;
  let key: string;
  let trust: TestOrg;
  let other: TestOrg;

  beforeAll(async () => {
    t = await startTestApp();
    ({ soc, key } = await socWithKey(t));
    trust = await createOrganisation(t);
    other = await createOrganisation(t);
  });
  afterAll(() => t.close());

  const importCsv = (day: string, csv: string, auth: { apiKey?: string; token?: string } = { apiKey: key }) =>
    t.gql.request<{ importPostureCsv: PostureIngestionResult }>(IMPORT, { input: { day, csv } }, auth);
  const count = async (day: string) =>
    (
      await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM posture_report WHERE day = $1 AND organisation_id = ANY($2)`,
        [day, [trust.id, other.id]],
      )
    )[0].n;

  it('records the rows, and the same file again changes nothing', async () => {
    const csv = `${HEADER}\n${trust.odsCode},1200,2,15,80,200,0,3,91.5\n${other.odsCode},300,0,4,20,50,0,0,98\n`;
    expect((await importCsv('2026-09-01', csv)).data?.importPostureCsv).toMatchObject({ recorded: 2, unchanged: 0 });
    expect((await importCsv('2026-09-01', csv)).data?.importPostureCsv).toMatchObject({ recorded: 0, unchanged: 2 });
    expect(await count('2026-09-01')).toBe(2);
  });

  it('names the faulty line and writes nothing', async () => {
    const res = await importCsv(
      '2026-09-02',
      `${HEADER}\n${trust.odsCode},1200,2,15,80,200,0,3,91.5\nZZZ999,1,0,0,0,0,0,0,50`,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'csv', message: 'line 3: no organisation has ODS code ZZZ999' },
    ]);
    expect(await count('2026-09-02')).toBe(0);
  });

  it('is the SOC API key’s only: a user of the SOC is FORBIDDEN', async () => {
    const admin = await createUser(t, [{ organisationId: soc.id, role: Role.EPRR_LEAD }]);
    const res = await importCsv('2026-09-03', `${HEADER}\n${trust.odsCode},1,0,0,0,0,0,0,50`, { token: admin.token });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(await count('2026-09-03')).toBe(0);
  });
});
