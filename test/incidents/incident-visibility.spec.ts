import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, errorCode, startTestApp, TestApp, TestUser } from '@muster/testing';
import {
  act,
  attempt,
  createIncidentWorld,
  declaredIncident,
  IncidentView,
  IncidentWorld,
  readIncident,
} from './incident-api';

// Searched by reference: the worker's database holds other suites' incidents, more than a page.
const LIST = `query ($first: Int, $search: String) { incidents(first: $first, filter: { search: $search }) { nodes { id } } }`;
const BY_REF = `query ($r: String!) { incidentByReference(reference: $r) { id } }`;

describe('who sees an incident', () => {
  let t: TestApp;
  let w: IncidentWorld;
  let other: { id: string };
  let outsider: TestUser;
  let otherCommander: TestUser;
  let systemAdmin: TestUser;
  let auditor: TestUser;
  let incident: IncidentView;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createIncidentWorld(t);
    other = await createOrganisation(t, { kind: OrganisationKind.COMMUNITY_TRUST });
    outsider = await createUser(t, [{ organisationId: other.id, role: Role.RESPONDER }]);
    otherCommander = await createUser(t, [{ organisationId: other.id, role: Role.INCIDENT_COMMANDER }]);
    systemAdmin = await createUser(t, [{ organisationId: other.id, role: Role.SYSTEM_ADMIN }]);
    auditor = await createUser(t, [{ organisationId: other.id, role: Role.AUDITOR }]);
    incident = await declaredIncident(t, w);
  });
  afterAll(() => t.close());

  async function sees(who: TestUser): Promise<boolean> {
    const one = await readIncident(t, incident.id, who);
    const byRef = await t.gql.request<{ incidentByReference: { id: string } }>(
      BY_REF,
      { r: incident.reference },
      { token: who.token },
    );
    const list = await t.gql.ok<{ incidents: { nodes: { id: string }[] } }>(
      LIST,
      { first: 100, search: incident.reference },
      { token: who.token },
    );
    const inList = list.incidents.nodes.some((n) => n.id === incident.id);
    const seen = !one.errors;
    expect({ byRef: !byRef.errors, inList }).toEqual({ byRef: seen, inList: seen });
    if (!seen) {
      expect(errorCode(one)).toBe('NOT_FOUND');
      expect(errorCode(byRef)).toBe('NOT_FOUND');
    }
    return seen;
  }

  it.each([
    ['a viewer of the lead organisation', true, (): TestUser => w.viewer],
    ['the ICB commander', true, (): TestUser => w.icbCommander],
    ['the ICB EPRR lead', true, (): TestUser => w.icbEprrLead],
    ['an ICB viewer', false, (): TestUser => w.icbViewer],
    ['a system admin', true, (): TestUser => systemAdmin],
    ['an auditor', true, (): TestUser => auditor],
    ['a responder of an uninvolved organisation', false, (): TestUser => outsider],
    ['a commander of an uninvolved organisation', false, (): TestUser => otherCommander],
  ])('%s sees it: %s', async (_name, expected, who) => {
    expect(await sees(who())).toBe(expected);
  });

  it('an uninvolved organisation cannot act on it either: NOT_FOUND, as for a missing id', async () => {
    expect(
      errorCode(await attempt(t, 'containIncident', { id: incident.id, version: incident.version }, otherCommander)),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await attempt(t, 'containIncident', { id: '00000000-0000-4000-8000-000000000000', version: 1 }, otherCommander),
      ),
    ).toBe('NOT_FOUND');
  });

  it('added as affected, an organisation sees it on its next request; removed, it stops', async () => {
    expect(await sees(outsider)).toBe(false);
    const added = await act(
      t,
      'addAffectedOrganisation',
      { incidentId: incident.id, organisationId: other.id },
      w.commander,
    );
    expect(added.affectedOrganisations.map((o) => o.id)).toEqual([other.id]);
    expect(await sees(outsider)).toBe(true);
    await act(t, 'removeAffectedOrganisation', { incidentId: incident.id, organisationId: other.id }, w.commander);
    expect(await sees(outsider)).toBe(false);
  });

  it('a holder of a command role sees it while holding it; a handover hands the sight over too', async () => {
    await act(t, 'addAffectedOrganisation', { incidentId: incident.id, organisationId: other.id }, w.commander);
    await act(
      t,
      'assignIncidentRole',
      { incidentId: incident.id, role: 'LIAISON', organisationId: other.id, userId: outsider.id },
      w.commander,
    );
    await act(t, 'removeAffectedOrganisation', { incidentId: incident.id, organisationId: other.id }, w.commander);
    // The liaison of a removed organisation stands down with it.
    expect(await sees(outsider)).toBe(false);
    const stranger = await createUser(t, [{ organisationId: w.icb.id, role: Role.RESPONDER }]);
    expect(await sees(stranger)).toBe(false);
    await act(t, 'assignIncidentRole', { incidentId: incident.id, role: 'SCRIBE', userId: stranger.id }, w.commander);
    expect(await sees(stranger)).toBe(true);
    const after = await act(
      t,
      'assignIncidentRole',
      { incidentId: incident.id, role: 'SCRIBE', userId: w.responder.id },
      w.icbCommander,
    );
    expect(after.roles.filter((r) => r.role === 'SCRIBE').map((r) => r.holder.id)).toEqual([w.responder.id]);
    expect(await sees(stranger)).toBe(false);
  });

  it('only the commander or an ICB commander assigns roles; a role never has two holders', async () => {
    const res = await attempt(
      t,
      'assignIncidentRole',
      { incidentId: incident.id, role: 'DEPUTY', userId: w.secondCommander.id },
      w.secondCommander,
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
    await act(
      t,
      'assignIncidentRole',
      { incidentId: incident.id, role: 'COMMANDER', userId: w.secondCommander.id },
      w.icbCommander,
    );
    const history = await t.gql.ok<{
      incident: { roleHistory: { role: string; holder: { id: string }; endedAt: string | null }[] };
    }>(
      `query ($id: ID!) { incident(id: $id) { roleHistory { role holder { id } endedAt } } }`,
      { id: incident.id },
      { token: w.viewer.token },
    );
    const commanders = history.incident.roleHistory.filter((h) => h.role === 'COMMANDER');
    expect(commanders.map((h) => [h.holder.id, h.endedAt === null])).toEqual([
      [w.commander.id, false],
      [w.secondCommander.id, true],
    ]);
    // The previous commander no longer commands.
    const now = await readIncident(t, incident.id, w.commander);
    expect(
      errorCode(
        await attempt(
          t,
          'assignIncidentRole',
          { incidentId: incident.id, role: 'OBSERVER', userId: w.viewer.id },
          w.commander,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(now.data?.incident.commander?.id).toBe(w.secondCommander.id);
    // The commander and deputy must be incident commanders.
    expect(
      errorCode(
        await attempt(
          t,
          'assignIncidentRole',
          { incidentId: incident.id, role: 'DEPUTY', userId: w.viewer.id },
          w.secondCommander,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});
