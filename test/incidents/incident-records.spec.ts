import { expect } from '@jest/globals';
import { errorCode, setClockAndSignIn, startTestApp, TEST_START, TestApp } from '@muster/testing';
import { inbox, tick } from '../notifications/notification-api';
import {
  act,
  attempt,
  auditActions,
  createIncidentWorld,
  declaredIncident,
  getIncident,
  IncidentWorld,
} from './incident-api';

const SITREP = `mutation ($input: SubmitSitRepInput!) { submitSitRep(input: $input) { id sequence template level fields { name label value } } }`;
const DECISION = `mutation ($input: RecordCommandDecisionInput!) { recordCommandDecision(input: $input) { id decision revisitsDecisionId decidedAt } }`;
const LESSON = `mutation ($input: RecordLessonInput!) { recordLesson(input: $input) { id ownerFunction } }`;
const METHANE_OP = `mutation ($input: SubmitMethaneInput!) { submitMethane(input: $input) { id revision hazards } }`;
const ENTRY = `mutation ($input: AddTimelineEntryInput!) { addTimelineEntry(input: $input) { id entryId manual text correctsEntryId action } }`;
const CORRECT = `mutation ($input: CorrectTimelineEntryInput!) { correctTimelineEntry(input: $input) { id entryId manual text correctsEntryId action } }`;
const TIMELINE = `query ($incidentId: ID!, $first: Int, $after: String, $order: TimelineOrder) {
  incidentTimeline(incidentId: $incidentId, first: $first, after: $after, order: $order) { nodes { id action summary manual text entryId correctsEntryId } pageInfo { hasNextPage endCursor } }
}`;
const RECORDS = `query ($id: ID!) { incident(id: $id) {
  methane { revision hazards } methaneRevisions { revision } sitReps { sequence } latestSitRep { sequence template }
  decisions { id revisitsDecisionId } lessons { whatToChange } nextSitRepDueAt sitRepOverdue counts { sitReps decisions lessons methaneRevisions }
} }`;

const DECISION_INPUT = {
  information: 'Pathology LIMS supplier confirms compromise',
  riskAssessment: 'Results delayed; risk to urgent care',
  powersAndPolicy: 'Business continuity plan; NHS England EPRR framework',
  optionsConsidered: 'Isolate interface; continue with manual results',
  decision: 'Isolate the LIMS interface',
  rationale: 'Stops spread; manual process is tested',
};

describe('incident records and timeline', () => {
  let t: TestApp;
  let w: IncidentWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createIncidentWorld(t);
  });
  beforeEach(() =>
    setClockAndSignIn(
      t,
      TEST_START,
      Object.values(w).filter((v) => 'token' in v),
    ),
  );
  afterAll(() => t.close());

  const gql = <T>(query: string, input: Record<string, unknown>, who = w.commander) =>
    t.gql.request<T>(query, { input }, { token: who.token });

  it('submits SitReps from templates, each field required and no other, and derives the next due time from the level', async () => {
    const i = await declaredIncident(t, w);
    expect((await getIncident(t, i.id, w.viewer)).nextSitRepDueAt).toBe('2026-11-29T09:00:00.000Z');
    const missing = await gql(SITREP, {
      incidentId: i.id,
      template: 'TACTICAL',
      conditions: 'EPR down',
      actions: 'Paper processes',
    });
    expect(missing.errors?.[0].extensions?.fields).toEqual([
      { field: 'needs', message: expect.stringMatching(/required/) },
    ]);
    const stray = await gql(SITREP, {
      incidentId: i.id,
      template: 'SBAR',
      situation: 'a',
      background: 'b',
      assessment: 'c',
      recommendation: 'd',
      needs: 'e',
    });
    expect(errorCode(stray)).toBe('BAD_USER_INPUT');
    t.clock.set('2026-11-28T09:10:00Z');
    const ok = await gql<{ submitSitRep: { sequence: number; fields: { name: string; value: string }[] } }>(
      SITREP,
      {
        incidentId: i.id,
        template: 'EXECUTIVE',
        currentStatus: 'Declared',
        overview: 'EPR down at the acute trust',
        nextSteps: 'Restore from backup',
      },
      w.responder,
    );
    expect(ok.data?.submitSitRep).toMatchObject({
      sequence: 1,
      fields: [{ name: 'currentStatus', value: 'Declared' }, { name: 'overview' }, { name: 'nextSteps' }],
    });
    const records = await t.gql.ok<{ incident: { nextSitRepDueAt: string; latestSitRep: { sequence: number } } }>(
      RECORDS,
      { id: i.id },
      { token: w.viewer.token },
    );
    expect(records.incident).toMatchObject({
      nextSitRepDueAt: '2026-11-29T09:10:00.000Z',
      latestSitRep: { sequence: 1, template: 'EXECUTIVE' },
    });
    // Level 3 (raised by the ICB): every 4 hours.
    const current = await getIncident(t, i.id, w.viewer);
    await act(
      t,
      'changeIncidentLevel',
      { id: i.id, version: current.version, level: 3, reason: 'Regional impact' },
      w.icbCommander,
    );
    expect((await getIncident(t, i.id, w.viewer)).nextSitRepDueAt).toBe('2026-11-28T13:10:00.000Z');
  });

  it('tells the commander when a SitRep is due, once, on the scheduler; not after one came', async () => {
    const i = await declaredIncident(t, w, { title: 'SitRep due reminder incident' });
    await tick(t);
    await setClockAndSignIn(t, '2026-11-29T09:00:01Z', [w.commander]);
    await tick(t);
    const due = (await inbox(t, w.commander)).filter(
      (n) => n.kind === 'INCIDENT_SITREP_DUE' && n.about.entityId === i.id,
    );
    expect(due).toHaveLength(1);
    expect((await getIncident(t, i.id, w.commander)).sitRepOverdue).toBe(true);
    await tick(t);
    expect(
      (await inbox(t, w.commander)).filter((n) => n.kind === 'INCIDENT_SITREP_DUE' && n.about.entityId === i.id),
    ).toHaveLength(1);
  });

  it('keeps every METHANE revision, and records immutable decisions that revisit earlier ones', async () => {
    const i = await declaredIncident(t, w);
    await gql(METHANE_OP, {
      incidentId: i.id,
      methane: {
        majorIncidentDeclared: false,
        exactLocation: 'Site A',
        typeOfIncident: 'Outage',
        hazards: 'None yet',
        access: 'On site',
        numberOfCasualties: 'None',
        emergencyServices: 'None',
      },
    });
    await gql(METHANE_OP, {
      incidentId: i.id,
      methane: {
        majorIncidentDeclared: false,
        exactLocation: 'Site A',
        typeOfIncident: 'Outage',
        hazards: 'Spreading',
        access: 'On site',
        numberOfCasualties: 'None',
        emergencyServices: 'CSOC',
      },
    });
    const first = await gql<{ recordCommandDecision: { id: string } }>(DECISION, {
      incidentId: i.id,
      ...DECISION_INPUT,
    });
    const revisit = await gql<{ recordCommandDecision: { revisitsDecisionId: string } }>(DECISION, {
      incidentId: i.id,
      ...DECISION_INPUT,
      decision: 'Reconnect the interface',
      revisitsDecisionId: first.data?.recordCommandDecision.id,
    });
    expect(revisit.data?.recordCommandDecision.revisitsDecisionId).toBe(first.data?.recordCommandDecision.id);
    expect(errorCode(await gql(DECISION, { incidentId: i.id, ...DECISION_INPUT }, w.responder))).toBe('FORBIDDEN');
    expect(
      errorCode(await gql(DECISION, { incidentId: i.id, ...DECISION_INPUT, decidedAt: '2027-01-01T00:00:00Z' })),
    ).toBe('BAD_USER_INPUT');
    const records = await t.gql.ok<{
      incident: { methane: { revision: number; hazards: string }; methaneRevisions: unknown[]; decisions: unknown[] };
    }>(RECORDS, { id: i.id }, { token: w.viewer.token });
    expect(records.incident).toMatchObject({
      methane: { revision: 2, hazards: 'Spreading' },
      methaneRevisions: [{ revision: 2 }, { revision: 1 }],
    });
    expect(records.incident.decisions).toHaveLength(2);
    await expect(
      t.dataSource.query(`UPDATE incident_decision SET decision = 'x' WHERE incident_id = $1`, [i.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('closes a declared incident once a lesson is identified', async () => {
    let i = await declaredIncident(t, w);
    i = await act(t, 'containIncident', { id: i.id, version: i.version }, w.commander);
    i = await act(t, 'recoverIncident', { id: i.id, version: i.version }, w.commander);
    i = await act(t, 'standDownIncident', { id: i.id, version: i.version }, w.commander);
    expect(errorCode(await attempt(t, 'closeIncident', { id: i.id, version: i.version }, w.commander))).toBe(
      'CONFLICT',
    );
    await gql(
      LESSON,
      {
        incidentId: i.id,
        whatHappened: 'Backups were on the same domain',
        whatToChange: 'Offline backups',
        ownerFunction: 'DIGITAL',
      },
      w.eprrLead,
    );
    expect((await act(t, 'closeIncident', { id: i.id, version: i.version }, w.commander)).status).toBe('CLOSED');
    expect(
      errorCode(
        await gql(LESSON, {
          incidentId: i.id,
          whatHappened: 'Too late',
          whatToChange: 'Nothing',
          ownerFunction: 'DIGITAL',
        }),
      ),
    ).toBe('CONFLICT');
  });

  it('projects the audit trail as the timeline, with manual entries and corrections, in both orders', async () => {
    const i = await declaredIncident(t, w);
    const entry = await gql<{ addTimelineEntry: { entryId: string; manual: boolean } }>(
      ENTRY,
      { incidentId: i.id, text: 'Called the supplier at 03:10' },
      w.responder,
    );
    expect(entry.data?.addTimelineEntry.manual).toBe(true);
    const correction = await gql<{ correctTimelineEntry: { correctsEntryId: string } }>(
      CORRECT,
      {
        incidentId: i.id,
        correctsEntryId: entry.data?.addTimelineEntry.entryId,
        text: 'Called the supplier at 03:40, not 03:10',
      },
      w.responder,
    );
    expect(correction.data?.correctTimelineEntry.correctsEntryId).toBe(entry.data?.addTimelineEntry.entryId);
    expect(errorCode(await gql(CORRECT, { incidentId: i.id, correctsEntryId: i.id, text: 'nope' }, w.responder))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await gql(ENTRY, { incidentId: i.id, text: 'viewer note' }, w.viewer))).toBe('FORBIDDEN');

    const all = async (order: string) => {
      const actions: string[] = [];
      let after: string | null = null;
      do {
        const page: {
          incidentTimeline: {
            nodes: { action: string }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } = await t.gql.ok(TIMELINE, { incidentId: i.id, first: 2, after, order }, { token: w.viewer.token });
        actions.push(...page.incidentTimeline.nodes.map((n) => n.action));
        after = page.incidentTimeline.pageInfo.hasNextPage ? page.incidentTimeline.pageInfo.endCursor : null;
      } while (after);
      return actions;
    };
    const oldest = await all('OLDEST_FIRST');
    expect(oldest).toEqual(await auditActions(t, i.id));
    expect(oldest).toEqual([
      'incident.reported',
      'incident.role_assigned',
      'incident.declared',
      'incident.timeline_entry_added',
      'incident.timeline_entry_corrected',
    ]);
    expect(await all('NEWEST_FIRST')).toEqual([...oldest].reverse());
  });
});
