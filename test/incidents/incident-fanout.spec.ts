import { expect } from '@jest/globals';
import { DataSource } from 'typeorm';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { INCIDENTS_TOPIC, IncidentLiveEvent } from '@muster/incidents';
import { LiveEvents } from '@muster/platform-graphql';
import { createOrganisation, createUser, startTestApp, TestApp, TestUser } from '@muster/testing';
import { LiveSubscription, subscribe } from '../notifications/live-client';
import { act, createIncidentWorld, declaredIncident, IncidentView, IncidentWorld } from './incident-api';
import { listeningTo } from './live-listening';

/** The board with nested fields: organisations, command roles with holders, counts. */
const BOARD = `subscription { incidentsChanged {
  id status version
  leadOrganisation { id name } affectedOrganisations { id name }
  commander { displayName } roles { role holder { displayName } }
  counts { sitReps decisions }
} }`;
const CREATE_KEY = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`;
const REVOKE_KEY = `mutation ($id: ID!) { revokeApiKey(id: $id) { id } }`;
const REVOKE_ROLE = `mutation ($input: RevokeRoleInput!) { revokeRole(input: $input) }`;
const LOGOUT = `mutation ($token: String!) { logout(refreshToken: $token) }`;

type Credentials = Record<string, string>;
type Board = { incidentsChanged: { id: string; version: number; affectedOrganisations: { id: string }[] } };

const bearer = (who: TestUser): Credentials => ({ authorization: `Bearer ${who.token}` });

/** The id of the incident in the next message, or its error code. */
async function nextOf(live: LiveSubscription<Board>): Promise<string | undefined> {
  const event = await live.next();
  if (!('next' in event)) return `closed: ${JSON.stringify(event)}`;
  return event.next.data?.incidentsChanged.id ?? event.next.errors?.[0].extensions?.code;
}

describe('live incidents to many subscribers: one read per event, sight and credentials per subscriber', () => {
  let t: TestApp;
  let w: IncidentWorld;
  let otherOrg: { id: string };
  /** Seen by the trust's people only. */
  let trustOnly: IncidentView;
  /** Seen by the trust's people and the other organisation's (affected). */
  let shared: IncidentView;
  let outsider: TestUser;
  let apiKey: { secret: string; apiKey: { id: string } };

  beforeAll(async () => {
    t = await startTestApp();
    w = await createIncidentWorld(t);
    otherOrg = await createOrganisation(t, { kind: OrganisationKind.LOCAL_AUTHORITY });
    outsider = await createUser(t, [{ organisationId: otherOrg.id, role: Role.VIEWER }]);
    trustOnly = await declaredIncident(t, w);
    shared = await declaredIncident(t, w);
    shared = await act(
      t,
      'addAffectedOrganisation',
      { incidentId: shared.id, organisationId: otherOrg.id },
      w.commander,
    );
    apiKey = await newKey(w.trust.id);
  });
  afterAll(() => t.close());

  async function newKey(organisationId: string): Promise<{ secret: string; apiKey: { id: string } }> {
    const input = { organisationId, role: Role.RESPONDER, name: `Board ${Math.random()}` };
    const { createApiKey } = await t.gql.ok<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
      CREATE_KEY,
      { input },
      { token: w.orgAdmin.token },
    );
    return createApiKey;
  }

  const publish = (incidentId: string) =>
    t.app.get(LiveEvents).publish<IncidentLiveEvent>(INCIDENTS_TOPIC, { incidentId, incidentChanged: true });

  /** Subscribes each to the board and resolves once the server listens for all of them. */
  async function boards(all: Credentials[]): Promise<LiveSubscription<Board>[]> {
    const ready = listeningTo(t, INCIDENTS_TOPIC, all.length);
    const subscriptions = all.map((credentials) => subscribe<Board>(t, credentials, BOARD));
    await ready;
    return subscriptions;
  }

  /**
   * Two events (the trust's incident, then the shared one once everyone has the first) to
   * `insiders` and one outsider; the SQL statements the app ran from the first publish to the
   * last delivery. Each insider receives both, in order; the outsider only the one they may see.
   */
  async function statementsOfTwoEvents(insiders: Credentials[]): Promise<string[]> {
    const live = await boards([...insiders, bearer(outsider)]);
    const logger = t.app.get(DataSource).logger;
    const original = logger.logQuery.bind(logger);
    const statements: string[] = [];
    const spy = jest.spyOn(logger, 'logQuery').mockImplementation((query, ...rest) => {
      statements.push(query);
      original(query, ...rest);
    });
    try {
      const insiderBoards = live.slice(0, -1);
      await publish(trustOnly.id);
      const first = await Promise.all(insiderBoards.map(nextOf));
      await publish(shared.id);
      const [outsiderGot, ...second] = await Promise.all([live[live.length - 1], ...insiderBoards].map(nextOf));
      spy.mockRestore();
      expect(first).toEqual(insiders.map(() => trustOnly.id));
      expect(second).toEqual(insiders.map(() => shared.id));
      // The outsider's first message is the incident their organisation is affected by.
      expect(outsiderGot).toBe(shared.id);
    } finally {
      spy.mockRestore();
      await Promise.all(live.map((s) => s.dispose()));
    }
    return statements;
  }

  it('costs the same SQL statements per event for 3 subscribers as for 20, nested fields included', async () => {
    // Who sees the trust's incidents: its people, and the ICB's incident commander (not the ICB's viewer).
    const people = [w.viewer, w.responder, w.commander, w.eprrLead, w.igOfficer, w.icbCommander];
    const few = await statementsOfTwoEvents([bearer(w.viewer), bearer(w.icbCommander), { 'x-api-key': apiKey.secret }]);
    const many = await statementsOfTwoEvents([
      ...people.map(bearer),
      ...people.map(bearer),
      ...people.map(bearer),
      { 'x-api-key': apiKey.secret },
      { 'x-api-key': apiKey.secret },
    ]);
    expect(many).toEqual(few);
    // Per event: the people's credentials, the key's, the incident with its scene, the counts.
    expect(few.length).toBeLessThanOrEqual(2 * 4);
  });

  it('ends the stream with UNAUTHENTICATED at the next event once its API key is revoked, the others receiving on', async () => {
    const key = await newKey(w.trust.id);
    const [revoked, viewer] = await boards([{ 'x-api-key': key.secret }, bearer(w.viewer)]);
    try {
      await t.gql.ok(REVOKE_KEY, { id: key.apiKey.id }, { token: w.orgAdmin.token });
      await publish(trustOnly.id);
      expect(await nextOf(revoked)).toBe('UNAUTHENTICATED');
      expect(await nextOf(viewer)).toBe(trustOnly.id);
    } finally {
      await revoked.dispose();
      await viewer.dispose();
    }
  });

  it('ends the stream with UNAUTHENTICATED at the next event once its session is signed out', async () => {
    const person = await createUser(t, [{ organisationId: w.trust.id, role: Role.VIEWER }]);
    const [signedOut] = await boards([bearer(person)]);
    try {
      await t.gql.ok(LOGOUT, { token: person.refreshToken }, { token: person.token });
      await publish(trustOnly.id);
      expect(await nextOf(signedOut)).toBe('UNAUTHENTICATED');
    } finally {
      await signedOut.dispose();
    }
  });

  it('judges sight from the memberships as they are at the event: a role revoked stops what it let them see', async () => {
    const person = await createUser(t, [
      { organisationId: w.trust.id, role: Role.VIEWER },
      { organisationId: otherOrg.id, role: Role.VIEWER },
    ]);
    const [board] = await boards([bearer(person)]);
    try {
      await publish(trustOnly.id);
      expect(await nextOf(board)).toBe(trustOnly.id);
      await t.gql.ok(
        REVOKE_ROLE,
        { input: { userId: person.id, organisationId: w.trust.id, role: Role.VIEWER } },
        { token: w.orgAdmin.token },
      );
      // The trust's incident is out of their sight now; the shared one (their other organisation's) is not.
      await publish(trustOnly.id);
      await publish(shared.id);
      expect(await nextOf(board)).toBe(shared.id);
    } finally {
      await board.dispose();
    }
  });
});
