import { Role } from '@muster/platform-access';
import { ConfigError } from '@muster/platform-config';
import { BootstrapAdmin, OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, startTestApp, TestApp } from '@muster/testing';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { user { email } } }`;

describe('bootstrap administrator (MUSTER_ADMIN_EMAIL / MUSTER_ADMIN_PASSWORD)', () => {
  let t: TestApp;
  let bootstrap: BootstrapAdmin;
  let sidelined: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    bootstrap = t.app.get(BootstrapAdmin);
    await createOrganisation(t, { kind: OrganisationKind.ICB });
  });
  afterAll(async () => {
    await t.dataSource.query(`UPDATE app_user SET active = true WHERE id = ANY($1)`, [sidelined]);
    await t.close();
  });

  const auditCount = async () =>
    (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_event`))[0].n;
  const address = () => `admin-${Math.random().toString(36).slice(2, 10)}@example.nhs.uk`;

  /**
   * Test set-up only: puts every active system administrator of this worker's database
   * aside (restored after the suite), so the ICS looks like a fresh install.
   */
  const withoutActiveAdmins = async () => {
    const rows = await t.dataSource.query<{ id: string }[]>(
      `UPDATE app_user SET active = false WHERE active AND id IN (SELECT user_id FROM membership WHERE role = 'SYSTEM_ADMIN') RETURNING id`,
    );
    sidelined = [...sidelined, ...rows.map((r) => r.id)];
  };

  it('does nothing, and records nothing, while an active system administrator exists', async () => {
    const icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    await createUser(t, [{ organisationId: icb.id, role: Role.SYSTEM_ADMIN }]);
    const before = await auditCount();
    const email = address();
    expect(await bootstrap.ensure({ email, password: 'a long enough bootstrap passphrase' })).toEqual({
      status: 'skipped',
      reason: 'an active system administrator already exists',
    });
    expect(await auditCount()).toBe(before);
    expect(await t.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email])).toEqual([]);
  });

  it('creates the first system administrator at the ICB when there is none, once', async () => {
    await withoutActiveAdmins();
    const email = address();
    const password = 'granite heron saucepan 77';
    const outcome = await bootstrap.ensure({ email, password });
    expect(outcome).toMatchObject({ status: 'created', email });
    const [grant] = await t.dataSource.query<{ kind: string; role: string }[]>(
      `SELECT o.kind, m.role FROM membership m JOIN app_user u ON u.id = m.user_id JOIN organisation o ON o.id = m.organisation_id WHERE u.email = $1`,
      [email],
    );
    expect(grant).toEqual({ kind: 'ICB', role: 'SYSTEM_ADMIN' });
    const events = await t.dataSource.query<{ action: string; actor_type: string }[]>(
      `SELECT action, actor_type FROM audit_event WHERE summary LIKE $1 ORDER BY id`,
      [`%System administrator%`],
    );
    expect(events.slice(-2)).toEqual([
      { action: 'user.created', actor_type: 'SYSTEM' },
      { action: 'role.granted', actor_type: 'SYSTEM' },
    ]);
    await t.gql.ok(LOGIN, { input: { email, password } });

    const before = await auditCount();
    expect(await bootstrap.ensure({ email, password })).toEqual({ status: 'present' });
    expect(await auditCount()).toBe(before);
  });

  it('promotes an existing account with that email and leaves its password alone', async () => {
    const org = await createOrganisation(t);
    const person = await createUser(t, [{ organisationId: org.id, role: Role.VIEWER }]);
    await withoutActiveAdmins();
    expect(await bootstrap.ensure({ email: person.email, password: 'a different passphrase 1' })).toMatchObject({
      status: 'granted',
    });
    await t.gql.ok(LOGIN, { input: { email: person.email, password: person.password } });
  });

  it('refuses a password the policy rejects with a one-line configuration error, writing nothing', async () => {
    await withoutActiveAdmins();
    const before = await auditCount();
    const email = address();
    const attempt = bootstrap.ensure({ email, password: 'password1234' });
    await expect(attempt).rejects.toBeInstanceOf(ConfigError);
    await expect(attempt).rejects.toThrow(
      /^Configuration error: MUSTER_ADMIN_PASSWORD is refused by the password policy/,
    );
    expect(await auditCount()).toBe(before);
    expect(await t.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email])).toEqual([]);
  });
});
