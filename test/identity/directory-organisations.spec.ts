import { Role } from '@muster/platform-access';
import { OrganisationKind, TeamFunction } from '@muster/identity';
import { createOrganisation, createUser, errorCode, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
import { odsCode, Q, tableCounts } from './directory.operations';

interface OrgNode {
  id: string;
  odsCode: string;
  name: string;
  version: number;
}

describe('directory: organisations and teams', () => {
  let t: TestApp;
  let icb: TestOrg;
  let trust: TestOrg;
  let admin: TestUser;
  let trustAdmin: TestUser;
  let trustViewer: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    trust = await createOrganisation(t);
    admin = await createUser(t, [{ organisationId: icb.id, role: Role.SYSTEM_ADMIN }]);
    trustAdmin = await createUser(t, [{ organisationId: trust.id, role: Role.ORG_ADMIN }]);
    trustViewer = await createUser(t, [{ organisationId: trust.id, role: Role.VIEWER }]);
  });
  afterAll(() => t.close());

  const events = (entityId: string) =>
    t.dataSource.query<
      { action: string; organisation_id: string | null; summary: string; changes: unknown; actor_id: string | null }[]
    >(`SELECT action, organisation_id, summary, changes, actor_id FROM audit_event WHERE entity_id = $1 ORDER BY id`, [
      entityId,
    ]);

  it('lets a system administrator create an organisation, audited with a one-line summary', async () => {
    const code = odsCode();
    const { createOrganisation: org } = await t.gql.ok<{ createOrganisation: OrgNode }>(
      Q.createOrganisation,
      { input: { odsCode: code, name: 'Stoke-on-Trent City Council', kind: 'LOCAL_AUTHORITY' } },
      { token: admin.token },
    );
    expect(org).toMatchObject({ odsCode: code, name: 'Stoke-on-Trent City Council', version: 1 });
    expect(await events(org.id)).toEqual([
      {
        action: 'organisation.created',
        organisation_id: org.id,
        summary: `Created organisation Stoke-on-Trent City Council (${code})`,
        changes: { after: { odsCode: code, name: 'Stoke-on-Trent City Council', kind: 'LOCAL_AUTHORITY' } },
        actor_id: admin.id,
      },
    ]);
  });

  it('refuses a second organisation with the same ODS code with CONFLICT, writing nothing', async () => {
    const before = await tableCounts(t.dataSource);
    const res = await t.gql.request(
      Q.createOrganisation,
      { input: { odsCode: trust.odsCode, name: 'Another trust', kind: 'ACUTE_TRUST' } },
      { token: admin.token },
    );
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toBe('An organisation with this ODS code already exists');
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('lists every organisation of the ICS to any signed-in member, a page at a time', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res: { organisations: { nodes: OrgNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
        await t.gql.ok(Q.organisations, { first: 2, after }, { token: trustViewer.token });
      seen.push(...res.organisations.nodes.map((n) => n.id));
      after = res.organisations.pageInfo.hasNextPage ? res.organisations.pageInfo.endCursor : null;
    } while (after);
    const [{ count }] = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM organisation`,
    );
    expect(seen).toHaveLength(count);
    expect(new Set(seen).size).toBe(count);
    expect(seen).toEqual(expect.arrayContaining([icb.id, trust.id]));
  });

  it('refuses a cursor that is not from the list with BAD_USER_INPUT naming `after`', async () => {
    const res = await t.gql.request(Q.organisations, { first: 2, after: 'not-a-cursor' }, { token: trustViewer.token });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'after', message: 'is not a cursor from this list' }]);
  });

  it('renames an organisation given the version read, and refuses a stale version with CONFLICT', async () => {
    const org = await createOrganisation(t);
    const renamed = await t.gql.ok<{ updateOrganisation: OrgNode }>(
      Q.updateOrganisation,
      { input: { id: org.id, version: 1, name: 'Renamed Trust' } },
      { token: admin.token },
    );
    expect(renamed.updateOrganisation).toMatchObject({ name: 'Renamed Trust', version: 2 });
    const stale = await t.gql.request(
      Q.updateOrganisation,
      { input: { id: org.id, version: 1, name: 'Lost update' } },
      { token: admin.token },
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    const [event] = (await events(org.id)).filter((e) => e.action === 'organisation.updated');
    expect(event.changes).toEqual({ before: { name: org.name }, after: { name: 'Renamed Trust' } });
  });

  it('lets an org admin rename their organisation but not change its ODS code', async () => {
    const res = await t.gql.request(
      Q.updateOrganisation,
      { input: { id: trust.id, version: 1, odsCode: odsCode() } },
      { token: trustAdmin.token },
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
  });

  it('lets the org admin create and rename a team; a duplicate name in one organisation is a CONFLICT', async () => {
    const input = {
      organisationId: trust.id,
      name: 'Information Governance',
      function: TeamFunction.INFORMATION_GOVERNANCE,
    };
    const { createTeam: team } = await t.gql.ok<{ createTeam: { id: string; version: number } }>(
      Q.createTeam,
      { input },
      { token: trustAdmin.token },
    );
    const duplicate = await t.gql.request(Q.createTeam, { input }, { token: trustAdmin.token });
    expect(errorCode(duplicate)).toBe('CONFLICT');
    expect(duplicate.errors?.[0].message).toBe('This organisation already has a team with this name');
    // The same name in another organisation is fine.
    await t.gql.ok(Q.createTeam, { input: { ...input, organisationId: icb.id } }, { token: admin.token });

    const renamed = await t.gql.ok<{ updateTeam: { name: string; version: number } }>(
      Q.updateTeam,
      { input: { id: team.id, version: team.version, name: 'IG and Data Protection' } },
      { token: trustAdmin.token },
    );
    expect(renamed.updateTeam).toEqual({ id: team.id, name: 'IG and Data Protection', version: 2 });
    const stale = await t.gql.request(
      Q.updateTeam,
      { input: { id: team.id, version: 1, name: 'Stale' } },
      { token: trustAdmin.token },
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await events(team.id)).map((e) => e.summary)).toEqual([
      `Created team Information Governance (INFORMATION_GOVERNANCE) at ${trust.name}`,
      `Renamed team Information Governance to IG and Data Protection at ${trust.name}`,
    ]);
  });

  it("lists an organisation's teams to its members, and hides them from everyone else", async () => {
    const own = await t.gql.ok<{ teams: { nodes: { name: string }[] } }>(
      Q.teams,
      { organisationId: trust.id },
      { token: trustViewer.token },
    );
    expect(own.teams.nodes.length).toBeGreaterThan(0);
    const other = await t.gql.request(Q.teams, { organisationId: icb.id }, { token: trustViewer.token });
    expect(errorCode(other)).toBe('NOT_FOUND');
    const nested = await t.gql.ok<{ organisation: { teams: unknown[] | null } }>(
      `query($id: ID!) { organisation(id: $id) { teams { id } } }`,
      { id: icb.id },
      { token: trustViewer.token },
    );
    expect(nested.organisation.teams).toBeNull();
  });
});
