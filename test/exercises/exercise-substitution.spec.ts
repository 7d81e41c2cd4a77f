import { expect } from '@jest/globals';
import { setClockAndSignIn, startTestApp, TestApp } from '@muster/testing';
import { step } from '../runbooks/runbook-api';
import { criterionOf, runbookReadiness } from '../readiness/readiness-api';
import {
  activate,
  approvedStepsRunbook,
  createIncidentAssignmentWorld,
  declaredWithPartner,
  IncidentAssignmentWorld,
} from '../assignments/incident-world';
import { complianceOf } from './exercise-api';

const LESSON = `mutation ($input: RecordLessonInput!) { recordLesson(input: $input) { id } }`;
const CREATE = `mutation ($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`;

/**
 * EPRR substitution: activating a plan for a real incident counts as the live exercise for
 * the organisation it was activated for — once lessons are logged and an action plan exists
 * (an assignment raised from a lesson). For the runbook, the activation with lessons is its
 * latest exercise, and makes it due for review.
 */
describe('a real activation as the live exercise, the coordination centre as the command post', () => {
  let t: TestApp;
  let w: IncidentAssignmentWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createIncidentAssignmentWorld(t);
  });
  afterAll(() => t.close());

  it('counts only once lessons are logged and an action plan raised from them', async () => {
    const incident = await declaredWithPartner(t, w);
    const rb = await approvedStepsRunbook(t, w, [
      step('Isolate', { function: 'DIGITAL', responsibleRole: 'RESPONDER' }),
    ]);
    expect(
      (await activate(t, { incidentId: incident.id, runbookId: rb.id, organisationIds: [w.trust.id] }, w.commander))
        .errors,
    ).toBeUndefined();
    const livePlay = async () =>
      (await complianceOf(t, w.trust.id, w.author)).types.find((x) => x.type === 'LIVE_PLAY');

    expect(await livePlay()).toMatchObject({ status: 'OVERDUE', last: null });
    // A week on, the lessons are logged.
    await setClockAndSignIn(t, '2026-12-05T09:00:00Z', [w.commander, w.author, w.partnerLead]);
    const lesson = await t.gql.ok<{ recordLesson: { id: string } }>(
      LESSON,
      {
        input: {
          incidentId: incident.id,
          whatHappened: 'Backups were encrypted too',
          whatToChange: 'Keep an offline copy',
          ownerFunction: 'DIGITAL',
        },
      },
      { token: w.commander.token },
    );
    // Lessons alone are not enough: an action plan must exist.
    expect(await livePlay()).toMatchObject({ status: 'OVERDUE', last: null });
    await t.gql.ok(
      CREATE,
      {
        input: {
          organisationId: w.trust.id,
          title: 'Keep an offline copy of the backups',
          function: 'DIGITAL',
          source: { kind: 'INCIDENT_LESSON', incidentId: incident.id, id: lesson.recordLesson.id },
        },
      },
      { token: w.commander.token },
    );
    expect(await livePlay()).toMatchObject({
      status: 'IN_DATE',
      last: { kind: 'INCIDENT', id: incident.id, title: `${incident.reference} ${incident.title}` },
    });
    // The partner trust, for which nothing was activated, is still due its live exercise.
    expect(
      (await complianceOf(t, w.partner.id, w.partnerLead)).types.find((x) => x.type === 'LIVE_PLAY'),
    ).toMatchObject({
      status: 'OVERDUE',
    });

    // The command post exercise: only once the Incident Coordination Centre was stood up, and then for the partner too.
    const commandPost = async (organisationId: string) =>
      (await complianceOf(t, organisationId, organisationId === w.trust.id ? w.author : w.partnerLead)).types.find(
        (x) => x.type === 'COMMAND_POST',
      );
    expect(await commandPost(w.trust.id)).toMatchObject({ status: 'OVERDUE', last: null });
    const [current] = await t.dataSource.query<{ version: number }[]>(`SELECT version FROM incident WHERE id = $1`, [
      incident.id,
    ]);
    await t.gql.ok(
      `mutation ($input: TransitionIncidentInput!) { openCoordinationCentre(input: $input) { coordinationCentreOpenedAt } }`,
      { input: { id: incident.id, version: current.version, note: 'ICC stood up at the ICB' } },
      { token: w.commander.token },
    );
    // Once only; and only its commanders stand it up.
    const again = await t.gql.request(
      `mutation ($input: TransitionIncidentInput!) { openCoordinationCentre(input: $input) { id } }`,
      { input: { id: incident.id, version: current.version + 1 } },
      { token: w.commander.token },
    );
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    for (const org of [w.trust.id, w.partner.id])
      expect(await commandPost(org)).toMatchObject({ status: 'IN_DATE', last: { kind: 'INCIDENT', id: incident.id } });

    // The runbook: exercised by the activation, and due for review with its lessons.
    const r = await runbookReadiness(t, w.trust.id, rb.id, w.author);
    expect(criterionOf(r, 'EXERCISED')).toMatchObject({
      status: 'PASS',
      reason: expect.stringMatching(/^Last exercised on /),
    });
    expect(criterionOf(r, 'IN_REVIEW_DATE')).toMatchObject({
      status: 'FAIL',
      reason: expect.stringMatching(/^Due for review: /),
    });
  });
});
