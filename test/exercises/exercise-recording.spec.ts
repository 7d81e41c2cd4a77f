import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createUser, errorCode, setClockAndSignIn, startTestApp, TEST_START, TestApp, TestUser } from '@muster/testing';
import { approvedRunbook, LeadsOrg, organisationWithLeads } from '../runbooks/runbook-api';
import {
  ADD_PARTICIPANTS,
  ADD_RUNBOOKS,
  complianceOf,
  EXERCISE,
  EXERCISES,
  ExerciseView,
  RECORD_FINDING,
  recordExercise,
} from './exercise-api';

/**
 * Recording an exercise: the organiser's EPRR lead records it with the organisations that
 * took part and the runbooks it tested (at the version in force), then its findings. The
 * organiser and participants see it, a third organisation does not; only the organiser
 * changes it; refused input writes nothing. Compliance follows the EPRR frequencies.
 */
describe('exercises', () => {
  let t: TestApp;
  let icb: LeadsOrg;
  let trust: LeadsOrg;
  let third: LeadsOrg;
  let trustResponder: TestUser;
  let auditor: TestUser;
  let trustPlanId: string;
  let icbPlanId: string;
  let thirdPlanId: string;

  beforeAll(async () => {
    t = await startTestApp();
    icb = await organisationWithLeads(t, { kind: OrganisationKind.ICB, name: 'Exercise Test ICB' });
    trust = await organisationWithLeads(t, { name: 'Exercise Test Acute Trust' });
    third = await organisationWithLeads(t, { name: 'Exercise Test Community Trust' });
    trustResponder = await createUser(t, [{ organisationId: trust.org.id, role: Role.RESPONDER }]);
    auditor = await createUser(t, [{ organisationId: third.org.id, role: Role.AUDITOR }]);
    trustPlanId = (
      await approvedRunbook(t, trust.org.id, trust.author, trust.approver, { title: 'Trust ransomware plan' })
    ).id;
    icbPlanId = (await approvedRunbook(t, icb.org.id, icb.author, icb.approver, { title: 'ICB ransomware plan' })).id;
    thirdPlanId = (await approvedRunbook(t, third.org.id, third.author, third.approver)).id;
  });
  afterAll(() => t.close());
  beforeEach(() =>
    setClockAndSignIn(t, TEST_START, [
      icb.author,
      icb.approver,
      trust.author,
      trust.approver,
      third.author,
      third.approver,
      trustResponder,
      auditor,
    ]),
  );

  const exerciseRows = async () =>
    Number(
      (
        await t.dataSource.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM exercise WHERE organising_organisation_id = $1`,
          [icb.org.id],
        )
      )[0].n,
    );

  it('records an exercise with participants and runbooks at their version, seen by them and not by others', async () => {
    const res = await recordExercise(t, icb.author, {
      organisingOrganisationId: icb.org.id,
      scenario: 'A ransomware attack on a shared supplier spreads to two trusts over a weekend',
      participantOrganisationIds: [trust.org.id, icb.org.id],
      runbookIds: [trustPlanId, icbPlanId],
    });
    expect(res.errors).toBeUndefined();
    const ex = res.data?.recordExercise as ExerciseView;
    expect(ex).toMatchObject({
      type: 'TABLE_TOP',
      theme: 'CYBER_AND_DIGITAL',
      title: 'ICS cyber crisis simulation',
      organisingOrganisationName: 'Exercise Test ICB',
      version: 1,
      participants: [{ organisationId: trust.org.id, name: 'Exercise Test Acute Trust' }],
      findings: [],
    });
    expect(ex.runbooks.map((r) => [r.title, r.versionNumber])).toEqual([
      ['ICB ransomware plan', 1],
      ['Trust ransomware plan', 1],
    ]);

    // The participant's people see it; a third organisation does not (NOT_FOUND, as if missing); auditors do.
    expect(
      (await t.gql.ok<{ exercise: ExerciseView }>(EXERCISE, { id: ex.id }, { token: trustResponder.token })).exercise
        .id,
    ).toBe(ex.id);
    expect(errorCode(await t.gql.request(EXERCISE, { id: ex.id }, { token: third.author.token }))).toBe('NOT_FOUND');
    expect(
      (await t.gql.ok<{ exercise: ExerciseView }>(EXERCISE, { id: ex.id }, { token: auditor.token })).exercise.id,
    ).toBe(ex.id);
    const listed = await t.gql.ok<{ exercises: { nodes: ExerciseView[] } }>(
      EXERCISES,
      { first: 50 },
      { token: third.author.token },
    );
    expect(listed.exercises.nodes.map((n) => n.id)).not.toContain(ex.id);

    // Only the organiser adds to it: the participant's EPRR lead is FORBIDDEN, a stranger NOT_FOUND.
    const finding = (who: TestUser, extra: Record<string, unknown> = {}) =>
      t.gql.request<{ recordExerciseFinding: { id: string; organisationId: string | null } }>(
        RECORD_FINDING,
        { input: { exerciseId: ex.id, title: 'On-call lists were out of date', ...extra } },
        { token: who.token },
      );
    expect(errorCode(await finding(trust.author))).toBe('FORBIDDEN');
    expect(errorCode(await finding(third.author))).toBe('NOT_FOUND');
    expect(errorCode(await finding(icb.author, { organisationId: third.org.id }))).toBe('BAD_USER_INPUT');
    const found = await finding(icb.author, { organisationId: trust.org.id, detail: 'Two of five numbers rang out' });
    expect(found.data?.recordExerciseFinding.organisationId).toBe(trust.org.id);

    // Adding what is there already changes nothing; a runbook of an organisation not taking part is NOT_FOUND.
    const again = await t.gql.request<{ addExerciseParticipants: ExerciseView }>(
      ADD_PARTICIPANTS,
      { input: { exerciseId: ex.id, organisationIds: [trust.org.id] } },
      { token: icb.author.token },
    );
    expect(again.data?.addExerciseParticipants.version).toBe(2);
    expect(
      errorCode(
        await t.gql.request(
          ADD_RUNBOOKS,
          { input: { exerciseId: ex.id, runbookIds: [thirdPlanId] } },
          { token: icb.author.token },
        ),
      ),
    ).toBe('NOT_FOUND');
    const joined = await t.gql.request<{ addExerciseParticipants: ExerciseView }>(
      ADD_PARTICIPANTS,
      { input: { exerciseId: ex.id, organisationIds: [third.org.id] } },
      { token: icb.author.token },
    );
    expect(joined.data?.addExerciseParticipants.participants.map((p) => p.organisationId).sort()).toEqual(
      [trust.org.id, third.org.id].sort(),
    );
    const tested = await t.gql.request<{ addExercisedRunbooks: ExerciseView }>(
      ADD_RUNBOOKS,
      { input: { exerciseId: ex.id, runbookIds: [thirdPlanId] } },
      { token: icb.author.token },
    );
    expect(tested.data?.addExercisedRunbooks.runbooks).toHaveLength(3);
    expect(
      (await t.gql.ok<{ exercise: ExerciseView }>(EXERCISE, { id: ex.id }, { token: third.author.token })).exercise
        .findings,
    ).toHaveLength(1);

    const audit = await t.dataSource.query<{ action: string; summary: string }[]>(
      `SELECT action, summary FROM audit_event WHERE entity_type = 'exercise' AND entity_id = $1 ORDER BY id`,
      [ex.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'exercise.recorded',
      'exercise.finding_recorded',
      'exercise.participants_added',
      'exercise.runbooks_added',
    ]);
    expect(audit[0].summary).toBe("Table-top exercise 'ICS cyber crisis simulation' held 2026-11-20 recorded");
  });

  it('refuses a future exercise, an organisation it cannot see, a runbook of another organisation, and writes nothing', async () => {
    const before = await exerciseRows();
    const future = await recordExercise(t, icb.author, {
      organisingOrganisationId: icb.org.id,
      heldAt: '2026-12-01T09:00:00Z',
    });
    expect(errorCode(future)).toBe('BAD_USER_INPUT');
    expect(future.errors?.[0].extensions).toMatchObject({ fields: [{ field: 'heldAt' }] });
    expect(errorCode(await recordExercise(t, trust.author, { organisingOrganisationId: icb.org.id }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await recordExercise(t, trustResponder, { organisingOrganisationId: trust.org.id }))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(
        await recordExercise(t, icb.author, { organisingOrganisationId: icb.org.id, runbookIds: [thirdPlanId] }),
      ),
    ).toBe('NOT_FOUND');
    expect(await exerciseRows()).toBe(before);
  });

  it('answers compliance per type from the EPRR frequencies, at set dates', async () => {
    await recordExercise(t, trust.author, {
      organisingOrganisationId: trust.org.id,
      type: 'COMMUNICATIONS',
      theme: 'BUSINESS_CONTINUITY',
      title: 'Out-of-hours cascade test',
      heldAt: '2026-06-15T20:00:00Z',
    });
    let c = await complianceOf(t, trust.org.id, trustResponder);
    const byType = () => Object.fromEntries(c.types.map((x) => [x.type, x]));
    expect(byType().COMMUNICATIONS).toMatchObject({
      intervalMonths: 6,
      nextDueAt: '2026-12-15T20:00:00.000Z',
      status: 'IN_DATE',
      last: { kind: 'EXERCISE', title: 'Out-of-hours cascade test' },
    });
    // The ICB's table-top counts for the trust, which took part in it.
    expect(byType().TABLE_TOP).toMatchObject({
      status: 'IN_DATE',
      nextDueAt: '2027-11-20T09:30:00.000Z',
      last: { title: 'ICS cyber crisis simulation' },
    });
    expect(byType().LIVE_PLAY).toMatchObject({ status: 'OVERDUE', nextDueAt: null, last: null, intervalMonths: 36 });
    expect(byType().COMMAND_POST).toMatchObject({ status: 'OVERDUE', last: null });

    await setClockAndSignIn(t, '2026-12-16T09:00:00Z', [trustResponder, third.author]);
    c = await complianceOf(t, trust.org.id, trustResponder);
    expect(byType().COMMUNICATIONS.status).toBe('OVERDUE');
    expect(byType().TABLE_TOP.status).toBe('IN_DATE');
    expect(
      errorCode(
        await t.gql.request(
          `query ($o: ID!) { exerciseCompliance(organisationId: $o) { organisationId } }`,
          { o: trust.org.id },
          { token: third.author.token },
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('costs the same number of SQL statements for a page of 2 exercises as of 12, nested fields included', async () => {
    for (let i = 0; i < 12; i++)
      await recordExercise(t, trust.author, {
        organisingOrganisationId: trust.org.id,
        title: `Paging exercise ${i}`,
        heldAt: `2026-0${1 + (i % 9)}-0${1 + (i % 7)}T10:00:00Z`,
        participantOrganisationIds: [third.org.id],
        runbookIds: [trustPlanId],
      });
    const page = (first: number) =>
      t.gql.request<{ exercises: { nodes: ExerciseView[] } }>(
        EXERCISES,
        { first, filter: { organisationId: trust.org.id, type: 'TABLE_TOP' } },
        { token: trust.author.token },
      );
    const small = await page(2);
    const large = await page(12);
    expect(small.data?.exercises.nodes).toHaveLength(2);
    expect(large.data?.exercises.nodes).toHaveLength(12);
    expect(large.data?.exercises.nodes.every((n) => n.participants.length >= 1 && n.runbooks.length >= 1)).toBe(true);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
  });
});
