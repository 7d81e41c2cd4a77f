import { randomBytes } from 'node:crypto';
import { Role } from '@muster/platform-access';
import { UnitOfWork } from '@muster/platform-database';
import { IdentityAudit, OrganisationKind, PasswordHasher, TeamFunction } from '@muster/identity';
import type { TestApp } from './test-app';

/**
 * Factories for the identity model, shared by every suite. Rows are written through the
 * unit of work (so they are audited like any change) with random ODS codes and emails,
 * so test files sharing a worker database never collide; tokens come from the real
 * `login` mutation over HTTP.
 */
export interface TestOrg {
  id: string;
  odsCode: string;
  name: string;
  kind: OrganisationKind;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  token: string;
  refreshToken: string;
}

export interface TestGrant {
  organisationId: string;
  role: Role;
  teamId?: string;
}

type IdRow = { id: string };

const unique = (bytes = 4) => randomBytes(bytes).toString('hex');

const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken user { id } }
}`;

export async function createOrganisation(
  t: TestApp,
  overrides: Partial<{ name: string; odsCode: string; kind: OrganisationKind }> = {},
): Promise<TestOrg> {
  const odsCode = overrides.odsCode ?? `T${unique().toUpperCase()}`;
  const name = overrides.name ?? `Test organisation ${odsCode}`;
  const kind = overrides.kind ?? OrganisationKind.ACUTE_TRUST;
  const id = await t.app.get(UnitOfWork).run(async (tx) => {
    const [row] = await tx.manager.query<IdRow[]>(
      `INSERT INTO organisation (ods_code, name, kind) VALUES ($1, $2, $3) RETURNING id`,
      [odsCode, name, kind],
    );
    tx.record({
      action: IdentityAudit.organisationCreated,
      organisationId: row.id,
      entityType: 'organisation',
      entityId: row.id,
      summary: `Test fixture created organisation ${odsCode}`,
      changes: { after: { odsCode, name, kind } },
    });
    return row.id;
  });
  return { id, odsCode, name, kind };
}

export async function createTeam(
  t: TestApp,
  organisationId: string,
  fn: TeamFunction,
  name?: string,
): Promise<{ id: string }> {
  const teamName = name ?? `${fn} team ${unique()}`;
  const id = await t.app.get(UnitOfWork).run(async (tx) => {
    const [row] = await tx.manager.query<IdRow[]>(
      `INSERT INTO team (organisation_id, name, function) VALUES ($1, $2, $3) RETURNING id`,
      [organisationId, teamName, fn],
    );
    tx.record({
      action: IdentityAudit.teamCreated,
      organisationId,
      entityType: 'team',
      entityId: row.id,
      summary: `Test fixture created team ${teamName}`,
      changes: { after: { name: teamName, function: fn } },
    });
    return row.id;
  });
  return { id };
}

/** A user holding `grants`, signed in through the real `login` mutation. */
export async function createUser(
  t: TestApp,
  grants: TestGrant[],
  overrides: Partial<{ email: string; displayName: string; password: string }> = {},
): Promise<TestUser> {
  const email = (overrides.email ?? `user-${unique(6)}@example.nhs.uk`).toLowerCase();
  const password = overrides.password ?? `fixture ${unique(8)} passphrase`;
  const displayName = overrides.displayName ?? `Test user ${email.split('@')[0]}`;
  const passwordHash = await t.app.get(PasswordHasher).hash(password);
  const id = await insertUser(t, { email, displayName, passwordHash }, grants);
  const { login } = await t.gql.ok<{ login: { accessToken: string; refreshToken: string; user: { id: string } } }>(
    LOGIN,
    {
      input: { email, password },
    },
  );
  return { id, email, password, token: login.accessToken, refreshToken: login.refreshToken };
}

async function insertUser(
  t: TestApp,
  user: { email: string; displayName: string; passwordHash: string },
  grants: TestGrant[],
): Promise<string> {
  return t.app.get(UnitOfWork).run(async (tx) => {
    const [row] = await tx.manager.query<IdRow[]>(
      `INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
      [user.email, user.displayName, user.passwordHash],
    );
    tx.record({
      action: IdentityAudit.userCreated,
      organisationId: grants[0]?.organisationId ?? null,
      entityType: 'user',
      entityId: row.id,
      summary: `Test fixture created user ${user.email}`,
      changes: { after: { email: user.email, displayName: user.displayName } },
    });
    for (const g of grants) {
      const [m] = await tx.manager.query<IdRow[]>(
        `INSERT INTO membership (user_id, organisation_id, team_id, role) VALUES ($1, $2, $3, $4) RETURNING id`,
        [row.id, g.organisationId, g.teamId ?? null, g.role],
      );
      tx.record({
        action: IdentityAudit.roleGranted,
        organisationId: g.organisationId,
        entityType: 'membership',
        entityId: m.id,
        summary: `Test fixture granted ${g.role} to ${user.email}`,
        changes: { after: { userId: row.id, role: g.role, teamId: g.teamId ?? null } },
      });
    }
    return row.id;
  });
}
