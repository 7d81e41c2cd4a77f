import { randomUUID } from 'node:crypto';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, errorCode, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
import { LEAGUE, posture, reportPosture, SERIES, socWithKey } from './posture-api';

interface LeagueRow {
  rank: number;
  organisationId: string;
  posture: { day: string; criticalPastTarget: number };
}

describe('posture access and the league table', () => {
  let t: TestApp;
  let key: string;
  let icb: TestOrg;
  let trust: TestOrg;
  let other: TestOrg;
  let member: TestUser;
  let otherMember: TestUser;
  let icbLead: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    ({ key } = await socWithKey(t));
    icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    trust = await createOrganisation(t);
    other = await createOrganisation(t);
    member = await createUser(t, [{ organisationId: trust.id, role: Role.VIEWER }]);
    otherMember = await createUser(t, [{ organisationId: other.id, role: Role.EPRR_LEAD }]);
    icbLead = await createUser(t, [{ organisationId: icb.id, role: Role.EPRR_LEAD }]);
    await reportPosture(t, key, '2027-01-10', [
      posture(trust.id, { criticalPastTarget: 1 }),
      posture(other.id, { criticalPastTarget: 0 }),
    ]);
  });
  afterAll(() => t.close());

  const series = (organisationId: string, auth: { token?: string; apiKey?: string }) =>
    t.gql.request<{ posture: unknown[] }>(SERIES, { organisationId, from: '2027-01-01', to: '2027-01-31' }, auth);

  it("shows an organisation's posture to its members, the ICB's EPRR lead and system-wide roles", async () => {
    const auditor = await createUser(t, [{ organisationId: other.id, role: Role.AUDITOR }]);
    for (const user of [member, icbLead, auditor])
      expect((await series(trust.id, { token: user.token })).data?.posture).toHaveLength(1);
  });

  it("answers another organisation's posture exactly like one that does not exist, to anyone else and to the SOC's key", async () => {
    const icbViewer = await createUser(t, [{ organisationId: icb.id, role: Role.VIEWER }]);
    for (const auth of [{ token: otherMember.token }, { token: icbViewer.token }, { apiKey: key }]) {
      const foreign = await series(trust.id, auth);
      const missing = await series(randomUUID(), auth);
      expect(errorCode(foreign)).toBe('NOT_FOUND');
      expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    }
  });

  it('refuses a series longer than 12 months, naming the field', async () => {
    const res = await t.gql.request(
      SERIES,
      { organisationId: trust.id, from: '2025-01-01', to: '2027-01-31' },
      {
        token: member.token,
      },
    );
    expect(res.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('to');
  });

  it("ranks every organisation's latest posture for the ICB's EPRR lead, a member's own only, nothing for the key", async () => {
    const { postureLeagueTable: all } = await t.gql.ok<{ postureLeagueTable: LeagueRow[] }>(
      LEAGUE,
      { day: '2027-01-20' },
      { token: icbLead.token },
    );
    const ranks = Object.fromEntries(all.map((r) => [r.organisationId, r.rank]));
    expect(ranks[other.id]).toBeLessThan(ranks[trust.id]);
    expect(all.find((r) => r.organisationId === trust.id)?.posture).toMatchObject({ day: '2027-01-10' });

    const { postureLeagueTable: own } = await t.gql.ok<{ postureLeagueTable: LeagueRow[] }>(
      LEAGUE,
      { day: '2027-01-20' },
      { token: member.token },
    );
    expect(own.map((r) => r.organisationId)).toEqual([trust.id]);
    const keyView = await t.gql.ok<{ postureLeagueTable: LeagueRow[] }>(LEAGUE, { day: '2027-01-20' }, { apiKey: key });
    expect(keyView.postureLeagueTable).toEqual([]);
  });

  it('reads the league table in the same number of statements for 3 organisations as for 40', async () => {
    const day = '2027-02-01';
    const orgs = await Promise.all(Array.from({ length: 40 }, () => createOrganisation(t)));
    await reportPosture(
      t,
      key,
      day,
      orgs.slice(0, 3).map((o) => posture(o.id)),
    );
    const small = await t.gql.request<{ postureLeagueTable: LeagueRow[] }>(LEAGUE, { day }, { token: icbLead.token });
    await reportPosture(
      t,
      key,
      day,
      orgs.slice(3).map((o) => posture(o.id)),
    );
    const large = await t.gql.request<{ postureLeagueTable: LeagueRow[] }>(LEAGUE, { day }, { token: icbLead.token });
    const mine = (res: typeof small) =>
      res.data?.postureLeagueTable.filter((r) => orgs.some((o) => o.id === r.organisationId)).length;
    expect([mine(small), mine(large)]).toEqual([3, 40]);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
    expect(large.extensions?.sqlStatements).toBeLessThanOrEqual(3);
  });
});
