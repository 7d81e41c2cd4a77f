import { Role } from '@muster/platform-access';
import { OrganisationKind, TeamFunction } from '@muster/identity';
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

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

describe('directory: people and roles', () => {
  let t: TestApp;
  let icb: TestOrg;
  let council: TestOrg;
  let admin: TestUser;
  let councilAdmin: TestUser;
  let igTeam: string;

  beforeAll(async () => {
    t = await startTestApp();
    icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    council = await createOrganisation(t, {
      name: 'Stoke-on-Trent City Council',
      kind: OrganisationKind.LOCAL_AUTHORITY,
    });
    admin = await createUser(t, [{ organisationId: icb.id, role: Role.SYSTEM_ADMIN }]);
    councilAdmin = await createUser(t, [{ organisationId: council.id, role: Role.ORG_ADMIN }]);
    igTeam = (await createTeam(t, council.id, TeamFunction.INFORMATION_GOVERNANCE, 'Information Governance')).id;
  });
  afterAll(() => t.close());

  const newUser = async (role = Role.VIEWER, org = council.id, token = councilAdmin.token) =>
    (
      await t.gql.ok<{ createUser: { id: string; email: string } }>(
        Q.createUser,
        { input: { organisationId: org, email: email(), displayName: 'Pat Example', role } },
        { token },
      )
    ).createUser;

  it('creates a person with their first role and team, and never writes the password or its hash to the audit trail', async () => {
    const password = 'kettle orchard lantern 42';
    const input = {
      organisationId: council.id,
      email: email('Jane.Doe').toUpperCase(),
      displayName: 'Jane Doe',
      password,
      role: 'IG_OFFICER',
      teamId: igTeam,
    };
    const { createUser: user } = await t.gql.ok<{ createUser: { id: string; email: string; memberships: unknown[] } }>(
      Q.createUser,
      { input },
      { token: councilAdmin.token },
    );
    expect(user.email).toBe(input.email.toLowerCase());
    expect(user.memberships).toEqual([{ role: 'IG_OFFICER', organisation: { id: council.id }, team: { id: igTeam } }]);

    const events = await t.dataSource.query<
      { action: string; organisation_id: string; summary: string; changes: string }[]
    >(
      `SELECT action, organisation_id, summary, changes::text AS changes FROM audit_event
       WHERE entity_id = $1 OR changes->'after'->>'userId' = $1 ORDER BY id`,
      [user.id],
    );
    expect(events.map((e) => [e.action, e.summary])).toEqual([
      ['user.created', `Created user Jane Doe (${user.email}) at Stoke-on-Trent City Council`],
      ['role.granted', 'Granted IG_OFFICER at Stoke-on-Trent City Council (Information Governance) to Jane Doe'],
    ]);
    expect(events.every((e) => e.organisation_id === council.id)).toBe(true);
    const [{ password_hash: hash }] = await t.dataSource.query<{ password_hash: string }[]>(
      `SELECT password_hash FROM app_user WHERE id = $1`,
      [user.id],
    );
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,(t=2,p=1|p=1,t=2)\$/);
    for (const e of events) {
      expect(e.changes).not.toContain(hash);
      expect(e.changes).not.toContain(password);
      expect(e.changes).not.toMatch(/passwordHash|password_hash/);
    }
    await t.gql.ok(LOGIN, { input: { email: user.email, password } });
  });

  it('refuses a second account with the same email (in any case) with CONFLICT', async () => {
    const before = await tableCounts(t.dataSource);
    const res = await t.gql.request(
      Q.createUser,
      {
        input: {
          organisationId: council.id,
          email: councilAdmin.email.toUpperCase(),
          displayName: 'Twin',
          role: 'VIEWER',
        },
      },
      { token: councilAdmin.token },
    );
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toBe('A user with this email already exists');
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('refuses a common password with BAD_USER_INPUT naming the password field', async () => {
    const res = await t.gql.request(
      Q.createUser,
      {
        input: {
          organisationId: council.id,
          email: email(),
          displayName: 'Weak',
          password: 'password1234',
          role: 'VIEWER',
        },
      },
      { token: councilAdmin.token },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('password');
  });

  it('lets an org admin grant organisation roles but never SYSTEM_ADMIN or AUDITOR', async () => {
    const user = await newUser();
    const granted = await t.gql.ok<{ grantRole: { role: string } }>(
      Q.grantRole,
      { input: { userId: user.id, organisationId: council.id, role: 'EPRR_LEAD' } },
      { token: councilAdmin.token },
    );
    expect(granted.grantRole.role).toBe('EPRR_LEAD');
    for (const role of ['SYSTEM_ADMIN', 'AUDITOR']) {
      const res = await t.gql.request(
        Q.grantRole,
        { input: { userId: user.id, organisationId: council.id, role } },
        { token: councilAdmin.token },
      );
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    const twice = await t.gql.request(
      Q.grantRole,
      { input: { userId: user.id, organisationId: council.id, role: 'EPRR_LEAD' } },
      { token: councilAdmin.token },
    );
    expect(errorCode(twice)).toBe('CONFLICT');
    expect(twice.errors?.[0].message).toBe('Pat Example already holds EPRR_LEAD at Stoke-on-Trent City Council');
  });

  it('takes a granted or revoked role into account on the very next request', async () => {
    const person = await createUser(t, [{ organisationId: council.id, role: Role.VIEWER }]);
    expect(errorCode(await t.gql.request(Q.users, { organisationId: council.id }, { token: person.token }))).toBe(
      'FORBIDDEN',
    );
    await t.gql.ok(
      Q.grantRole,
      { input: { userId: person.id, organisationId: council.id, role: 'ORG_ADMIN' } },
      { token: councilAdmin.token },
    );
    await t.gql.ok(Q.users, { organisationId: council.id }, { token: person.token });
    const revoked = await t.gql.ok<{ revokeRole: boolean }>(
      Q.revokeRole,
      { input: { userId: person.id, organisationId: council.id, role: 'ORG_ADMIN' } },
      { token: councilAdmin.token },
    );
    expect(revoked.revokeRole).toBe(true);
    expect(errorCode(await t.gql.request(Q.users, { organisationId: council.id }, { token: person.token }))).toBe(
      'FORBIDDEN',
    );
    const [event] = await t.dataSource.query<{ summary: string; changes: unknown }[]>(
      `SELECT summary, changes FROM audit_event WHERE action = 'role.revoked' AND changes->'before'->>'userId' = $1`,
      [person.id],
    );
    expect(event.summary).toMatch(/^Revoked ORG_ADMIN at Stoke-on-Trent City Council from Test user /);
    const again = { input: { userId: person.id, organisationId: council.id, role: 'ORG_ADMIN' } };
    const missing = await t.gql.request(Q.revokeRole, again, { token: councilAdmin.token });
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });

  it('deactivating a person ends their session on the next request; reactivating lets them sign in again', async () => {
    const person = await createUser(t, [{ organisationId: council.id, role: Role.RESPONDER }]);
    await t.gql.ok(Q.me, {}, { token: person.token });
    const [{ session_version: sessionBefore }] = await t.dataSource.query<{ session_version: number }[]>(
      `SELECT session_version FROM app_user WHERE id = $1`,
      [person.id],
    );
    const off = await t.gql.ok<{ deactivateUser: { active: boolean } }>(
      Q.deactivateUser,
      { id: person.id },
      { token: councilAdmin.token },
    );
    expect(off.deactivateUser.active).toBe(false);
    expect(errorCode(await t.gql.request(Q.me, {}, { token: person.token }))).toBe('UNAUTHENTICATED');
    const [row] = await t.dataSource.query<{ session_version: number; deactivated_at: Date }[]>(
      `SELECT session_version, deactivated_at FROM app_user WHERE id = $1`,
      [person.id],
    );
    expect(row.session_version).toBe(sessionBefore + 1);
    expect(row.deactivated_at.toISOString()).toBe(t.clock.now().toISOString());
    const [event] = await t.dataSource.query<{ organisation_id: string; changes: unknown }[]>(
      `SELECT organisation_id, changes FROM audit_event WHERE action = 'user.deactivated' AND entity_id = $1`,
      [person.id],
    );
    expect(event).toEqual({
      organisation_id: council.id,
      changes: { before: { active: true }, after: { active: false } },
    });
    expect(errorCode(await t.gql.request(Q.deactivateUser, { id: person.id }, { token: councilAdmin.token }))).toBe(
      'CONFLICT',
    );

    await t.gql.ok(Q.reactivateUser, { id: person.id }, { token: councilAdmin.token });
    await t.gql.ok(LOGIN, { input: { email: person.email, password: person.password } });
  });

  it('does not let anyone deactivate their own account', async () => {
    const res = await t.gql.request(Q.deactivateUser, { id: councilAdmin.id }, { token: councilAdmin.token });
    expect(errorCode(res)).toBe('FORBIDDEN');
  });

  it('does not let an org admin deactivate someone who also belongs to an organisation they do not administer', async () => {
    const person = await newUser();
    await t.gql.ok(
      Q.grantRole,
      { input: { userId: person.id, organisationId: icb.id, role: 'VIEWER' } },
      { token: admin.token },
    );
    expect(errorCode(await t.gql.request(Q.deactivateUser, { id: person.id }, { token: councilAdmin.token }))).toBe(
      'FORBIDDEN',
    );
  });

  it('never leaves the ICS without an active system administrator, even when two try at once', async () => {
    const second = await createUser(t, [{ organisationId: icb.id, role: Role.SYSTEM_ADMIN }]);
    const others: string[] = (
      await t.dataSource.query<{ id: string }[]>(
        `SELECT DISTINCT u.id FROM app_user u JOIN membership m ON m.user_id = u.id
         WHERE m.role = 'SYSTEM_ADMIN' AND u.active AND u.id <> ALL($1)`,
        [[admin.id, second.id]],
      )
    ).map((r) => r.id);
    // Only `admin` and `second` stay active system administrators for this scenario.
    for (const id of others) await t.gql.ok(Q.deactivateUser, { id }, { token: admin.token });
    try {
      const revoke = (userId: string, token: string) =>
        t.gql.request(Q.revokeRole, { input: { userId, organisationId: icb.id, role: 'SYSTEM_ADMIN' } }, { token });
      const results = await Promise.all([revoke(second.id, admin.token), revoke(admin.id, second.token)]);
      // One wins. The other is refused: CONFLICT if it reached the check while both were
      // admins, FORBIDDEN if its own role was already gone when its request began.
      const codes = results.map(errorCode);
      expect(codes.filter((c) => c === undefined)).toHaveLength(1);
      expect(['CONFLICT', 'FORBIDDEN']).toContain(codes.find((c) => c !== undefined));
      const [{ admins }] = await t.dataSource.query<{ admins: number }[]>(
        `SELECT count(*)::int AS admins FROM membership WHERE role = 'SYSTEM_ADMIN' AND user_id = ANY($1)`,
        [[admin.id, second.id]],
      );
      expect(admins).toBe(1);
      const survivor = results[0].errors ? second : admin;
      expect(errorCode(await revoke(survivor.id, survivor.token))).toBe('CONFLICT');
    } finally {
      const restorer = (
        await t.dataSource.query<unknown[]>(`SELECT 1 FROM membership WHERE user_id = $1 AND role = 'SYSTEM_ADMIN'`, [
          admin.id,
        ])
      ).length
        ? admin
        : second;
      for (const id of others) await t.gql.ok(Q.reactivateUser, { id }, { token: restorer.token });
    }
  });
});
