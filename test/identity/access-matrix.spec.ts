import { Role } from '@muster/platform-access';
import { OrganisationKind, TeamFunction } from '@muster/identity';
import {
  createOrganisation,
  createTeam,
  createUser,
  GraphqlResponse,
  startTestApp,
  TestApp,
  TestOrg,
} from '@muster/testing';
import { email, odsCode, Q } from './directory.operations';

/**
 * Every directory operation, called by one person per role, on their own organisation
 * and on another. Each row reads, for SYSTEM_ADMIN, ORG_ADMIN, INCIDENT_COMMANDER,
 * IG_OFFICER, EPRR_LEAD, RESPONDER, VIEWER, AUDITOR in that order: ok, F (FORBIDDEN)
 * or NF (NOT_FOUND — what you may not see does not exist for you).
 */
const ROLES = [
  Role.SYSTEM_ADMIN,
  Role.ORG_ADMIN,
  Role.INCIDENT_COMMANDER,
  Role.IG_OFFICER,
  Role.EPRR_LEAD,
  Role.RESPONDER,
  Role.VIEWER,
  Role.AUDITOR,
];

type Scope = 'own' | 'other';
interface Call {
  query: string;
  variables: Record<string, unknown>;
}
interface Operation {
  name: string;
  /** Builds a fresh call on the organisation (fresh targets, so each call can succeed). */
  call(org: TestOrg): Promise<Call>;
  expected: Partial<Record<Scope, string>>;
}

const EVERYONE = 'ok ok ok ok ok ok ok ok';
const ADMINISTER = { own: 'ok ok F F F F F F', other: 'ok NF F F F F F F' };

describe('access matrix: the directory, role by role', () => {
  let t: TestApp;
  let own: TestOrg;
  let other: TestOrg;
  let setupToken: string;
  const tokens = new Map<Role, string>();
  const teams = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp();
    const icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    own = await createOrganisation(t);
    other = await createOrganisation(t);
    setupToken = (await createUser(t, [{ organisationId: icb.id, role: Role.SYSTEM_ADMIN }])).token;
    for (const role of ROLES) tokens.set(role, (await createUser(t, [{ organisationId: own.id, role }])).token);
    for (const org of [own, other]) teams.set(org.id, (await createTeam(t, org.id, TeamFunction.DIGITAL)).id);
  });
  afterAll(() => t.close());

  const setup = <T>(query: string, variables: Record<string, unknown>) =>
    t.gql.ok<T>(query, variables, { token: setupToken });
  const person = async (org: TestOrg, role = 'VIEWER') => {
    const input = { organisationId: org.id, email: email(), displayName: 'Target', role };
    return (await setup<{ createUser: { id: string } }>(Q.createUser, { input })).createUser.id;
  };
  const versionOf = async (table: 'organisation' | 'team', id: string) =>
    (await t.dataSource.query<{ version: number }[]>(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0].version;

  const OPERATIONS: Operation[] = [
    { name: 'me', call: async () => ({ query: Q.me, variables: {} }), expected: { own: EVERYONE } },
    {
      name: 'organisations',
      call: async () => ({ query: Q.organisations, variables: { first: 5 } }),
      expected: { own: EVERYONE },
    },
    {
      name: 'organisation',
      call: async (org) => ({ query: Q.organisation, variables: { id: org.id } }),
      expected: { own: EVERYONE, other: EVERYONE },
    },
    {
      name: 'teams',
      call: async (org) => ({ query: Q.teams, variables: { organisationId: org.id } }),
      expected: { own: EVERYONE, other: 'ok NF NF NF NF NF NF ok' },
    },
    {
      name: 'users',
      call: async (org) => ({ query: Q.users, variables: { organisationId: org.id } }),
      expected: { own: 'ok ok F F F F F ok', other: 'ok NF F F F F F ok' },
    },
    {
      name: 'createOrganisation',
      call: async () => ({
        query: Q.createOrganisation,
        variables: { input: { odsCode: odsCode(), name: 'New Trust', kind: 'ACUTE_TRUST' } },
      }),
      expected: { own: 'ok F F F F F F F' },
    },
    {
      name: 'updateOrganisation',
      call: async (org) => ({
        query: Q.updateOrganisation,
        variables: {
          input: { id: org.id, version: await versionOf('organisation', org.id), name: `${org.name} renamed` },
        },
      }),
      expected: ADMINISTER,
    },
    {
      name: 'createTeam',
      call: async (org) => ({
        query: Q.createTeam,
        variables: { input: { organisationId: org.id, name: `Team ${odsCode()}`, function: 'EPRR' } },
      }),
      expected: ADMINISTER,
    },
    {
      name: 'updateTeam',
      call: async (org) => {
        const id = teams.get(org.id) as string;
        return {
          query: Q.updateTeam,
          variables: { input: { id, version: await versionOf('team', id), name: `Digital ${odsCode()}` } },
        };
      },
      expected: ADMINISTER,
    },
    {
      name: 'createUser',
      call: async (org) => ({
        query: Q.createUser,
        variables: { input: { organisationId: org.id, email: email(), displayName: 'New Person', role: 'RESPONDER' } },
      }),
      expected: ADMINISTER,
    },
    {
      name: 'grantRole',
      call: async (org) => ({
        query: Q.grantRole,
        variables: { input: { userId: await person(org), organisationId: org.id, role: 'RESPONDER' } },
      }),
      expected: ADMINISTER,
    },
    {
      name: 'revokeRole',
      call: async (org) => ({
        query: Q.revokeRole,
        variables: { input: { userId: await person(org), organisationId: org.id, role: 'VIEWER' } },
      }),
      expected: ADMINISTER,
    },
    {
      name: 'deactivateUser',
      call: async (org) => ({ query: Q.deactivateUser, variables: { id: await person(org) } }),
      expected: ADMINISTER,
    },
    {
      name: 'reactivateUser',
      call: async (org) => {
        const id = await person(org);
        await setup(Q.deactivateUser, { id });
        return { query: Q.reactivateUser, variables: { id } };
      },
      expected: ADMINISTER,
    },
  ];

  const outcome = (res: GraphqlResponse<unknown>) => {
    const code = res.errors?.[0]?.extensions?.code;
    if (!code) return res.data ? 'ok' : 'no data';
    return ({ FORBIDDEN: 'F', NOT_FOUND: 'NF' } as Record<string, string>)[code] ?? code;
  };

  it.each(OPERATIONS.map((op) => [op.name, op] as const))('%s', async (_name, op) => {
    const actual: Partial<Record<Scope, string>> = {};
    for (const scope of Object.keys(op.expected) as Scope[]) {
      const row: string[] = [];
      for (const role of ROLES) {
        const { query, variables } = await op.call(scope === 'own' ? own : other);
        row.push(outcome(await t.gql.request(query, variables, { token: tokens.get(role) })));
      }
      actual[scope] = row.join(' ');
    }
    expect(actual).toEqual(op.expected);
  });
});
