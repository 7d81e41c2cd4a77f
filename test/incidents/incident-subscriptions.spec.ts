import { expect } from '@jest/globals';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, startTestApp, TestApp, TestUser } from '@muster/testing';
import { subscribe } from '../notifications/live-client';
import { act, attempt, createIncidentWorld, declaredIncident, IncidentView, IncidentWorld } from './incident-api';
import { listeningTo } from './live-listening';

const CHANGED = `subscription ($id: ID!) { incidentChanged(id: $id) { id status version affectedOrganisations { id } } }`;
const TIMELINE = `subscription ($id: ID!) { incidentTimelineAdded(id: $id) { action summary } }`;
const BOARD = `subscription { incidentsChanged { id status } }`;

const bearer = (who: TestUser) => ({ authorization: `Bearer ${who.token}` });

function withVariables(query: string, variables: Record<string, unknown>): string {
  // live-client sends a bare query: inline the one id variable.
  return query.replace('($id: ID!) ', '').replace('(id: $id)', `(id: "${variables.id as string}")`);
}

describe('live incidents over graphql-ws', () => {
  let t: TestApp;
  let w: IncidentWorld;
  let outsider: TestUser;
  let otherOrg: { id: string };
  let incident: IncidentView;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createIncidentWorld(t);
    otherOrg = await createOrganisation(t, { kind: OrganisationKind.LOCAL_AUTHORITY });
    outsider = await createUser(t, [{ organisationId: otherOrg.id, role: Role.VIEWER }]);
    incident = await declaredIncident(t, w);
  });
  afterAll(() => t.close());

  it('sends changes and timeline entries to those who see the incident, after commit, and nothing of refused changes', async () => {
    const ready = listeningTo(t, `incident:${incident.id}`, 2);
    const changed = subscribe<{ incidentChanged: IncidentView }>(
      t,
      bearer(w.viewer),
      withVariables(CHANGED, { id: incident.id }),
    );
    const timeline = subscribe<{ incidentTimelineAdded: { action: string } }>(
      t,
      bearer(w.viewer),
      withVariables(TIMELINE, { id: incident.id }),
    );
    await ready;
    try {
      // Refused (stale version): rolled back, nothing published.
      await attempt(t, 'containIncident', { id: incident.id, version: incident.version - 1 }, w.commander);
      const contained = await act(t, 'containIncident', { id: incident.id, version: incident.version }, w.commander);
      expect(await changed.next()).toEqual({
        next: {
          data: {
            incidentChanged: expect.objectContaining({
              id: incident.id,
              status: 'CONTAINED',
              version: contained.version,
            }),
          },
        },
      });
      expect(await timeline.next()).toEqual({
        next: { data: { incidentTimelineAdded: expect.objectContaining({ action: 'incident.contained' }) } },
      });
      incident = contained;
    } finally {
      await changed.dispose();
      await timeline.dispose();
    }
  });

  it('reads nested fields anew for every delivery (the subscription context outlives one answer)', async () => {
    const second = await createOrganisation(t, { kind: OrganisationKind.LOCAL_AUTHORITY });
    const third = await createOrganisation(t, { kind: OrganisationKind.LOCAL_AUTHORITY });
    const ready = listeningTo(t, `incident:${incident.id}`);
    const changed = subscribe<{ incidentChanged: IncidentView }>(
      t,
      bearer(w.viewer),
      withVariables(CHANGED, { id: incident.id }),
    );
    await ready;
    const affected = async () => {
      const event = (await changed.next()) as { next: { data: { incidentChanged: IncidentView } } };
      return event.next.data.incidentChanged.affectedOrganisations.map((o) => o.id);
    };
    try {
      await act(t, 'addAffectedOrganisation', { incidentId: incident.id, organisationId: second.id }, w.commander);
      expect(await affected()).toEqual(expect.arrayContaining([second.id]));
      incident = await act(
        t,
        'addAffectedOrganisation',
        { incidentId: incident.id, organisationId: third.id },
        w.commander,
      );
      expect(await affected()).toEqual(expect.arrayContaining([second.id, third.id]));
    } finally {
      await changed.dispose();
    }
  });

  it('refuses a subscription to an incident out of sight as NOT_FOUND', async () => {
    const live = subscribe<unknown>(t, bearer(outsider), withVariables(CHANGED, { id: incident.id }));
    try {
      const event = await live.next();
      expect('next' in event && event.next.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    } finally {
      await live.dispose();
    }
  });

  it('filters the board by what each subscriber may see at delivery: an organisation added as affected starts receiving', async () => {
    const ready = listeningTo(t, 'incidents', 1);
    const board = subscribe<{ incidentsChanged: { id: string; status: string } }>(t, bearer(outsider), BOARD);
    await ready;
    try {
      // Out of sight: the outsider receives nothing of this change…
      incident = await act(t, 'recoverIncident', { id: incident.id, version: incident.version }, w.commander);
      // …and, once their organisation is affected, the incident as it then is.
      incident = await act(
        t,
        'addAffectedOrganisation',
        { incidentId: incident.id, organisationId: otherOrg.id },
        w.commander,
      );
      expect(await board.next()).toEqual({
        next: { data: { incidentsChanged: { id: incident.id, status: 'RECOVERING' } } },
      });
    } finally {
      await board.dispose();
    }
  });

  it('ends the stream with UNAUTHENTICATED at the next event once the subscriber is deactivated', async () => {
    const ready = listeningTo(t, `incident:${incident.id}`, 1);
    const changed = subscribe<{ incidentChanged: IncidentView }>(
      t,
      bearer(w.eprrLead),
      withVariables(CHANGED, { id: incident.id }),
    );
    await ready;
    try {
      await t.gql.ok(
        `mutation($id: ID!) { deactivateUser(id: $id) { id } }`,
        { id: w.eprrLead.id },
        { token: w.orgAdmin.token },
      );
      await act(
        t,
        'assignIncidentRole',
        { incidentId: incident.id, role: 'OBSERVER', userId: w.viewer.id },
        w.commander,
      );
      const event = await changed.next();
      expect('next' in event && event.next.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await changed.dispose();
    }
  });
});
