import { randomUUID } from 'node:crypto';
import { Role } from '@muster/platform-access';
import { TeamFunction } from '@muster/identity';
import {
  createOrganisation,
  createTeam,
  createUser,
  errorCode,
  startTestApp,
  TestApp,
  TestOrg,
  TestUser,
} from '@muster/testing';
import { email, Q, tableCounts } from './directory.operations';

/**
 * Every id argument of the directory, given an id from another organisation by an admin
 * of their own: the answer is NOT_FOUND with the very message a missing id gets, and
 * nothing changes — no row, no audit event, no version bump.
 */
describe('cross-tenant probes: ids of another organisation are not found and change nothing', () => {
  let t: TestApp;
  let mine: TestOrg;
  let theirs: TestOrg;
  let admin: TestUser;
  let viewer: TestUser;
  let myTeam: string;
  let theirTeam: string;
  let myPerson: string;
  let theirPerson: string;
  let theirDeactivated: string;

  beforeAll(async () => {
    t = await startTestApp();
    mine = await createOrganisation(t);
    theirs = await createOrganisation(t);
    admin = await createUser(t, [{ organisationId: mine.id, role: Role.ORG_ADMIN }]);
    viewer = await createUser(t, [{ organisationId: mine.id, role: Role.VIEWER }]);
    const theirAdmin = await createUser(t, [{ organisationId: theirs.id, role: Role.ORG_ADMIN }]);
    myTeam = (await createTeam(t, mine.id, TeamFunction.EPRR)).id;
    theirTeam = (await createTeam(t, theirs.id, TeamFunction.EPRR)).id;
    myPerson = (await createUser(t, [{ organisationId: mine.id, role: Role.RESPONDER }])).id;
    theirPerson = (await createUser(t, [{ organisationId: theirs.id, role: Role.VIEWER }])).id;
    theirDeactivated = (await createUser(t, [{ organisationId: theirs.id, role: Role.VIEWER }])).id;
    await t.gql.ok(Q.deactivateUser, { id: theirDeactivated }, { token: theirAdmin.token });
  });
  afterAll(() => t.close());

  /** Everything a probe could have changed. */
  const snapshot = async () => ({
    counts: await tableCounts(t.dataSource),
    rows: await t.dataSource.query<Record<string, unknown>[]>(
      `SELECT 'organisation' AS t, id, version, name FROM organisation WHERE id = ANY($1)
       UNION ALL SELECT 'team', id, version, name FROM team WHERE id = ANY($1)
       UNION ALL SELECT 'user', id, version, active::text FROM app_user WHERE id = ANY($1) ORDER BY 1, 2`,
      [[mine.id, theirs.id, myTeam, theirTeam, myPerson, theirPerson, theirDeactivated]],
    ),
  });

  interface Probe {
    name: string;
    query: string;
    /** The variables with the other organisation's id in it, and with a missing id instead. */
    variables: (id: string) => Record<string, unknown>;
    otherId: () => string;
    caller?: () => TestUser;
  }

  const PROBES: Probe[] = [
    {
      name: 'teams(organisationId)',
      query: Q.teams,
      variables: (id) => ({ organisationId: id }),
      otherId: () => theirs.id,
      caller: () => viewer,
    },
    {
      name: 'users(organisationId)',
      query: Q.users,
      variables: (id) => ({ organisationId: id }),
      otherId: () => theirs.id,
    },
    {
      name: 'updateOrganisation(id)',
      query: Q.updateOrganisation,
      variables: (id) => ({ input: { id, version: 1, name: 'Taken over' } }),
      otherId: () => theirs.id,
    },
    {
      name: 'createTeam(organisationId)',
      query: Q.createTeam,
      variables: (id) => ({ input: { organisationId: id, name: 'Planted team', function: 'DIGITAL' } }),
      otherId: () => theirs.id,
    },
    {
      name: 'updateTeam(id)',
      query: Q.updateTeam,
      variables: (id) => ({ input: { id, version: 1, name: 'Renamed' } }),
      otherId: () => theirTeam,
    },
    {
      name: 'createUser(organisationId)',
      query: Q.createUser,
      variables: (id) => ({
        input: { organisationId: id, email: email('planted'), displayName: 'Planted', role: 'VIEWER' },
      }),
      otherId: () => theirs.id,
    },
    {
      name: 'createUser(teamId)',
      query: Q.createUser,
      variables: (id) => ({
        input: { organisationId: mine.id, email: email('planted'), displayName: 'Planted', role: 'VIEWER', teamId: id },
      }),
      otherId: () => theirTeam,
    },
    {
      name: 'grantRole(userId)',
      query: Q.grantRole,
      variables: (id) => ({ input: { userId: id, organisationId: mine.id, role: 'VIEWER' } }),
      otherId: () => theirPerson,
    },
    {
      name: 'grantRole(organisationId)',
      query: Q.grantRole,
      variables: (id) => ({ input: { userId: myPerson, organisationId: id, role: 'VIEWER' } }),
      otherId: () => theirs.id,
    },
    {
      name: 'grantRole(teamId)',
      query: Q.grantRole,
      variables: (id) => ({ input: { userId: myPerson, organisationId: mine.id, role: 'EPRR_LEAD', teamId: id } }),
      otherId: () => theirTeam,
    },
    {
      name: 'revokeRole(userId)',
      query: Q.revokeRole,
      variables: (id) => ({ input: { userId: id, organisationId: mine.id, role: 'VIEWER' } }),
      otherId: () => theirPerson,
    },
    {
      name: 'revokeRole(organisationId)',
      query: Q.revokeRole,
      variables: (id) => ({ input: { userId: theirPerson, organisationId: id, role: 'VIEWER' } }),
      otherId: () => theirs.id,
    },
    { name: 'deactivateUser(id)', query: Q.deactivateUser, variables: (id) => ({ id }), otherId: () => theirPerson },
    {
      name: 'reactivateUser(id)',
      query: Q.reactivateUser,
      variables: (id) => ({ id }),
      otherId: () => theirDeactivated,
    },
  ];

  it.each(PROBES.map((p) => [p.name, p] as const))('%s', async (_name, probe) => {
    const token = (probe.caller?.() ?? admin).token;
    const before = await snapshot();
    const probed = await t.gql.request(probe.query, probe.variables(probe.otherId()), { token });
    const missing = await t.gql.request(probe.query, probe.variables(randomUUID()), { token });
    expect(errorCode(probed)).toBe('NOT_FOUND');
    expect(probed.errors?.[0].message).toBe(missing.errors?.[0].message);
    expect(probed.data).toEqual(missing.data);
    expect(await snapshot()).toEqual(before);
  });

  it('answers organisation(id) for any organisation by design: names and ODS codes are public within the ICS', async () => {
    const { organisation } = await t.gql.ok<{ organisation: { id: string } }>(
      Q.organisation,
      { id: theirs.id },
      { token: viewer.token },
    );
    expect(organisation.id).toBe(theirs.id);
  });
});
