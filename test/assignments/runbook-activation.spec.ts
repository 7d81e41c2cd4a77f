import { startTestApp, TestApp } from '@muster/testing';
import { inbox, tick } from '../notifications/notification-api';
import { act as runbookAct, submitAndApprove } from '../runbooks/runbook-api';
import { AssignmentView, errorCode, list } from './assignment-api';
import {
  activate,
  ActivationView,
  approvedStepsRunbook,
  createIncidentAssignmentWorld,
  declaredWithPartner,
  IncidentAssignmentWorld,
  step,
  SUGGESTED,
} from './incident-world';

const minutes = (iso: string, n: number) => new Date(Date.parse(iso) + n * 60_000).toISOString();

describe('activating a runbook on an incident', () => {
  let t: TestApp;
  let w: IncidentAssignmentWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createIncidentAssignmentWorld(t);
  });
  afterAll(() => t.close());

  /** Four steps: isolate (digital, 30 min) → restore (digital, no target); SIRO assesses (60 min) → report to the ICO (72 h from breach awareness). */
  async function fourStepRunbook() {
    let rb = await runbookAct(
      t,
      'createRunbook',
      { organisationId: w.trust.id, title: 'Ransomware: first hours', categories: ['RANSOMWARE'] },
      w.author,
    );
    const add = async (input: Record<string, unknown>) => {
      rb = await runbookAct(t, 'addRunbookStep', { runbookId: rb.id, ...input }, w.author);
      return rb.steps[rb.steps.length - 1].id;
    };
    const isolate = await add(
      step('Isolate the affected systems', { function: 'DIGITAL', responsibleRole: 'RESPONDER', targetMinutes: 30 }),
    );
    const assess = await add({
      title: 'Assess whether personal data is involved',
      designation: 'SIRO',
      targetMinutes: 60,
    });
    await add(
      step('Report the breach to the ICO', {
        function: 'INFORMATION_GOVERNANCE',
        responsibleRole: 'IG_OFFICER',
        targetMinutes: 4320,
        clockAnchor: 'BREACH_AWARENESS',
        dependsOn: [assess],
      }),
    );
    await add(
      step('Restore from clean backups', {
        function: 'DIGITAL',
        responsibleRole: 'RESPONDER',
        targetMinutes: null,
        mandatory: false,
        dependsOn: [isolate],
      }),
    );
    return submitAndApprove(t, rb.id, w.author, w.approver);
  }

  it('makes one assignment per step per organisation: owners, designation holder, due times, dependencies; once per version and organisation', async () => {
    const incident = await declaredWithPartner(t, w);
    const rb = await fourStepRunbook();
    // A revision in draft is not what activation reads: the approved version is.
    await runbookAct(t, 'reviseRunbook', { id: rb.id }, w.author);
    await runbookAct(t, 'addRunbookStep', { runbookId: rb.id, ...step('A draft step nobody approved') }, w.author);

    const res = await activate(
      t,
      { incidentId: incident.id, runbookId: rb.id, organisationIds: [w.trust.id, w.partner.id] },
      w.commander,
    );
    expect(res.errors).toBeUndefined();
    const activations = res.data?.activateRunbook ?? [];
    expect(activations.map((a) => [a.organisationId, a.versionNumber, a.assignmentIds.length]).sort()).toEqual(
      [
        [w.trust.id, 1, 4],
        [w.partner.id, 1, 4],
      ].sort(),
    );
    const all = await list(t, w.commander, { filter: { incidentId: incident.id }, orderBy: 'CREATED_OLDEST_FIRST' });
    const activationOf = (org: string) => activations.find((a) => a.organisationId === org) as ActivationView;
    const of = (org: string) =>
      activationOf(org).assignmentIds.map((id) => all.find((a) => a.id === id) as AssignmentView);
    const declaredAt = incident.declaredAt as string;
    const [isolate, assess, report, restore] = of(w.trust.id);
    expect(isolate).toMatchObject({
      title: 'Isolate the affected systems',
      function: 'DIGITAL',
      team: { id: w.teams.digital.id },
      assignee: null,
      mandatory: true,
      status: 'OPEN',
      dueAt: minutes(declaredAt, 30),
      source: {
        kind: 'INCIDENT_STEP',
        incidentId: incident.id,
        activationId: activationOf(w.trust.id).id,
      },
      assigningOrganisation: { id: w.trust.id },
    });
    expect(assess).toMatchObject({
      function: 'INFORMATION_GOVERNANCE',
      team: { id: w.teams.ig.id },
      assignee: { id: w.siro.id },
      dueAt: minutes(declaredAt, 60),
      dependencies: [],
    });
    // BREACH_AWARENESS: the incident has no awareness time yet, so no due time.
    expect(report).toMatchObject({
      dueAt: null,
      dependencies: [{ id: assess.id, title: assess.title, status: 'OPEN' }],
    });
    expect(restore).toMatchObject({ dueAt: null, mandatory: false, dependencies: [{ id: isolate.id }] });
    expect(all.map((a) => a.title)).not.toContain('A draft step nobody approved');

    const [pIsolate, pAssess, pReport] = of(w.partner.id);
    expect(pIsolate).toMatchObject({ organisation: { id: w.partner.id }, team: { id: w.partnerTeams.digital.id } });
    // No IG team and no SIRO at the partner: the organisation's to hand on.
    expect(pAssess).toMatchObject({ team: null, assignee: null });
    expect(pReport.dependencies).toEqual([{ id: pAssess.id, title: pAssess.title, status: 'OPEN' }]);

    // Every event of theirs is on the incident's timeline.
    const events = await t.dataSource.query<{ action: string; incident_id: string }[]>(
      `SELECT action, incident_id FROM audit_event WHERE (entity_type = 'assignment' AND entity_id = ANY($1::text[]))
          OR (entity_type = 'runbook_activation' AND entity_id = ANY($2::text[]))`,
      [all.map((a) => a.id), activations.map((a) => a.id)],
    );
    expect(events).toHaveLength(10);
    expect(events.every((e) => e.incident_id === incident.id)).toBe(true);

    // The assigned notices follow the commit, on the scheduler: the designated SIRO hears of theirs
    // and, as the IG team's lead, of the team's; the digital team's lead of the digital steps.
    await tick(t);
    const told = async (who: typeof w.siro) =>
      (await inbox(t, who)).filter((n) => n.kind === 'ASSIGNMENT_ASSIGNED').map((n) => n.about.entityId);
    expect((await told(w.siro)).sort()).toEqual([assess.id, report.id].sort());
    expect(await told(w.digitalLead)).toEqual(expect.arrayContaining([isolate.id, restore.id]));

    const again = await activate(
      t,
      { incidentId: incident.id, runbookId: rb.id, organisationIds: [w.partner.id] },
      w.commander,
    );
    expect(errorCode(again)).toBe('CONFLICT');
    expect(await list(t, w.commander, { filter: { incidentId: incident.id } })).toHaveLength(8);
  });

  it('is for the commander of a live incident, on its organisations, with an approved version', async () => {
    const incident = await declaredWithPartner(t, w, 'Refusals incident');
    const rb = await approvedStepsRunbook(t, w, 2);
    const input = { incidentId: incident.id, runbookId: rb.id, organisationIds: [w.trust.id] };
    expect(errorCode(await activate(t, input, w.eprrLead))).toBe('FORBIDDEN');
    expect(errorCode(await activate(t, input, w.icbCommander))).toBe('FORBIDDEN');
    expect(errorCode(await activate(t, input, w.thirdLead))).toBe('NOT_FOUND');
    expect(errorCode(await activate(t, { ...input, organisationIds: [w.third.id] }, w.commander))).toBe(
      'BAD_USER_INPUT',
    );
    const draft = await runbookAct(
      t,
      'createRunbook',
      { organisationId: w.trust.id, title: 'Never approved', categories: ['RANSOMWARE'] },
      w.author,
    );
    expect(errorCode(await activate(t, { ...input, runbookId: draft.id }, w.commander))).toBe('CONFLICT');
    expect(await list(t, w.commander, { filter: { incidentId: incident.id } })).toHaveLength(0);
    const rows = await t.dataSource.query<unknown[]>(`SELECT 1 FROM runbook_activation WHERE incident_id = $1`, [
      incident.id,
    ]);
    expect(rows).toHaveLength(0);
  });

  it('lets one of two concurrent activations of a version for an organisation through, the other CONFLICT', async () => {
    const incident = await declaredWithPartner(t, w, 'Concurrent activations incident');
    const rb = await approvedStepsRunbook(t, w, 3);
    const input = { incidentId: incident.id, runbookId: rb.id, organisationIds: [w.partner.id] };
    const answers = await Promise.all([activate(t, input, w.commander), activate(t, input, w.commander)]);
    expect(answers.map((a) => errorCode(a) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await list(t, w.commander, { filter: { incidentId: incident.id } })).toHaveLength(3);
  });

  it('activates a 15-step runbook for one organisation in 4 statements inside the transaction', async () => {
    const incident = await declaredWithPartner(t, w, 'Fifteen steps incident');
    const rb = await approvedStepsRunbook(t, w, 15);
    const res = await activate(
      t,
      { incidentId: incident.id, runbookId: rb.id, organisationIds: [w.trust.id] },
      w.commander,
    );
    expect(res.data?.activateRunbook[0].assignmentIds).toHaveLength(15);
    // Sign-in, then BEGIN; the activation (incident, version, organisations, activation, 15
    // assignments, dependencies: one statement); the jobs (15 escalations and the notices: one);
    // the audit chain head and its events (two); COMMIT.
    expect(res.extensions?.sqlStatements).toBe(7);
  });

  it('offers the approved runbooks of the incident category per organisation, and names those with none', async () => {
    const incident = await declaredWithPartner(t, w, 'Suggestions incident');
    const rb = await approvedStepsRunbook(t, w, 1, { title: 'Ransomware suggested runbook' });
    const res = await t.gql.ok<{
      suggestedRunbooks: {
        organisations: { organisationId: string; runbooks: { id: string; versionNumber: number }[] }[];
        organisationsWithNone: string[];
      };
    }>(SUGGESTED, { incidentId: incident.id }, { token: w.commander.token });
    const [lead, partner] = res.suggestedRunbooks.organisations;
    expect(lead.organisationId).toBe(w.trust.id);
    expect(lead.runbooks).toEqual(
      expect.arrayContaining([{ id: rb.id, title: 'Ransomware suggested runbook', versionNumber: 1 }]),
    );
    expect(partner).toMatchObject({ organisationId: w.partner.id, runbooks: [] });
    expect(res.suggestedRunbooks.organisationsWithNone).toEqual([w.partner.id]);
    const hidden = await t.gql.request(SUGGESTED, { incidentId: incident.id }, { token: w.thirdLead.token });
    expect(errorCode(hidden)).toBe('NOT_FOUND');
  });
});
