import { startTestApp, TestApp } from '@muster/testing';
import {
  act,
  assignToTrust,
  attempt,
  AssignmentWorld,
  createAssignmentWorld,
  errorCode,
  list,
  read,
} from './assignment-api';
import { createIncidentAssignmentWorld, declaredWithPartner, IncidentAssignmentWorld } from './incident-world';

describe('who sees and works an assignment across organisations', () => {
  let t: TestApp;
  let w: AssignmentWorld;
  let iw: IncidentAssignmentWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createAssignmentWorld(t);
    iw = await createIncidentAssignmentWorld(t);
  });
  afterAll(() => t.close());

  it('the ICB assigns to the trust: the trust sees and works it, the ICB sees its progress, a third trust gets NOT_FOUND', async () => {
    const a = await assignToTrust(t, w, { title: 'Review the cyber playbook after the exercise' });
    for (const who of [w.responder, w.viewer, w.icbViewer, w.icbLead]) {
      expect((await read(t, a.id, who)).data?.assignment.id).toBe(a.id);
    }
    expect(errorCode(await read(t, a.id, w.thirdLead))).toBe('NOT_FOUND');
    expect(errorCode(await attempt(t, 'acknowledgeAssignment', { id: a.id, version: 1 }, w.thirdLead))).toBe(
      'NOT_FOUND',
    );
    expect(
      errorCode(await attempt(t, 'cancelAssignment', { id: a.id, version: 1, reason: 'Not ours at all' }, w.thirdLead)),
    ).toBe('NOT_FOUND');
    expect((await list(t, w.thirdLead, { filter: { organisationId: w.trust.id } })).map((n) => n.id)).not.toContain(
      a.id,
    );
    expect((await list(t, w.icbViewer, { filter: { organisationId: w.trust.id } })).map((n) => n.id)).toContain(a.id);
    // The assigning side sees but does not work it; a viewer of the ICB manages nothing.
    expect(errorCode(await attempt(t, 'acknowledgeAssignment', { id: a.id, version: 1 }, w.icbLead))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await attempt(t, 'cancelAssignment', { id: a.id, version: 1, reason: 'Changed our mind' }, w.icbViewer),
      ),
    ).toBe('FORBIDDEN');
    const ack = await act(t, 'acknowledgeAssignment', { id: a.id, version: 1 }, w.responder);
    expect((await read(t, a.id, w.icbViewer)).data?.assignment.status).toBe(ack.status);
  });

  it('refuses an assignment from a third trust to the trust, and one to a team or person not of the trust', async () => {
    expect(
      errorCode(
        await attempt(
          t,
          'createAssignment',
          { organisationId: w.trust.id, title: 'Do our work for us', function: 'EPRR' },
          w.thirdLead,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await attempt(
          t,
          'createAssignment',
          { organisationId: w.trust.id, title: 'Assign myself some work', function: 'EPRR' },
          w.responder,
        ),
      ),
    ).toBe('FORBIDDEN');
    const wrongTeam = await attempt(
      t,
      'createAssignment',
      { organisationId: w.trust.id, teamId: w.igTeam.id, title: 'A task for EPRR', function: 'EPRR' },
      w.icbLead,
    );
    expect(errorCode(wrongTeam)).toBe('BAD_USER_INPUT');
    const outsider = await attempt(
      t,
      'createAssignment',
      { organisationId: w.trust.id, assigneeId: w.thirdLead.id, title: 'A task for an outsider', function: 'EPRR' },
      w.icbLead,
    );
    expect(errorCode(outsider)).toBe('BAD_USER_INPUT');
  });

  it("the incident's commander assigns to an affected partner: the partner works it, the lead trust sees it, a third trust does not", async () => {
    const incident = await declaredWithPartner(t, iw);
    const a = await act(
      t,
      'createAssignment',
      {
        organisationId: iw.partner.id,
        teamId: iw.partnerTeams.eprr.id,
        title: 'Switch community services to paper records',
        function: 'EPRR',
        mandatory: true,
        source: { kind: 'MANUAL', incidentId: incident.id },
      },
      iw.commander,
    );
    expect(a.assigningOrganisation.id).toBe(iw.trust.id);
    expect(a.source.incidentId).toBe(incident.id);
    expect((await read(t, a.id, iw.partnerLead)).data?.assignment.id).toBe(a.id);
    expect((await read(t, a.id, iw.responder)).data?.assignment.id).toBe(a.id);
    expect(errorCode(await read(t, a.id, iw.thirdLead))).toBe('NOT_FOUND');
    const ack = await act(t, 'acknowledgeAssignment', { id: a.id, version: a.version }, iw.partnerLead);
    expect(ack.status).toBe('ACKNOWLEDGED');
    // A third trust's lead may not assign on an incident it does not see.
    const foreign = await attempt(
      t,
      'createAssignment',
      {
        organisationId: iw.partner.id,
        title: 'Not theirs to give',
        function: 'EPRR',
        source: { kind: 'MANUAL', incidentId: incident.id },
      },
      iw.thirdLead,
    );
    expect(errorCode(foreign)).toBe('NOT_FOUND');
  });

  it('lists mine and my teams’ assignments only', async () => {
    const mineA = await assignToTrust(t, w, { title: 'For the EPRR team' });
    const igA = await act(
      t,
      'createAssignment',
      { organisationId: w.trust.id, teamId: w.igTeam.id, title: 'For the IG team', function: 'INFORMATION_GOVERNANCE' },
      w.icbLead,
    );
    const mine = await t.gql.ok<{ myAssignments: { nodes: { id: string }[] } }>(
      `query { myAssignments(first: 100) { nodes { id } } }`,
      {},
      { token: w.responder.token },
    );
    const ids = mine.myAssignments.nodes.map((n) => n.id);
    expect(ids).toContain(mineA.id);
    expect(ids).not.toContain(igA.id);
  });
});
