import { randomUUID } from 'node:crypto';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, errorCode, startTestApp, TestApp, TestUser } from '@muster/testing';
import { act, createRunbookOrg, draftWithSteps, RunbookView } from './runbook-api';

const CANDIDATES = `query ($runbookId: ID!, $search: String, $first: Int) {
  runbookOwnerCandidates(runbookId: $runbookId, search: $search, first: $first) { id displayName roles }
}`;

interface Candidate {
  id: string;
  displayName: string;
  roles: string[];
}

describe('runbook owner candidates: who an EPRR lead may make a runbook’s owner', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof createRunbookOrg>>;
  let runbook: RunbookView;
  let outsider: TestUser;
  let icbLead: TestUser;
  let member: TestUser;
  let leaver: TestUser;
  const tag = `own${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    t = await startTestApp();
    world = await createRunbookOrg(t);
    const other = await createOrganisation(t);
    const icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    outsider = await createUser(t, [{ organisationId: other.id, role: Role.EPRR_LEAD }], {
      displayName: `${tag} outsider`,
    });
    icbLead = await createUser(t, [{ organisationId: icb.id, role: Role.EPRR_LEAD }], { displayName: `${tag} icb` });
    member = await createUser(
      t,
      [
        { organisationId: world.org.id, role: Role.RESPONDER },
        { organisationId: world.org.id, role: Role.INCIDENT_COMMANDER },
      ],
      { displayName: `${tag} member` },
    );
    leaver = await createUser(t, [{ organisationId: world.org.id, role: Role.RESPONDER }], {
      displayName: `${tag} leaver`,
    });
    await t.gql.ok(
      `mutation ($id: ID!) { deactivateUser(id: $id) { id } }`,
      { id: leaver.id },
      { token: world.admin.token },
    );
    runbook = await draftWithSteps(t, world.org.id, world.lead, 1);
  });
  afterAll(() => t.close());

  const ask = (who: TestUser, variables: Record<string, unknown> = {}) =>
    t.gql.request<{ runbookOwnerCandidates: Candidate[] }>(
      CANDIDATES,
      { runbookId: runbook.id, first: 50, ...variables },
      { token: who.token },
    );

  it('offers the active members of its organisation, by name, with their roles there', async () => {
    const res = await ask(world.lead);
    expect(res.errors).toBeUndefined();
    const ids = res.data?.runbookOwnerCandidates.map((c) => c.id) ?? [];
    expect(ids).toEqual(
      expect.arrayContaining([world.lead.id, world.secondLead.id, world.admin.id, world.viewer.id, member.id]),
    );
    expect(ids).toHaveLength(6);
    expect(ids).not.toContain(leaver.id);
    expect(ids).not.toContain(outsider.id);
    const names = res.data?.runbookOwnerCandidates.map((c) => c.displayName) ?? [];
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
    const found = await ask(world.lead, { search: tag });
    expect(found.data?.runbookOwnerCandidates).toEqual([
      { id: member.id, displayName: `${tag} member`, roles: ['INCIDENT_COMMANDER', 'RESPONDER'] },
    ]);
  });

  it('answers its EPRR leads and administrators; FORBIDDEN to its other members and the ICB’s readers; NOT_FOUND to outsiders as for a missing runbook', async () => {
    expect((await ask(world.admin)).errors).toBeUndefined();
    expect(errorCode(await ask(world.viewer))).toBe('FORBIDDEN');
    expect(errorCode(await ask(icbLead))).toBe('FORBIDDEN');
    const theirs = await ask(outsider);
    const missing = await ask(outsider, { runbookId: randomUUID() });
    expect(errorCode(theirs)).toBe('NOT_FOUND');
    expect(theirs.errors?.[0].message).toBe(missing.errors?.[0].message);
  });

  it('shows no contact details', async () => {
    const res = await t.gql.request(
      `query ($runbookId: ID!) { runbookOwnerCandidates(runbookId: $runbookId) { id email } }`,
      { runbookId: runbook.id },
      { token: world.lead.token },
    );
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('names people setRunbookOwner accepts', async () => {
    const [candidate] = (await ask(world.lead, { search: tag })).data?.runbookOwnerCandidates ?? [];
    const after = await act(
      t,
      'setRunbookOwner',
      { id: runbook.id, userId: candidate.id, version: runbook.version },
      world.lead,
    );
    expect(after.owner?.id).toBe(member.id);
  });

  it('costs the same statements for 2 candidates as for 6', async () => {
    const small = await ask(world.lead, { first: 2 });
    const large = await ask(world.lead, { first: 6 });
    expect(small.data?.runbookOwnerCandidates).toHaveLength(2);
    expect(large.data?.runbookOwnerCandidates).toHaveLength(6);
    // Sign-in; the runbook; the candidates.
    expect(small.extensions?.sqlStatements).toBe(3);
    expect(large.extensions?.sqlStatements).toBe(3);
  });
});
