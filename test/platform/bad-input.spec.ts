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
import { email, Q, tableCounts } from '../identity/directory.operations';

/**
 * Malformed input is refused before anything is written, with BAD_USER_INPUT naming each
 * field; and a mutation that fails after it has written leaves nothing behind.
 */
describe('bad input and failed mutations write nothing', () => {
  let t: TestApp;
  let org: TestOrg;
  let admin: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    const icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    org = await createOrganisation(t);
    admin = await createUser(t, [{ organisationId: icb.id, role: Role.SYSTEM_ADMIN }]);
  });
  afterAll(() => t.close());

  const refused = async (query: string, variables: Record<string, unknown>, fields: string[], caller = admin) => {
    const before = await tableCounts(t.dataSource);
    const res = await t.gql.request(query, variables, { token: caller.token });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect([...new Set(res.errors?.[0].extensions?.fields?.map((f) => f.field))].sort()).toEqual([...fields].sort());
    expect(res.data).toBeNull();
    expect(await tableCounts(t.dataSource)).toEqual(before);
  };

  it('refuses an ODS code that is not 3–10 capital letters or digits, naming odsCode', async () => {
    await refused(Q.createOrganisation, { input: { odsCode: 'x!', name: 'Bad Trust', kind: 'ACUTE_TRUST' } }, [
      'odsCode',
    ]);
  });

  it('refuses a team with an empty name, naming name', async () => {
    await refused(Q.createTeam, { input: { organisationId: org.id, name: '   ', function: 'DIGITAL' } }, ['name']);
  });

  it('refuses text holding a NUL character or a lone surrogate (PostgreSQL cannot store either as given), naming the field', async () => {
    await refused(Q.createTeam, { input: { organisationId: org.id, name: 'Cyber\u0000team', function: 'DIGITAL' } }, [
      'name',
    ]);
    await refused(Q.createTeam, { input: { organisationId: org.id, name: 'Cyber \ud800 team', function: 'DIGITAL' } }, [
      'name',
    ]);
    await refused(Q.createTeam, { input: { organisationId: org.id, name: 'Cyber \udc00 team', function: 'DIGITAL' } }, [
      'name',
    ]);
    // A whole pair is fine.
    expect(
      errorCode(
        await t.gql.request(
          Q.createTeam,
          { input: { organisationId: org.id, name: 'Cyber \u{1F691} team', function: 'DIGITAL' } },
          { token: admin.token },
        ),
      ),
    ).toBeUndefined();
  });

  it('checks text after trimming it: a runbook title of spaces is refused, naming title, not stored empty (or refused by the database)', async () => {
    const lead = await createUser(t, [{ organisationId: org.id, role: Role.EPRR_LEAD }]);
    const createRunbook = `mutation($input: CreateRunbookInput!) { createRunbook(input: $input) { id } }`;
    await refused(
      createRunbook,
      { input: { organisationId: org.id, title: '     ', categories: ['RANSOMWARE'] } },
      ['title'],
      lead,
    );
    const createApiKey = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`;
    await refused(createApiKey, { input: { organisationId: org.id, role: 'VIEWER', name: '  x  ' } }, ['name']);
  });

  it('names every bad field at once: a malformed email and organisation id', async () => {
    await refused(
      Q.createUser,
      { input: { organisationId: 'not-a-uuid', email: 'not an email', displayName: 'Someone', role: 'VIEWER' } },
      ['email', 'organisationId'],
    );
  });

  it('refuses a malformed id argument as bad input, not as a server error', async () => {
    await refused(Q.deactivateUser, { id: "1' OR '1'='1" }, ['id']);
  });

  it('refuses a version that cannot be one, naming version', async () => {
    await refused(Q.updateOrganisation, { input: { id: org.id, version: 0, name: 'Renamed' } }, ['version']);
  });

  it('refuses a page size outside 1–100, naming first', async () => {
    await refused(Q.organisations, { first: 1000 }, ['first']);
  });

  it('leaves neither the account nor any audit event when createUser fails after inserting the account', async () => {
    // The account row is inserted first; the grant then finds the team belongs to another
    // organisation (NOT_FOUND) and the whole unit of work rolls back.
    const elsewhere = await createOrganisation(t);
    const foreignTeam = (await createTeam(t, elsewhere.id, TeamFunction.EPRR)).id;
    const address = email('rolled-back');
    const before = await tableCounts(t.dataSource);
    const res = await t.gql.request(
      Q.createUser,
      {
        input: {
          organisationId: org.id,
          email: address,
          displayName: 'Rolled Back',
          role: 'EPRR_LEAD',
          teamId: foreignTeam,
        },
      },
      { token: admin.token },
    );
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(res.errors?.[0].message).toBe('Team not found');
    expect(await t.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [address])).toEqual([]);
    expect(await t.dataSource.query(`SELECT id FROM audit_event WHERE summary LIKE $1`, ['%Rolled Back%'])).toEqual([]);
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });
});
