import { startTestApp, TestApp, TestUser } from '@muster/testing';
import { act } from './assignment-api';
import {
  activate,
  approvedStepsRunbook,
  createIncidentAssignmentWorld,
  declaredWithPartner,
  IncidentAssignmentWorld,
} from './incident-world';

const ACTIVATIONS = `query ($id: ID!) { incident(id: $id) { id runbookActivations {
  id runbookId runbookTitle versionNumber organisationId organisationName activatedBy { id displayName } activatedAt
  assignmentCounts { status count }
} } }`;
const BOARD = `query ($first: Int, $filter: IncidentFilter) { incidents(first: $first, filter: $filter) {
  nodes { id runbookActivations { id runbookTitle activatedBy { displayName } assignmentCounts { status count } } }
} }`;

interface Activation {
  id: string;
  runbookId: string;
  runbookTitle: string;
  versionNumber: number;
  organisationId: string;
  organisationName: string;
  activatedBy: { id: string; displayName: string } | null;
  activatedAt: string;
  assignmentCounts: { status: string; count: number }[];
}

describe('an incident’s runbook activations', () => {
  let t: TestApp;
  let w: IncidentAssignmentWorld;
  let incidentIds: string[];
  let runbookId: string;
  let firstActivation: { id: string; assignmentIds: string[] };

  beforeAll(async () => {
    t = await startTestApp();
    w = await createIncidentAssignmentWorld(t);
    const runbook = await approvedStepsRunbook(t, w, 3, { title: 'Ransomware: first hours' });
    runbookId = runbook.id;
    incidentIds = [];
    for (const title of ['EPR encrypted', 'PACS encrypted', 'Pathology encrypted']) {
      const incident = await declaredWithPartner(t, w, title);
      const res = await activate(t, { incidentId: incident.id, runbookId, organisationIds: [w.trust.id] }, w.commander);
      expect(res.errors).toBeUndefined();
      incidentIds.push(incident.id);
      const [activation] = res.data?.activateRunbook ?? [];
      firstActivation ??= activation;
    }
  });
  afterAll(() => t.close());

  const activations = async (who: TestUser, id = incidentIds[0]) => {
    const res = await t.gql.request<{ incident: { runbookActivations: Activation[] } }>(
      ACTIVATIONS,
      { id },
      { token: who.token },
    );
    expect(res.errors).toBeUndefined();
    return res.data?.incident.runbookActivations ?? [];
  };

  it('lists each with its version, organisation, who activated it and when, and its assignments by status', async () => {
    const { assignment } = await t.gql.ok<{ assignment: { id: string; version: number } }>(
      `query ($id: ID!) { assignment(id: $id) { id version } }`,
      { id: firstActivation.assignmentIds[0] },
      { token: w.commander.token },
    );
    await act(
      t,
      'cancelAssignment',
      { id: assignment.id, reason: 'Not needed here', version: assignment.version },
      w.commander,
    );
    const [activation, ...others] = await activations(w.commander);
    expect(others).toEqual([]);
    const { activatedBy, activatedAt, ...rest } = activation;
    expect(activatedBy?.id).toBe(w.commander.id);
    expect(Number.isNaN(Date.parse(activatedAt))).toBe(false);
    expect(rest).toEqual({
      id: firstActivation.id,
      runbookId,
      runbookTitle: 'Ransomware: first hours',
      versionNumber: 1,
      organisationId: w.trust.id,
      organisationName: w.trust.name,
      assignmentCounts: [
        { status: 'OPEN', count: 2 },
        { status: 'CANCELLED', count: 1 },
      ],
    });
  });

  it('counts only the assignments the caller may see: the affected partner sees the activation, not the trust’s work', async () => {
    const [seen] = await activations(w.partnerLead);
    expect(seen.id).toBe(firstActivation.id);
    expect(seen.assignmentCounts).toEqual([]);
    const [icb] = await activations(w.icbCommander);
    expect(icb.assignmentCounts).toEqual([]);
    const [own] = await activations(w.responder);
    expect(own.assignmentCounts.reduce((n, c) => n + c.count, 0)).toBe(3);
  });

  it('is not reached on an incident out of sight', async () => {
    const res = await t.gql.request(ACTIVATIONS, { id: incidentIds[0] }, { token: w.thirdLead.token });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(res.data).toBeNull();
  });

  it('costs the same statements for 1 incident as for 3 on the board', async () => {
    const board = (first: number) =>
      t.gql.request<{ incidents: { nodes: { runbookActivations: Activation[] }[] } }>(
        BOARD,
        { first, filter: { organisationId: w.trust.id } },
        { token: w.commander.token },
      );
    const one = await board(1);
    const three = await board(3);
    expect(three.data?.incidents.nodes.map((n) => n.runbookActivations.length)).toEqual([1, 1, 1]);
    // Sign-in; the page with its scenes; the activations of every incident of the page.
    expect(one.extensions?.sqlStatements).toBe(3);
    expect(three.extensions?.sqlStatements).toBe(3);
  });
});
