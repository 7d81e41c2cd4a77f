import { randomUUID } from 'node:crypto';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, errorCode, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
import { READINESS, requestReadiness, requestSystemReadiness } from './readiness-api';

describe('readiness access', () => {
  let t: TestApp;
  let trust: TestOrg;
  let otherTrust: TestOrg;
  let people: Record<
    'viewer' | 'responder' | 'trustLead' | 'otherLead' | 'icbLead' | 'icbAdmin' | 'sysAdmin' | 'auditor',
    TestUser
  >;

  beforeAll(async () => {
    t = await startTestApp();
    trust = await createOrganisation(t);
    otherTrust = await createOrganisation(t);
    const icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    const as = (organisationId: string, role: Role) => createUser(t, [{ organisationId, role }]);
    // One after another: logins share a throttle per client address.
    people = {
      viewer: await as(trust.id, Role.VIEWER),
      responder: await as(trust.id, Role.RESPONDER),
      trustLead: await as(trust.id, Role.EPRR_LEAD),
      otherLead: await as(otherTrust.id, Role.EPRR_LEAD),
      icbLead: await as(icb.id, Role.EPRR_LEAD),
      icbAdmin: await as(icb.id, Role.ORG_ADMIN),
      sysAdmin: await as(otherTrust.id, Role.SYSTEM_ADMIN),
      auditor: await as(otherTrust.id, Role.AUDITOR),
    };
  });
  afterAll(() => t.close());

  it('lets every member of an organisation see its readiness, whatever their role', async () => {
    for (const who of [people.viewer, people.responder, people.trustLead]) {
      const res = await requestReadiness(t, trust.id, who);
      expect(res.errors).toBeUndefined();
      expect(res.data?.readiness.organisation).toMatchObject({ id: trust.id, odsCode: trust.odsCode });
    }
  });

  it("answers NOT_FOUND for another organisation's readiness, exactly as for one that does not exist", async () => {
    const other = await requestReadiness(t, otherTrust.id, people.trustLead);
    const missing = await requestReadiness(t, randomUUID(), people.trustLead);
    expect(errorCode(other)).toBe('NOT_FOUND');
    expect(other.errors?.[0].message).toBe(missing.errors?.[0].message);
    expect(errorCode(missing)).toBe('NOT_FOUND');
    expect(errorCode(await requestReadiness(t, trust.id, people.icbAdmin))).toBe('NOT_FOUND');
  });

  it("shows every organisation and the matrix to SYSTEM_ADMIN, AUDITOR and the ICB's EPRR lead", async () => {
    for (const who of [people.sysAdmin, people.auditor, people.icbLead]) {
      const one = await requestReadiness(t, trust.id, who);
      expect(one.errors).toBeUndefined();
      const matrix = await requestSystemReadiness(t, who);
      expect(matrix.errors).toBeUndefined();
      expect(matrix.data?.systemReadiness.organisations.map((o) => o.id)).toEqual(
        expect.arrayContaining([trust.id, otherTrust.id]),
      );
    }
    const missing = await requestReadiness(t, randomUUID(), people.sysAdmin);
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });

  it('refuses the matrix to everyone else, an EPRR lead of a trust included', async () => {
    for (const who of [people.trustLead, people.viewer, people.icbAdmin]) {
      expect(errorCode(await requestSystemReadiness(t, who))).toBe('FORBIDDEN');
    }
  });

  it('requires a signed-in caller and a well-formed id', async () => {
    const anonymous = await t.gql.request(READINESS, { organisationId: trust.id });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    const malformed = await t.gql.request(READINESS, { organisationId: 'not-an-id' }, { token: people.viewer.token });
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
  });
});
