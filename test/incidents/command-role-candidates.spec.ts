import { randomUUID } from 'node:crypto';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, errorCode, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
import { act, report } from './incident-api';

const CANDIDATES = `query ($incidentId: ID!, $role: CommandRole!, $organisationId: ID, $search: String, $first: Int) {
  commandRoleCandidates(incidentId: $incidentId, role: $role, organisationId: $organisationId, search: $search, first: $first) {
    id displayName organisations { id name roles }
  }
}`;

interface Candidate {
  id: string;
  displayName: string;
  organisations: { id: string; name: string; roles: string[] }[];
}

describe('command role candidates: who an incident’s command roles may go to', () => {
  let t: TestApp;
  const tag = `cand${randomUUID().slice(0, 8)}`;
  let icb: TestOrg;
  let trust: TestOrg;
  let other: TestOrg;
  const p: Record<string, TestUser> = {};
  let incidentId: string;

  const person = async (key: string, grants: { organisationId: string; role: Role }[]) => {
    p[key] = await createUser(t, grants, { displayName: `${tag} ${key}` });
  };

  beforeAll(async () => {
    t = await startTestApp();
    icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    trust = await createOrganisation(t);
    other = await createOrganisation(t);
    await person('commander', [{ organisationId: trust.id, role: Role.INCIDENT_COMMANDER }]);
    await person('secondCommander', [{ organisationId: trust.id, role: Role.INCIDENT_COMMANDER }]);
    await person('responder', [
      { organisationId: trust.id, role: Role.RESPONDER },
      { organisationId: trust.id, role: Role.IG_OFFICER },
    ]);
    await person('viewer', [{ organisationId: trust.id, role: Role.VIEWER }]);
    await person('admin', [{ organisationId: trust.id, role: Role.ORG_ADMIN }]);
    await person('leaver', [{ organisationId: trust.id, role: Role.RESPONDER }]);
    await person('icbCommander', [{ organisationId: icb.id, role: Role.INCIDENT_COMMANDER }]);
    await person('icbResponder', [{ organisationId: icb.id, role: Role.RESPONDER }]);
    await person('otherCommander', [{ organisationId: other.id, role: Role.INCIDENT_COMMANDER }]);
    await t.gql.ok(
      `mutation ($id: ID!) { deactivateUser(id: $id) { id } }`,
      { id: p.leaver.id },
      { token: p.admin.token },
    );
    const reported = await report(t, trust.id, p.responder);
    const declared = await act(t, 'declareIncident', { id: reported.id, version: reported.version }, p.commander);
    incidentId = declared.id;
  });
  afterAll(() => t.close());

  const ask = (who: TestUser, variables: Record<string, unknown>) =>
    t.gql.request<{ commandRoleCandidates: Candidate[] }>(
      CANDIDATES,
      { incidentId, search: tag, first: 50, ...variables },
      { token: who.token },
    );
  const names = async (who: TestUser, variables: Record<string, unknown>) => {
    const res = await ask(who, variables);
    expect(res.errors).toBeUndefined();
    return res.data?.commandRoleCandidates.map((c) => c.displayName.replace(`${tag} `, ''));
  };

  it('offers the active members of its organisations and of the ICB, by name, with their roles there', async () => {
    expect(await names(p.commander, { role: 'SCRIBE' })).toEqual([
      'admin',
      'commander',
      'icbCommander',
      'icbResponder',
      'responder',
      'secondCommander',
      'viewer',
    ]);
    const res = await ask(p.commander, { role: 'SCRIBE', search: `${tag} responder` });
    expect(res.data?.commandRoleCandidates).toEqual([
      {
        id: p.responder.id,
        displayName: `${tag} responder`,
        organisations: [{ id: trust.id, name: trust.name, roles: ['IG_OFFICER', 'RESPONDER'] }],
      },
    ]);
  });

  it('offers only incident commanders for commander and deputy, and a liaison only from the organisation they speak for', async () => {
    expect(await names(p.commander, { role: 'DEPUTY' })).toEqual(['commander', 'icbCommander', 'secondCommander']);
    expect(await names(p.commander, { role: 'LIAISON', organisationId: trust.id })).toEqual([
      'admin',
      'commander',
      'responder',
      'secondCommander',
      'viewer',
    ]);
  });

  it('adds an affected organisation’s members once it is affected', async () => {
    const reported = await report(t, trust.id, p.responder);
    const declared = await act(t, 'declareIncident', { id: reported.id, version: reported.version }, p.commander);
    const before = await names(p.commander, { incidentId: declared.id, role: 'OBSERVER' });
    expect(before).not.toContain('otherCommander');
    await act(t, 'addAffectedOrganisation', { incidentId: declared.id, organisationId: other.id }, p.commander);
    expect(await names(p.commander, { incidentId: declared.id, role: 'OBSERVER' })).toContain('otherCommander');
  });

  it('refuses an organisation that does not fit the role, naming organisationId', async () => {
    for (const variables of [
      { role: 'LIAISON' },
      { role: 'LIAISON', organisationId: other.id },
      { role: 'SCRIBE', organisationId: trust.id },
    ]) {
      const res = await ask(p.commander, variables);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'organisationId' })]);
    }
  });

  it('answers its commander and the ICB’s commanders; FORBIDDEN to other members, NOT_FOUND to outsiders as for a missing incident', async () => {
    expect(await names(p.icbCommander, { role: 'SCRIBE' })).toHaveLength(7);
    for (const who of [p.secondCommander, p.viewer, p.responder]) {
      expect(errorCode(await ask(who, { role: 'SCRIBE' }))).toBe('FORBIDDEN');
    }
    const theirs = await ask(p.otherCommander, { role: 'SCRIBE' });
    const missing = await ask(p.otherCommander, { role: 'SCRIBE', incidentId: randomUUID() });
    expect(errorCode(theirs)).toBe('NOT_FOUND');
    expect(theirs.errors?.[0].message).toBe(missing.errors?.[0].message);
  });

  it('shows no contact details', async () => {
    const res = await t.gql.request(
      `query ($incidentId: ID!) { commandRoleCandidates(incidentId: $incidentId, role: SCRIBE) { id email } }`,
      { incidentId },
      { token: p.commander.token },
    );
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('names people assignIncidentRole accepts', async () => {
    const [candidate] =
      (await ask(p.commander, { role: 'DEPUTY', search: `${tag} icbCommander` })).data?.commandRoleCandidates ?? [];
    const incident = await act(
      t,
      'assignIncidentRole',
      { incidentId, role: 'DEPUTY', userId: candidate.id },
      p.commander,
    );
    expect(incident.roles.find((r) => r.role === 'DEPUTY')?.holder.id).toBe(p.icbCommander.id);
  });

  it('costs the same statements for 2 candidates as for 7', async () => {
    const small = await ask(p.commander, { role: 'SCRIBE', first: 2 });
    const large = await ask(p.commander, { role: 'SCRIBE', first: 7 });
    expect(small.data?.commandRoleCandidates).toHaveLength(2);
    expect(large.data?.commandRoleCandidates).toHaveLength(7);
    // Sign-in; the incident with its scene and the caller's ICBs; the candidates.
    expect(small.extensions?.sqlStatements).toBe(3);
    expect(large.extensions?.sqlStatements).toBe(3);
  });
});
