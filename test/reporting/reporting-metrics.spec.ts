import { FixedClock } from '@muster/platform-core';
import { startTestApp, TestApp } from '@muster/testing';
import { ok, organisationMetrics, systemMetrics } from './reporting-api';
import { Scenario, seedScenario } from './reporting-scenario';

/** The scenario's year, this suite's own (see seedScenario); the clock is 28 November of it. */
// Before every other suite's clock (2026 on): what other suites of this worker create is after October's as-at.
const Y = 2019;

describe('metrics of October against the seeded scenario (expected numbers worked out by hand)', () => {
  let t: TestApp;
  let s: Scenario;

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(new Date(`${Y}-11-28T09:00:00Z`)) });
    s = await seedScenario(t, Y);
  });
  afterAll(() => t.close());

  const october = { month: `${Y}-10` };

  it('names the period and takes a closed month as at its end', async () => {
    const { systemMetrics: m } = await ok(systemMetrics(t, s.admin, october));
    expect(m.period).toEqual({
      label: `${Y}-10`,
      kind: 'MONTH',
      start: `${Y}-09-30T23:00:00.000Z`,
      end: `${Y}-11-01T00:00:00.000Z`,
      asAt: `${Y}-11-01T00:00:00.000Z`,
    });
  });

  it('counts the system’s incidents reported in October in London time, and their durations', async () => {
    const { systemMetrics: m } = await ok(systemMetrics(t, s.admin, october));
    const i = m.incidents;
    // I1, I2, I3, I4 (00:30 BST on 1 October), I5 (23:30 GMT on 31 October); not I6 (1 November) nor I7 (30 September BST).
    expect(i.total).toBe(5);
    expect(i.byCategory).toEqual([
      { key: 'IT_OUTAGE', name: null, count: 2 },
      { key: 'RANSOMWARE', name: null, count: 3 },
    ]);
    expect(i.byType.map((c) => [c.key, c.count])).toEqual([
      ['BUSINESS_CONTINUITY', 2],
      ['CRITICAL', 1],
      ['MAJOR', 2],
    ]);
    expect(i.byLevel.map((c) => [c.key, c.count])).toEqual([
      ['1', 2],
      ['2', 1],
      ['3', 1],
      ['4', 1],
    ]);
    expect(Object.fromEntries(i.byLeadOrganisation.map((c) => [c.name, c.count]))).toEqual({
      'Scenario Trust A': 3,
      'Scenario Trust B': 2,
    });
    // 30, 60, 120 min: median 60, p90 60 + 0.8 × 60.
    expect(i.reportedToDeclared).toEqual({ count: 3, medianMinutes: 60, p90Minutes: 108 });
    // 240, 120: median 180, p90 120 + 0.9 × 120.
    expect(i.declaredToContained).toEqual({ count: 2, medianMinutes: 180, p90Minutes: 228 });
    expect(i.declaredToStoodDown).toEqual({ count: 1, medianMinutes: 1440, p90Minutes: 1440 });
  });

  it('counts an organisation’s incidents as those it leads or is affected by', async () => {
    const a = (await ok(organisationMetrics(t, s.admin, s.trustA.id, october))).organisationMetrics.incidents;
    // I1, I2 (affected), I4, I5.
    expect(a.total).toBe(4);
    // I1 30, I2 60.
    expect(a.reportedToDeclared).toEqual({ count: 2, medianMinutes: 45, p90Minutes: 57 });
    const b = (await ok(organisationMetrics(t, s.admin, s.trustB.id, october))).organisationMetrics.incidents;
    expect(b.total).toBe(2);
  });

  it('reports assignments open, overdue and done on time, by function and organisation, and exercise actions', async () => {
    const a = (await ok(organisationMetrics(t, s.admin, s.trustA.id, october))).organisationMetrics.assignments;
    // A1, A2, A6 done in October; A8 open (closed 3 November) and overdue; A5 closed in September.
    expect(a.all).toMatchObject({
      open: 1,
      overdue: 1,
      done: 3,
      doneOnTimePercent: 50,
      medianMinutesToAcknowledge: 7950,
      medianMinutesToComplete: 5760,
    });
    expect(a.exerciseActions).toEqual({ total: 1, closed: 1, closedPercent: 100, overdue: 0 });

    const { systemMetrics: m } = await ok(systemMetrics(t, s.admin, october));
    const mine = (id: string) => m.assignments.byOrganisation.find((f) => f.organisationId === id);
    expect(mine(s.trustA.id)).toMatchObject({ open: 1, overdue: 1, done: 3, doneOnTimePercent: 50 });
    expect(mine(s.trustB.id)).toMatchObject({
      open: 2,
      overdue: 2,
      done: 0,
      doneOnTimePercent: null,
      medianMinutesToAcknowledge: 30,
      medianMinutesToComplete: null,
    });
    // The per-function and total rows are the whole system's; other suites' assignments are created at the test clock's
    // time (28 November), after October's as-at instant, so October's figures are the scenario's alone.
    expect(m.assignments.all).toMatchObject({
      open: 3,
      overdue: 3,
      done: 3,
      doneOnTimePercent: 50,
      medianMinutesToAcknowledge: 60,
      medianMinutesToComplete: 5760,
    });
    const fn = (f: string) => m.assignments.byFunction.find((x) => x.function === f);
    expect(fn('EPRR')).toMatchObject({
      open: 3,
      overdue: 3,
      done: 1,
      doneOnTimePercent: 100,
      medianMinutesToAcknowledge: 7935,
      medianMinutesToComplete: 25920,
    });
    expect(fn('DIGITAL')).toMatchObject({
      open: 0,
      overdue: 0,
      done: 2,
      doneOnTimePercent: 0,
      medianMinutesToAcknowledge: 60,
      medianMinutesToComplete: 3600,
    });
    expect(m.assignments.exerciseActions).toEqual({ total: 2, closed: 1, closedPercent: 50, overdue: 1 });
  });

  it('gives exercise compliance per organisation and type as at the end of October', async () => {
    const a = (await ok(organisationMetrics(t, s.admin, s.trustA.id, october))).organisationMetrics.exercises;
    expect(a.cells.map((c) => [c.type, c.status])).toEqual([
      ['COMMUNICATIONS', 'OVERDUE'],
      ['TABLE_TOP', 'IN_DATE'],
      ['LIVE_PLAY', 'OVERDUE'],
      ['COMMAND_POST', 'OVERDUE'],
    ]);
    expect(a.inDatePercent).toBe(25);
    const b = (await ok(organisationMetrics(t, s.admin, s.trustB.id, october))).organisationMetrics.exercises;
    // B took part in the table-top; its communications exercise of 10 November is after October.
    expect(b.cells.map((c) => c.status)).toEqual(['OVERDUE', 'IN_DATE', 'OVERDUE', 'OVERDUE']);
    expect(b.cells[0].lastAt).toBeNull();
  });

  it('counts IG threads decided within 72 hours and late notifications, never their content', async () => {
    const { systemMetrics: m } = await ok(systemMetrics(t, s.admin, october));
    expect(m.informationGovernance).toEqual({
      threads: 3,
      decidedWithin72Hours: 1,
      decidedWithin72HoursPercent: 33.3,
      undecided: 1,
      notifications: 3,
      late: 2,
      lateWithReason: 2,
      lateByRecipient: [
        { key: 'DATA_SUBJECTS', count: 1 },
        { key: 'ICO', count: 1 },
      ],
    });
    const raw = JSON.stringify(m);
    expect(raw).not.toContain('secret rationale');
    expect(raw).not.toContain('confidential delay reason');
    const a = (await ok(organisationMetrics(t, s.admin, s.trustA.id, october))).organisationMetrics;
    expect(a.informationGovernance).toMatchObject({
      threads: 2,
      decidedWithin72Hours: 1,
      decidedWithin72HoursPercent: 50,
      late: 1,
    });
  });

  it('gives EPRR bands, CAF ratings and SOC posture as at October', async () => {
    const { systemMetrics: m } = await ok(systemMetrics(t, s.admin, october));
    const mine = <R extends { organisationId: string }>(rows: R[]) =>
      rows.filter((r) => [s.trustA.id, s.trustB.id].includes(r.organisationId));
    // B's assessment was confirmed on 15 November.
    expect(mine(m.assurance.eprrBands)).toEqual([
      {
        organisationId: s.trustA.id,
        assessmentPeriod: '2026',
        applicable: 10,
        fullyCompliant: 9,
        percent: 90,
        band: 'SUBSTANTIAL',
      },
    ]);
    expect(mine(m.assurance.cafRatings)).toEqual([
      { organisationId: s.trustA.id, achieved: 2, partiallyAchieved: 1, notAchieved: 1, unrated: 0 },
    ]);
    // Cyber alerts due in October: A 1 of 2 acknowledged within 48 hours (47 h, 50 h), B 1 of 1
    // (its alert due on 2 November does not count); the system 2 of 3.
    expect(mine(m.assurance.socPosture)).toEqual([
      {
        organisationId: s.trustA.id,
        day: `${Y}-10-30`,
        criticalOpen: 2,
        criticalPastTarget: 2,
        patchCompliancePercent: 80,
        cyberAlertsAcknowledgedWithin48HoursPercent: 50,
      },
      {
        organisationId: s.trustB.id,
        day: `${Y}-10-31`,
        criticalOpen: 0,
        criticalPastTarget: 0,
        patchCompliancePercent: 100,
        cyberAlertsAcknowledgedWithin48HoursPercent: 100,
      },
    ]);
    expect(m.assurance.cyberAlertsAcknowledgedWithin48HoursPercent).toBe(66.7);
    const a = (await ok(organisationMetrics(t, s.admin, s.trustA.id, october))).organisationMetrics.assurance;
    expect([a.criticalPastTarget, a.patchCompliancePercent, a.cyberAlertsAcknowledgedWithin48HoursPercent]).toEqual([
      2, 80, 50,
    ]);
    // November: B's EPRR assessment (7 of 10: 70%, below 77) now counts.
    const nov = (await ok(organisationMetrics(t, s.admin, s.trustB.id, { month: `${Y}-11` }))).organisationMetrics;
    expect(nov.assurance.eprrBands.map((b) => [b.percent, b.band])).toEqual([[70, 'NON_COMPLIANT']]);
  });

  it('counts on-call pages, their time to acknowledge and escalations, per organisation and duty', async () => {
    const { systemMetrics: m } = await ok(systemMetrics(t, s.admin, october));
    // October: three pages; acknowledged in 120 s and 600 s (median 360, p90 120 + 0.9 × 480 = 552);
    // one exhausted; 1 + 2 escalations. November's page is not October's.
    const mine = m.onCall.byOrganisationAndDuty.filter((r) =>
      [s.trustA.id, s.trustB.id].includes(r.organisationId ?? ''),
    );
    expect(mine).toEqual([
      {
        organisationId: s.trustA.id,
        duty: 'TACTICAL',
        pages: 2,
        acknowledged: 2,
        exhausted: 0,
        escalations: 1,
        medianSecondsToAcknowledge: 360,
        p90SecondsToAcknowledge: 552,
      },
      {
        organisationId: s.trustB.id,
        duty: 'OPERATIONAL',
        pages: 1,
        acknowledged: 0,
        exhausted: 1,
        escalations: 2,
        medianSecondsToAcknowledge: null,
        p90SecondsToAcknowledge: null,
      },
    ]);
    const b = (await ok(organisationMetrics(t, s.admin, s.trustB.id, october))).organisationMetrics.onCall;
    expect(b.all).toEqual({
      organisationId: null,
      duty: null,
      pages: 1,
      acknowledged: 0,
      exhausted: 1,
      escalations: 2,
      medianSecondsToAcknowledge: null,
      p90SecondsToAcknowledge: null,
    });
  });

  it('takes readiness from the readiness service, per organisation × category with its gaps', async () => {
    const a = (await ok(organisationMetrics(t, s.admin, s.trustA.id, october))).organisationMetrics.readiness;
    const own = await t.gql.ok<{ readiness: { score: number | null; gaps: string[] } }>(
      `query ($id: ID!) { readiness(organisationId: $id) { score gaps } }`,
      { id: s.trustA.id },
      { token: s.admin.token },
    );
    expect(a.score).toBe(own.readiness.score);
    expect(a.gaps.map((g) => g.description)).toEqual(own.readiness.gaps);
    const { systemMetrics: m } = await ok(systemMetrics(t, s.admin, october));
    expect(m.readiness.gaps.every((g) => g.category !== null)).toBe(true);
  });

  it('trends each metric per London month for the 12 months ending October', async () => {
    const a = (await ok(organisationMetrics(t, s.admin, s.trustA.id, october))).organisationMetrics;
    expect(a.trend.months).toHaveLength(12);
    expect([a.trend.months[0], a.trend.months[11]]).toEqual([`${Y - 1}-11`, `${Y}-10`]);
    const pick = (metric: string) => {
      const sr = a.trend.series.find((x) => x.metric === metric);
      return { aug: sr?.values[9], sep: sr?.values[10], oct: sr?.values[11] };
    };
    expect(pick('INCIDENTS_REPORTED')).toEqual({ aug: 0, sep: 0, oct: 4 });
    // September's end: A1 open (A5 closed on the 25th, on time); October's: A8 open and overdue.
    expect(pick('ASSIGNMENTS_OPEN')).toEqual({ aug: 0, sep: 1, oct: 1 });
    expect(pick('ASSIGNMENTS_OVERDUE')).toEqual({ aug: 0, sep: 0, oct: 1 });
    expect(pick('ASSIGNMENTS_DONE')).toEqual({ aug: 0, sep: 1, oct: 3 });
    expect(pick('ASSIGNMENTS_DONE_ON_TIME_PERCENT')).toEqual({ aug: null, sep: 100, oct: 50 });
    expect(pick('IG_THREADS')).toEqual({ aug: 0, sep: 0, oct: 2 });
    expect(pick('IG_DECIDED_WITHIN_72_HOURS_PERCENT')).toEqual({ aug: null, sep: null, oct: 50 });
    expect(pick('SOC_CRITICAL_PAST_TARGET')).toEqual({ aug: null, sep: 3, oct: 2 });
    expect(pick('SOC_PATCH_COMPLIANCE_PERCENT')).toEqual({ aug: null, sep: 70, oct: 80 });
    const b = (await ok(organisationMetrics(t, s.admin, s.trustB.id, october))).organisationMetrics;
    const incidents = b.trend.series.find((x) => x.metric === 'INCIDENTS_REPORTED')?.values;
    // I7 at 23:30 BST on 30 September is September's.
    expect(incidents?.slice(10)).toEqual([1, 2]);
  });

  it('reads a financial year as April to March, trends April to March, the months after now null', async () => {
    const a = (await ok(organisationMetrics(t, s.admin, s.trustA.id, { financialYear: Y }))).organisationMetrics;
    expect(a.period).toMatchObject({
      label: `${Y}/${(Y + 1) % 100}`,
      start: `${Y}-03-31T23:00:00.000Z`,
      asAt: `${Y}-11-28T09:00:00.000Z`,
    });
    // I1, I2, I4, I5 in October, I6 in November.
    expect(a.incidents.total).toBe(5);
    expect(a.trend.months[0]).toBe(`${Y}-04`);
    const incidents = a.trend.series.find((x) => x.metric === 'INCIDENTS_REPORTED')?.values;
    expect(incidents?.slice(6)).toEqual([4, 1, null, null, null, null]);
  });
});
