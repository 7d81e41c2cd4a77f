import { randomUUID } from 'node:crypto';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, TestApp, TestOrg, TestUser } from '@muster/testing';

/**
 * The seeded scenario the metric suites check against, October 2026 (the clock is at the
 * suite start, 28 November 2026, so the month is closed: figures are as at 1 November
 * 00:00 UTC). Rows are written in SQL with fixed times, as the domains would have left
 * them. The expected numbers in reporting-metrics.spec.ts are worked out by hand from the
 * comments here.
 */
export interface Scenario {
  icb: TestOrg;
  trustA: TestOrg;
  trustB: TestOrg;
  admin: TestUser;
  board: TestUser;
  icbLead: TestUser;
  responderA: TestUser;
  viewerB: TestUser;
}

const ids = () => randomUUID();

/**
 * `year` moves every date of the scenario to that year (the clock changes fall on other days
 * each year, but never on the 1st of a month, so the boundary cases keep their meaning):
 * each suite seeds a year of its own, since the suites of a jest worker share its database
 * and the system's figures are everyone's. Start the app's clock on 28 November of it.
 */
export async function seedScenario(t: TestApp, year: number): Promise<Scenario> {
  const icb = await createOrganisation(t, { kind: OrganisationKind.ICB, name: 'Scenario ICB' });
  const trustA = await createOrganisation(t, { name: 'Scenario Trust A' });
  const trustB = await createOrganisation(t, { name: 'Scenario Trust B' });
  const admin = await createUser(t, [{ organisationId: trustA.id, role: Role.SYSTEM_ADMIN }]);
  const board = await createUser(t, [{ organisationId: icb.id, role: Role.VIEWER }]);
  const icbLead = await createUser(t, [{ organisationId: icb.id, role: Role.EPRR_LEAD }]);
  const responderA = await createUser(t, [{ organisationId: trustA.id, role: Role.RESPONDER }]);
  const viewerB = await createUser(t, [{ organisationId: trustB.id, role: Role.VIEWER }]);
  const s = { icb, trustA, trustB, admin, board, icbLead, responderA, viewerB };
  const db = inYear(t, year);
  const A = trustA.id;
  const B = trustB.id;

  // Incidents. Durations: I1 30 / 240 / 1440 min, I2 60 / 120, I3 120.
  const inc = { I1: ids(), I2: ids(), I3: ids(), I4: ids(), I5: ids(), I6: ids(), I7: ids() };
  // Unique in the worker's database: each suite seeds a year of its own, and the API's counter
  // of that year never reaches 9000 (random references once collided between two suites).
  let refs = 9000;
  const ref = () => `INC-${year}-${++refs}`;
  const incidents: [
    string,
    string,
    string,
    number,
    string,
    string,
    string | null,
    string | null,
    string | null,
    string,
  ][] = [
    // id, category, type, level, lead, reported, declared, contained, stood down, status
    [
      inc.I1,
      'RANSOMWARE',
      'MAJOR',
      3,
      A,
      '2026-10-05T10:00Z',
      '2026-10-05T10:30Z',
      '2026-10-05T14:30Z',
      '2026-10-06T10:30Z',
      'STOOD_DOWN',
    ],
    [
      inc.I2,
      'RANSOMWARE',
      'CRITICAL',
      2,
      B,
      '2026-10-10T08:00Z',
      '2026-10-10T09:00Z',
      '2026-10-10T11:00Z',
      null,
      'CONTAINED',
    ],
    [
      inc.I3,
      'IT_OUTAGE',
      'BUSINESS_CONTINUITY',
      1,
      B,
      '2026-10-20T12:00Z',
      '2026-10-20T14:00Z',
      null,
      null,
      'DECLARED',
    ],
    // 00:30 BST on 1 October: October's.
    [inc.I4, 'IT_OUTAGE', 'BUSINESS_CONTINUITY', 1, A, '2026-09-30T23:30Z', null, null, null, 'REPORTED'],
    // 23:30 GMT on 31 October (after the clock went back): still October's; cancelled, still counted.
    [inc.I5, 'RANSOMWARE', 'MAJOR', 4, A, '2026-10-31T23:30Z', null, null, null, 'CANCELLED'],
    // 00:30 GMT on 1 November: November's.
    [inc.I6, 'RANSOMWARE', 'MAJOR', 1, A, '2026-11-01T00:30Z', null, null, null, 'REPORTED'],
    // 23:30 BST on 30 September: September's.
    [inc.I7, 'IT_OUTAGE', 'CRITICAL', 1, B, '2026-09-30T22:30Z', null, null, null, 'REPORTED'],
  ];
  for (const [id, category, type, level, lead, reported, declared, contained, stoodDown, status] of incidents) {
    await db.query(
      `INSERT INTO incident (id, reference, title, category, type, level, scope, status, lead_organisation_id, reported_at,
         declared_at, contained_at, stood_down_at, cancelled_at, cancellation_reason, created_at, updated_at)
       VALUES ($1, $2, 'Scenario incident', $3, $4, $5, 'ORGANISATION', $6, $7, $8, $9, $10, $11,
         CASE WHEN $6 = 'CANCELLED' THEN $8::timestamptz END, CASE WHEN $6 = 'CANCELLED' THEN 'A false alarm' END, $8, $8)`,
      [id, ref(), category, type, level, status, lead, reported, declared, contained, stoodDown],
    );
  }
  await db.query(
    `INSERT INTO incident_affected_organisation (incident_id, organisation_id, added_at) VALUES ($1, $2, '2026-10-10T08:05Z')`,
    [inc.I2, A],
  );

  // Exercises: A's communications (Feb: 6-monthly, overdue by Nov) and table-top (Mar, B took part: in date);
  // B's communications exercise of 10 November is after October's as-at instant.
  const ex = { E1: ids(), E2: ids(), E3: ids() };
  for (const [id, type, organiser, held] of [
    [ex.E1, 'TABLE_TOP', A, '2026-03-15T10:00Z'],
    [ex.E2, 'COMMUNICATIONS', A, '2026-02-01T10:00Z'],
    [ex.E3, 'COMMUNICATIONS', B, '2026-11-10T10:00Z'],
  ]) {
    await db.query(
      `INSERT INTO exercise (id, type, theme, title, held_at, organising_organisation_id, created_at, updated_at)
       VALUES ($1, $2, 'CYBER_AND_DIGITAL', 'Scenario exercise', $3, $4, $3, $3)`,
      [id, type, held, organiser],
    );
  }
  await db.query(
    `INSERT INTO exercise_participant (exercise_id, organisation_id, added_at) VALUES ($1, $2, '2026-03-15T10:00Z')`,
    [ex.E1, B],
  );

  // Assignments (status, created, due, acknowledged, closed).
  const assignments: [string, string, string, string, string, string | null, string | null, string | null][] = [
    // org, function, source, status, created, due, acknowledged, closed
    [A, 'EPRR', 'MANUAL', 'DONE', '2026-09-20T09:00Z', '2026-10-10T17:00Z', '2026-10-01T09:00Z', '2026-10-08T09:00Z'], // A1 on time
    [
      A,
      'DIGITAL',
      'MANUAL',
      'DONE',
      '2026-10-02T09:00Z',
      '2026-10-05T09:00Z',
      '2026-10-02T10:00Z',
      '2026-10-06T09:00Z',
    ], // A2 late
    [B, 'EPRR', 'MANUAL', 'OPEN', '2026-10-03T09:00Z', '2026-10-20T09:00Z', null, null], // A3 overdue
    [
      B,
      'EPRR',
      'EXERCISE_FINDING',
      'ACKNOWLEDGED',
      '2026-10-04T09:00Z',
      '2026-10-30T09:00Z',
      '2026-10-04T09:30Z',
      null,
    ], // A4 overdue
    [A, 'EPRR', 'EXERCISE_FINDING', 'DONE', '2026-09-01T09:00Z', '2026-09-30T09:00Z', null, '2026-09-25T09:00Z'], // A5 September
    [A, 'DIGITAL', 'MANUAL', 'DONE', '2026-10-20T09:00Z', null, null, '2026-10-21T09:00Z'], // A6 no due time
    [B, 'DIGITAL', 'MANUAL', 'OPEN', '2026-11-05T09:00Z', null, null, null], // A7 November
    [A, 'EPRR', 'MANUAL', 'DONE', '2026-10-25T09:00Z', '2026-10-28T09:00Z', null, '2026-11-03T09:00Z'], // A8 overdue at 1 Nov
  ];
  for (const [org, fn, source, status, created, due, acked, closed] of assignments) {
    const finding = source === 'EXERCISE_FINDING';
    await db.query(
      `INSERT INTO assignment (title, function, organisation_id, assigning_organisation_id, source_kind, source_id, exercise_id,
         status, created_at, updated_at, due_at, acknowledged_at, closed_at)
       VALUES ('Scenario assignment', $1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10, $11)`,
      [fn, org, icb.id, source, finding ? ids() : null, finding ? ex.E1 : null, status, created, due, acked, closed],
    );
  }

  // IG: T1 decided in 24 h; T2 deferred, then decided after 96 h; T3 undecided; T4 November's.
  const th = { T1: ids(), T2: ids(), T3: ids(), T4: ids() };
  for (const [id, incident, org, awareness] of [
    [th.T1, inc.I1, A, '2026-10-05T11:00Z'],
    [th.T2, inc.I2, A, '2026-10-10T09:00Z'],
    [th.T3, inc.I2, B, '2026-10-10T09:30Z'],
    [th.T4, inc.I6, A, '2026-11-01T01:00Z'],
  ]) {
    await db.query(
      `INSERT INTO ig_thread (id, incident_id, organisation_id, detected_at, awareness_at, deadline_at, senior_management_due_at, opened_at)
       VALUES ($1, $2, $3, $4, $4, $4::timestamptz + interval '72 hours', $4::timestamptz + interval '24 hours', $4)`,
      [id, incident, org, awareness],
    );
  }
  for (const [thread, outcome, decided] of [
    [th.T1, 'REPORTABLE', '2026-10-06T11:00Z'],
    [th.T2, 'DEFERRED_PENDING_FACTS', '2026-10-10T12:00Z'],
    [th.T2, 'NOT_REPORTABLE', '2026-10-14T09:00Z'],
  ]) {
    await db.query(
      `INSERT INTO ig_decision (thread_id, type, outcome, review_at, data_categories, special_category, children_or_vulnerable,
         approx_data_subjects, approx_records, likelihood, severity, suggested_reportable, rationale, legal_basis, consulted,
         decided_by, decided_at, recorded_at)
       VALUES ($1, 'ICO_ART33', $2, CASE WHEN $2 = 'DEFERRED_PENDING_FACTS' THEN $4::timestamptz + interval '1 day' END,
         '{}', false, false, 10, 10, 3, 3, $2 = 'REPORTABLE', 'A secret rationale', 'UK GDPR Art. 33', '{}', $3, $4, $4)`,
      [thread, outcome, admin.id, decided],
    );
  }
  for (const [thread, recipient, at, late] of [
    [th.T1, 'ICO', '2026-10-06T12:00Z', false],
    [th.T2, 'DATA_SUBJECTS', '2026-10-20T10:00Z', true],
    [th.T3, 'ICO', '2026-10-15T10:00Z', true],
    [th.T1, 'SENIOR_MANAGEMENT', '2026-11-02T10:00Z', true],
  ] as const) {
    await db.query(
      `INSERT INTO ig_notification (thread_id, recipient, phase, notified_at, late, delay_reason, recorded_at)
       VALUES ($1, $2, 1, $3, $4, CASE WHEN $4 THEN 'A confidential delay reason' END, $3)`,
      [thread, recipient, at, late],
    );
  }

  // Assurance: A's EPRR 9 of 10 fully compliant (90%: SUBSTANTIAL), confirmed 1 September; B's (7 of 10) confirmed
  // 15 November, after October; A's CAF: 2 achieved, 1 partially, 1 not.
  const eprr = await framework(t, 'EPRR_CORE_STANDARDS', 10);
  const caf = await framework(t, 'CAF_DSPT', 4);
  await assessment(db, A, eprr, '2026', '2026-09-01T10:00Z', [
    ...Array<string>(9).fill('FULLY_COMPLIANT'),
    'PARTIALLY_COMPLIANT',
  ]);
  await assessment(db, B, eprr, '2026', '2026-11-15T10:00Z', [
    ...Array<string>(7).fill('FULLY_COMPLIANT'),
    ...Array<string>(3).fill('NON_COMPLIANT'),
  ]);
  await assessment(db, A, caf, '2026', '2026-10-20T10:00Z', [
    'ACHIEVED',
    'ACHIEVED',
    'PARTIALLY_ACHIEVED',
    'NOT_ACHIEVED',
  ]);

  // SOC posture: A's latest of October is the 30th (2 past target, 80%); B's the 31st; B's 1 November is November's.
  for (const [org, day, open, past, patch] of [
    [A, '2026-10-10', 3, 1, 90],
    [A, '2026-10-30', 2, 2, 80],
    [B, '2026-10-31', 0, 0, 100],
    [B, '2026-11-01', 5, 5, 50],
    [A, '2026-09-15', 4, 3, 70],
  ] as const) {
    await db.query(
      `INSERT INTO posture_report (organisation_id, day, assets_in_scope, critical_open, high_open, medium_open, low_open,
         critical_past_target, high_past_target, patch_compliance_percent, reported_by_key_id, reported_at)
       VALUES ($1, $2, 100, $3, 0, 0, 0, $4, 0, $5, $6, $2::date + time '12:00')`,
      [org, day, open, past, patch, ids()],
    );
  }
  // NHS cyber alerts, high severity, acknowledgement due 48 hours after issue. October: A
  // acknowledged one in time (47 h) and one late (50 h); B one in time. A medium alert and a
  // high one due in November do not count in October.
  const alert = async (reference: string, severity: string, issued: string) => {
    const id = ids();
    await db.query(
      `INSERT INTO cyber_alert (id, reference, title, severity, summary, issued_at, recorded_by, recorded_by_organisation_id, recorded_at)
       VALUES ($1, $2, 'Scenario alert', $3, '', $4::timestamptz, $5, $6, $4::timestamptz)`,
      [id, `${reference}${String(year).slice(2)}`, severity, issued, admin.id, icb.id],
    );
    return id;
  };
  const response = async (alertId: string, org: string, issued: string, ackAfterHours: number | null) =>
    db.query(
      `INSERT INTO cyber_alert_response (id, alert_id, organisation_id, state, received_at, ack_due_at, first_update_due_at,
         acknowledged_at, acknowledged_by)
       VALUES ($1, $2, $3, $4, $5::timestamptz, $5::timestamptz + interval '48 hours', $5::timestamptz + interval '3 days',
               $5::timestamptz + make_interval(hours => $6::int), $7)`,
      [
        ids(),
        alertId,
        org,
        ackAfterHours === null ? 'RECEIVED' : 'ACKNOWLEDGED',
        issued,
        ackAfterHours,
        ackAfterHours === null ? null : admin.id,
      ],
    );
  const vpn = await alert('CC-91', 'HIGH', '2026-10-06T09:00Z');
  await response(vpn, A, '2026-10-06T09:00Z', 47);
  await response(vpn, B, '2026-10-06T09:00Z', 2);
  const mft = await alert('CC-92', 'HIGH', '2026-10-20T09:00Z');
  await response(mft, A, '2026-10-20T09:00Z', 50);
  const browser = await alert('CC-93', 'MEDIUM', '2026-10-21T09:00Z');
  await response(browser, A, '2026-10-21T09:00Z', 100);
  const late = await alert('CC-94', 'HIGH', '2026-10-31T08:00Z');
  await response(late, B, '2026-10-31T08:00Z', null);

  // On-call pages (as libs/oncall writes them: the policy's levels, repeated once). October: A's silver on-call acknowledged one at once (120 s) and one after
  // one escalation (600 s); B's bronze never answered, exhausted after two escalations.
  // A page of 1 November is November's.
  for (const [org, duty, raised, step, status, seconds] of [
    [A, 'TACTICAL', '2026-10-03T02:00Z', 0, 'ACKNOWLEDGED', 120],
    [A, 'TACTICAL', '2026-10-17T03:00Z', 1, 'ACKNOWLEDGED', 600],
    [B, 'OPERATIONAL', '2026-10-25T01:30Z', 2, 'EXHAUSTED', null],
    [B, 'OPERATIONAL', '2026-11-01T00:30Z', 0, 'ACKNOWLEDGED', 60],
  ] as const) {
    await db.query(
      `INSERT INTO oncall_page (organisation_id, duty, trigger, message, raised_at, levels, repeats, step, status,
         acknowledged_at, acknowledged_via, seconds_to_acknowledge)
       VALUES ($1, $2, 'MANUAL', 'Scenario page', $3::timestamptz, $7::jsonb, 1, $4, $5,
               CASE WHEN $6::int IS NULL THEN NULL ELSE $3::timestamptz + make_interval(secs => $6::int) END,
               CASE WHEN $6::int IS NULL THEN NULL ELSE 'API' END, $6::int)`,
      [org, duty, raised, step, status, seconds, LEVELS],
    );
  }
  return s;
}

/** The escalation levels a scenario page was raised with: the on-call, then the deputy. */
const LEVELS = JSON.stringify([
  { target: 'ON_CALL', designation: null, ackTimeoutMinutes: 10 },
  { target: 'DEPUTY', designation: null, ackTimeoutMinutes: 10 },
]);

async function framework(t: TestApp, kind: string, requirements: number): Promise<string[]> {
  const db = t.dataSource;
  const id = ids();
  const section = ids();
  await db.query(
    `INSERT INTO assurance_framework (id, key, name, version, kind, imported_at) VALUES ($1, $2, 'Scenario framework', '1', $3, now())`,
    [id, `scenario-${id.slice(0, 8)}`, kind],
  );
  await db.query(
    `INSERT INTO assurance_section (id, framework_id, reference, name, position) VALUES ($1, $2, 'S1', 'Section', 1)`,
    [section, id],
  );
  const reqs: string[] = [];
  for (let i = 1; i <= requirements; i++) {
    const r = ids();
    reqs.push(r);
    await db.query(
      `INSERT INTO assurance_requirement (id, framework_id, section_id, reference, title, position) VALUES ($1, $2, $3, $4, 'R', $5)`,
      [r, id, section, `R${i}`, i],
    );
  }
  return [id, ...reqs];
}

async function assessment(
  db: Db,
  org: string,
  [frameworkId, ...reqs]: string[],
  period: string,
  confirmedAt: string,
  ratings: string[],
) {
  const id = ids();
  await db.query(
    `INSERT INTO assurance_assessment (id, organisation_id, framework_id, period, status, created_at, updated_at)
     VALUES ($1, $2, $3, $4, 'DRAFT', $5, $5)`,
    [id, org, frameworkId, period, confirmedAt],
  );
  for (let i = 0; i < reqs.length; i++) {
    await db.query(`INSERT INTO assurance_rating (id, assessment_id, requirement_id, rating) VALUES ($1, $2, $3, $4)`, [
      ids(),
      id,
      reqs[i],
      ratings[i],
    ]);
  }
  await db.query(
    `UPDATE assurance_assessment SET status = 'CONFIRMED', submitted_at = $2, confirmed_at = $2 WHERE id = $1`,
    [id, confirmedAt],
  );
}

type Db = { query<T = unknown>(sql: string, params?: unknown[]): Promise<T> };

/** The data source, with every 2026 date of a parameter moved to `year`. */
export function inYear(t: TestApp, year: number): Db {
  const move = (p: unknown) => (typeof p === 'string' && /^2026-\d\d-\d\d/.test(p) ? `${year}${p.slice(4)}` : p);
  return { query: (sql, params = []) => t.dataSource.query(sql, params.map(move)) };
}
