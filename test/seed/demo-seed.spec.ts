import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, TestApp, workerDatabaseUrl } from '@muster/testing';
import { RUNBOOK_FIELDS, RunbookView } from '../runbooks/runbook-api';

const ROOT = join(__dirname, '../..');
const DEMO_CODES = ['QNC', 'RJE', 'RRE', 'RLY', 'RYA', 'E10000028', 'E06000021', 'QNCSOC'];
const DEMO_PASSWORD = 'staffs-stoke-demo-2026';
/**
 * Cells of the demo matrix that are READY (27), and that have gaps or no runbook (11): the
 * deliberate gaps (Stoke's ransomware and data breach without an IG officer, RJE's
 * ransomware past review, RLY's DDoS behind its template, Staffordshire's four plans owned
 * by its EPRR lead, who has left, three of them with steps for the EPRR lead: 8 cells), RLY's
 * email compromise plan in review with none approved, and the ICB's supplier compromise
 * template past its review (the ICB's gap). RLY's cyber steps are covered by the ICS SOC,
 * which delivers Cyber/SOC for it. RJE's silver on-call rota has nobody on Saturday nights
 * (the on-call section): its EPR outage plan's silver steps make a gap too (its ransomware
 * plan has one already). The councils, the SOC and the ICB are not held to NHS plans that do not apply to their kind (10 cells NOT_APPLICABLE); Staffordshire has
 * opted in to DDoS and account compromise, which it keeps plans for.
 */
const READY_CELLS = 27;
const GAP_CELLS = 11;
const NOT_APPLICABLE_CELLS = 10;

/**
 * `npm run db:seed` in demo mode, as a separate process, against this worker's scratch
 * database: the demo data is global (fixed ODS codes, a system administrator), so no other
 * suite may share its database.
 */
async function runSeed(): Promise<string> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: workerDatabaseUrl('scratch'),
    NODE_ENV: 'development',
    MUSTER_DEMO: 'true',
    LOG_LEVEL: 'silent',
  };
  delete env.MUSTER_ADMIN_EMAIL;
  delete env.MUSTER_ADMIN_PASSWORD;
  const { stdout } = await promisify(execFile)(process.execPath, ['tools/scripts/run-ts.js', 'tools/scripts/seed.ts'], {
    cwd: ROOT,
    env,
    timeout: 120_000,
  });
  return stdout;
}

describe('demo seed (npm run db:seed in demo mode), one section per domain', () => {
  let t: TestApp;
  let firstOutput: string;
  let afterFirst: Record<string, number>;

  const counts = async (): Promise<Record<string, number>> => {
    const [row] = await t.dataSource.query<Record<string, number>[]>(
      `SELECT
        (SELECT count(*) FROM organisation WHERE ods_code = ANY($1))::int AS organisations,
        (SELECT count(*) FROM team t JOIN organisation o ON o.id = t.organisation_id WHERE o.ods_code = ANY($1))::int AS teams,
        (SELECT count(*) FROM app_user WHERE email LIKE '%.demo.muster.nhs.uk')::int AS users,
        (SELECT count(*) FROM app_user WHERE email LIKE '%.demo.muster.nhs.uk' AND NOT active)::int AS inactive,
        (SELECT count(*) FROM app_user WHERE email LIKE '%.demo.muster.nhs.uk' AND mobile_number ~ '^[+]447700900[0-9]{3}$')::int AS "dramaMobiles",
        (SELECT count(DISTINCT mobile_number) FROM app_user WHERE email LIKE '%.demo.muster.nhs.uk')::int AS "distinctMobiles",
        (SELECT count(*) FROM app_user WHERE email LIKE '%.demo.muster.nhs.uk' AND mobile_number IS NOT NULL)::int AS mobiles,
        (SELECT count(*) FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email LIKE '%.demo.muster.nhs.uk')::int AS memberships,
        (SELECT count(*) FROM notification)::int AS notifications,
        (SELECT count(*) FROM audit_event)::int AS auditEvents`,
      [DEMO_CODES],
    );
    return row;
  };

  const odsId = async (ods: string): Promise<string> =>
    (await t.dataSource.query<{ id: string }[]>(`SELECT id FROM organisation WHERE ods_code = $1`, [ods]))[0].id;

  const runbookCounts = async () => {
    const [row] = await t.dataSource.query<Record<string, number>[]>(
      `SELECT
         (SELECT count(*) FROM runbook r JOIN organisation o ON o.id = r.organisation_id WHERE o.ods_code = ANY($1) AND r.is_template)::int AS templates,
         (SELECT count(*) FROM runbook r JOIN organisation o ON o.id = r.organisation_id WHERE o.ods_code = ANY($1) AND NOT r.is_template)::int AS adopted,
         (SELECT count(*) FROM runbook_version v JOIN organisation o ON o.id = v.organisation_id WHERE o.ods_code = ANY($1))::int AS versions,
         (SELECT count(*) FROM runbook_step s JOIN runbook r ON r.id = s.runbook_id JOIN organisation o ON o.id = r.organisation_id WHERE o.ods_code = ANY($1))::int AS steps,
         (SELECT count(*) FROM audit_event)::int AS "auditEvents"`,
      [DEMO_CODES],
    );
    return row;
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { DATABASE_URL: workerDatabaseUrl('scratch') } });
    firstOutput = await runSeed();
    afterFirst = await counts();
  }, 180_000);
  afterAll(() => t.close());

  describe('identity section', () => {
    it('creates the demo ICS: 8 organisations, their teams and one person per role, audited as the system', async () => {
      // 8 × 7 teams less RLY's missing Cyber/SOC; 6 organisation roles × 8, less Stoke's IG
      // officer, plus the ICB's system administrator and auditor (49); a deputy EPRR lead in
      // each of the 4 NHS trusts; responders in Digital, Clinical and Communications beside
      // the first (in Cyber/SOC, at RLY in Digital): 7 × 3 + 2.
      expect(afterFirst).toMatchObject({ organisations: 8, teams: 55, users: 76, memberships: 76, inactive: 1 });
      const [{ actors }] = await t.dataSource.query<{ actors: string[] }[]>(
        `SELECT array_agg(DISTINCT actor_type) AS actors FROM audit_event e JOIN organisation o ON o.id = e.organisation_id WHERE o.ods_code = ANY($1)`,
        [DEMO_CODES],
      );
      expect(actors).toEqual(['SYSTEM']);
      const [granted] = await t.dataSource.query<{ summary: string }[]>(
        `SELECT summary FROM audit_event WHERE action = 'role.granted' AND summary LIKE 'Granted IG_OFFICER at University Hospitals of North Midlands%'`,
      );
      expect(granted.summary).toMatch(
        /^Granted IG_OFFICER at University Hospitals of North Midlands NHS Trust \(Information Governance\) to \S+ \S+$/,
      );
    });

    it('gives those who are called out a mobile number from Ofcom’s drama range, one each, and no one else', async () => {
      expect(afterFirst.mobiles).toBeGreaterThan(20);
      expect(afterFirst).toMatchObject({ dramaMobiles: afterFirst.mobiles, distinctMobiles: afterFirst.mobiles });
      const numbers = await t.dataSource.query<{ local: string; mobile: string | null }[]>(
        `SELECT split_part(email, '@', 1) AS local, mobile_number AS mobile FROM app_user
          WHERE email IN ('incident.commander@rje.demo.muster.nhs.uk', 'viewer@rje.demo.muster.nhs.uk') ORDER BY email`,
      );
      expect(numbers.map((n) => n.local)).toEqual(['incident.commander', 'viewer']);
      expect(numbers[0].mobile).toMatch(/^\+447700900\d{3}$/);
      expect(numbers[1].mobile).toBeNull();
    });

    it('prints the demo logins and the one demo password', () => {
      expect(firstOutput).toContain(`every demo login's password: ${DEMO_PASSWORD}`);
      expect(firstOutput).toContain('system.admin@qnc.demo.muster.nhs.uk');
      expect(firstOutput).toContain('one user per role per organisation: <role>@<organisation>.demo.muster.nhs.uk');
    });

    it('leaves the deliberate gaps that readiness is meant to find', async () => {
      const holders = (ods: string, role: string) =>
        t.dataSource.query(
          `SELECT u.active FROM membership m JOIN organisation o ON o.id = m.organisation_id JOIN app_user u ON u.id = m.user_id
           WHERE o.ods_code = $1 AND m.role = $2`,
          [ods, role],
        );
      expect(await holders('E06000021', 'IG_OFFICER')).toEqual([]);
      expect(await holders('E10000028', 'EPRR_LEAD')).toEqual([{ active: false }]);
      const cyber = await t.dataSource.query<{ id: string }[]>(
        `SELECT t.id FROM team t JOIN organisation o ON o.id = t.organisation_id WHERE o.ods_code = 'RLY' AND t.function = 'CYBER_SOC'`,
      );
      expect(cyber).toEqual([]);
    });

    it('lets a demo user sign in with the printed password', async () => {
      const res = await t.gql.ok<{ login: { user: { email: string } } }>(
        `mutation($input: LoginInput!) { login(input: $input) { user { email } } }`,
        { input: { email: 'ig.officer@rje.demo.muster.nhs.uk', password: DEMO_PASSWORD } },
      );
      expect(res.login.user.email).toBe('ig.officer@rje.demo.muster.nhs.uk');
    });
  });

  describe('runbooks section', () => {
    it('publishes six ICS templates of 10–20 steps at the ICB and 38 adoptions across the ICS', async () => {
      expect(await runbookCounts()).toMatchObject({ templates: 6, adopted: 38, versions: 46 });
      const templates = await t.dataSource.query<{ title: string; latest: number; steps: number }[]>(
        `SELECT r.title, r.latest_version_number AS latest, jsonb_array_length(v.steps) AS steps
           FROM runbook r JOIN runbook_version v ON v.id = r.current_version_id JOIN organisation o ON o.id = r.organisation_id
          WHERE o.ods_code = 'QNC' AND r.is_template ORDER BY r.title`,
      );
      expect(templates).toHaveLength(6);
      for (const row of templates) {
        expect(row.steps).toBeGreaterThanOrEqual(10);
        expect(row.steps).toBeLessThanOrEqual(20);
      }
      expect(
        templates.filter((r: { latest: number }) => r.latest === 2).map((r: { title: string }) => r.title),
      ).toEqual([
        'Distributed denial of service against public or clinical services',
        'Electronic patient record (EPR) outage',
        'Ransomware attack on clinical or corporate systems',
      ]);
      expect(firstOutput).toContain('demo runbooks: 6 ICS templates');
    });

    it('leaves a handful of real gaps: past review, behind the template, in review, a revision, categories without a runbook', async () => {
      const now = t.clock.now();
      const rows: {
        ods: string;
        category: string;
        status: string;
        due: boolean;
        behind: boolean;
        approved: boolean;
      }[] = await t.dataSource.query(
        `SELECT o.ods_code AS ods, r.categories[1] AS category, r.status,
                COALESCE(r.next_review_at <= $2, false) AS due,
                COALESCE(v.based_on_template_version < tpl.latest_version_number, false) AS behind,
                r.current_version_id IS NOT NULL AS approved
           FROM runbook r JOIN organisation o ON o.id = r.organisation_id
           JOIN runbook tpl ON tpl.id = r.template_runbook_id
           LEFT JOIN runbook_version v ON v.id = r.current_version_id
          WHERE o.ods_code = ANY($1)`,
        [DEMO_CODES, now],
      );
      const where = (f: (r: (typeof rows)[number]) => boolean) =>
        rows
          .filter(f)
          .map((r) => `${r.ods} ${r.category}`)
          .sort();
      expect(where((r) => r.due)).toEqual(['RJE RANSOMWARE']);
      // RJE's ransomware plan, approved 14 months ago, predates the template's version 2 as well.
      expect(where((r) => r.behind)).toEqual(['RJE RANSOMWARE', 'RLY DDOS']);
      expect(where((r) => !r.approved)).toEqual(['RLY ACCOUNT_COMPROMISE']);
      expect(where((r) => r.status === 'IN_REVIEW')).toEqual(['RLY ACCOUNT_COMPROMISE']);
      expect(where((r) => r.status === 'DRAFT' && r.approved)).toEqual(['QNC RANSOMWARE']);
      expect(where((r) => r.ods === 'E06000021')).toEqual(['E06000021 DATA_BREACH', 'E06000021 RANSOMWARE']);
    });

    it('records each imported runbook in the audit trail as the system, approved by a different person than the submitter', async () => {
      const [events] = await t.dataSource.query<{ n: number; actors: string[] }[]>(
        `SELECT count(*)::int AS n, array_agg(DISTINCT actor_type) AS actors FROM audit_event e JOIN organisation o ON o.id = e.organisation_id
          WHERE e.action = 'runbook.imported' AND o.ods_code = ANY($1)`,
        [DEMO_CODES],
      );
      expect(events).toEqual({ n: 44, actors: ['SYSTEM'] });
      const [{ same }] = await t.dataSource.query<{ same: number }[]>(
        `SELECT count(*)::int AS same FROM runbook_version v JOIN organisation o ON o.id = v.organisation_id
          WHERE o.ods_code = ANY($1) AND (v.approved_by = v.submitted_by OR v.approved_by IS NULL)`,
        [DEMO_CODES],
      );
      expect(same).toBe(0);
      const [{ unreviewed }] = await t.dataSource.query<{ unreviewed: number }[]>(
        `SELECT count(*)::int AS unreviewed FROM runbook r JOIN organisation o ON o.id = r.organisation_id
          WHERE o.ods_code = ANY($1) AND r.current_version_id IS NOT NULL AND (r.last_reviewed_at IS NULL OR r.last_reviewed_by IS NULL)`,
        [DEMO_CODES],
      );
      expect(unreviewed).toBe(0);
    });

    it('shows an adopter it is behind through the API', async () => {
      const { login } = await t.gql.ok<{ login: { accessToken: string } }>(
        `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
        { input: { email: 'eprr.lead@rly.demo.muster.nhs.uk', password: 'staffs-stoke-demo-2026' } },
      );
      const { runbooks } = await t.gql.ok<{ runbooks: { nodes: RunbookView[] } }>(
        `query { runbooks(filter: { category: DDOS, isTemplate: false, organisationId: "${await odsId('RLY')}" }) { nodes { ${RUNBOOK_FIELDS} } } }`,
        {},
        { token: login.accessToken },
      );
      expect(runbooks.nodes).toHaveLength(1);
      expect(runbooks.nodes[0]).toMatchObject({
        status: 'APPROVED',
        templateStatus: { adoptedVersion: 1, latestVersion: 2, behind: true },
      });
      expect(runbooks.nodes[0].steps.map((s) => s.templateStepId).every(Boolean)).toBe(true);
    });
  });

  describe('notifications section', () => {
    const unreadOf = async (local: string, slug: string): Promise<{ count: number; kinds: string[] }> => {
      const { login } = await t.gql.ok<{ login: { accessToken: string } }>(
        `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
        { input: { email: `${local}@${slug}.demo.muster.nhs.uk`, password: DEMO_PASSWORD } },
      );
      const data = await t.gql.ok<{ unreadNotificationCount: number; notifications: { nodes: { kind: string }[] } }>(
        `query { unreadNotificationCount notifications(first: 100) { nodes { kind } } }`,
        {},
        { token: login.accessToken },
      );
      return {
        count: data.unreadNotificationCount,
        kinds: [...new Set(data.notifications.nodes.map((n) => n.kind))].sort(),
      };
    };

    it('leaves every demo role a runbook duty falls to with unread notifications from the runbook history', async () => {
      // RJE: an overdue runbook (which the cyber simulation tested, and nobody has reviewed since),
      // approvals two months ago (submitted by its admin), steps for every duty; and the
      // simulation's actions for its EPRR team; and, read long ago, last year's EPRR assessment confirmed.
      expect(await unreadOf('eprr.lead', 'rje')).toMatchObject({
        kinds: [
          'ASSESSMENT_CONFIRMED',
          'ASSIGNMENT_ASSIGNED',
          'RUNBOOK_REVIEW_AFTER_EXERCISE',
          'RUNBOOK_REVIEW_OVERDUE',
        ],
      });
      const confirmed = await t.dataSource.query<{ unread: number }[]>(
        `SELECT count(*) FILTER (WHERE i.read_at IS NULL)::int AS unread FROM notification_inbox i
           JOIN notification n ON n.id = i.notification_id WHERE n.kind = 'ASSESSMENT_CONFIRMED'`,
      );
      expect(confirmed).toEqual([{ unread: 0 }]);
      // The ICS templates give command decisions to designations (gold/silver on-call), not to
      // the incident commander role, so approvals name no incident commander duty.
      for (const local of ['org.admin', 'ig.officer', 'responder']) {
        const { count, kinds } = await unreadOf(local, 'rje');
        expect([local, count > 0, kinds]).toEqual([local, true, ['RUNBOOK_APPROVED']]);
      }
      // RLY: its email compromise runbook waits for an EPRR lead's review.
      expect((await unreadOf('eprr.lead', 'rly')).kinds).toEqual(expect.arrayContaining(['RUNBOOK_SUBMITTED']));
      // No duty in a runbook, nothing from its history.
      expect(await unreadOf('viewer', 'rje')).toEqual({ count: 0, kinds: [] });
      expect(firstOutput).toMatch(/demo notifications: \d+ from the runbook history, \d+ review reminders/);
    });

    it('has a closed ransomware incident at the acute trust and a live system-wide supplier compromise with a SitRep overdue', async () => {
      const rows: {
        title: string;
        status: string;
        level: number;
        scope: string;
        ods: string;
        affected: number;
        roles: number;
        sitreps: number;
        decisions: number;
        lessons: number;
        timeline: number;
      }[] = await t.dataSource.query(
        `SELECT i.title, i.status, i.level, i.scope, o.ods_code AS ods,
                  (SELECT count(*) FROM incident_affected_organisation a WHERE a.incident_id = i.id)::int AS affected,
                  (SELECT count(*) FROM incident_role_assignment r WHERE r.incident_id = i.id)::int AS roles,
                  (SELECT count(*) FROM incident_sitrep s WHERE s.incident_id = i.id)::int AS sitreps,
                  (SELECT count(*) FROM incident_decision d WHERE d.incident_id = i.id)::int AS decisions,
                  (SELECT count(*) FROM incident_lesson l WHERE l.incident_id = i.id)::int AS lessons,
                  (SELECT count(*) FROM audit_event e WHERE e.incident_id = i.id)::int AS timeline
             FROM incident i JOIN organisation o ON o.id = i.lead_organisation_id ORDER BY i.reported_at`,
      );
      expect(rows).toEqual([
        expect.objectContaining({
          status: 'CLOSED',
          ods: 'RJE',
          level: 1,
          affected: 0,
          sitreps: 3,
          decisions: 1,
          lessons: 2,
          timeline: 11,
        }),
        expect.objectContaining({
          status: 'DECLARED',
          ods: 'QNC',
          level: 2,
          scope: 'SYSTEM_WIDE',
          affected: 3,
          roles: 5,
          sitreps: 1,
          decisions: 1,
          // Its five moments, the assignments section's (the activation, its 12 assignments, and
          // the first acknowledged and started), the IG decision log's eight events (3 threads,
          // 3 decisions, 2 notifications), and RJE's two IG steps timed from its awareness once
          // its thread opened; and the on-call section's page of the ICB's gold on-call (raised,
          // sent, acknowledged).
          timeline: 5 + 1 + 12 + 2 + 8 + 2 + 3,
        }),
      ]);
      expect(firstOutput).toContain('demo incidents:');
    });

    it("activates the acute trust's supplier-compromise runbook on the live incident: open and overdue assignments", async () => {
      const rows: { status: string; overdue: boolean; due: boolean; team: boolean }[] = await t.dataSource.query(
        `SELECT a.status, (a.due_at < now()) AS overdue, a.due_at IS NOT NULL AS due, a.team_id IS NOT NULL AS team
           FROM assignment a JOIN incident i ON i.id = a.incident_id JOIN organisation o ON o.id = a.organisation_id
          WHERE i.status = 'DECLARED' AND o.ods_code = 'RJE' ORDER BY a.created_at, a.id`,
      );
      expect(rows).toHaveLength(12);
      expect(rows.filter((r) => r.status === 'IN_PROGRESS')).toHaveLength(1);
      expect(rows.filter((r) => r.status === 'OPEN' && r.overdue).length).toBeGreaterThanOrEqual(5);
      expect(rows.filter((r) => r.status === 'OPEN' && !r.overdue).length).toBeGreaterThanOrEqual(1);
      expect(rows.every((r) => r.team)).toBe(true);
      expect(firstOutput).toContain(
        'demo assignments: a runbook activated on the live incident for RJE (12 assignments)',
      );
    });
  });

  describe('IG decisions section', () => {
    it('gives the live supplier compromise three threads: notified to the ICO within 40 hours, not reportable, deferred and due in 10 hours', async () => {
      const rows: {
        ods: string;
        awarenessAt: Date;
        deadlineAt: Date;
        openedAt: Date;
        outcome: string;
        rationale: string;
        icoNotifiedAt: Date | null;
        decidedBy: string;
      }[] = await t.dataSource.query(
        `SELECT o.ods_code AS ods, t.awareness_at AS "awarenessAt", t.deadline_at AS "deadlineAt", t.opened_at AS "openedAt", d.outcome, d.rationale,
                u.email AS "decidedBy",
                (SELECT min(n.notified_at) FROM ig_notification n WHERE n.thread_id = t.id AND n.recipient = 'ICO') AS "icoNotifiedAt"
           FROM ig_thread t JOIN organisation o ON o.id = t.organisation_id
           JOIN incident i ON i.id = t.incident_id AND i.status = 'DECLARED'
           JOIN ig_decision d ON d.thread_id = t.id AND d.type = 'ICO_ART33'
           JOIN app_user u ON u.id = d.decided_by
          ORDER BY o.ods_code`,
      );
      expect(rows.map((r) => [r.ods, r.outcome, r.decidedBy])).toEqual([
        ['RJE', 'REPORTABLE', 'ig.officer@rje.demo.muster.nhs.uk'],
        ['RLY', 'DEFERRED_PENDING_FACTS', 'ig.officer@rly.demo.muster.nhs.uk'],
        ['RRE', 'NOT_REPORTABLE', 'ig.officer@rre.demo.muster.nhs.uk'],
      ]);
      const [rje, rly, rre] = rows;
      const hours = (ms: number) => ms / 3_600_000;
      expect(hours((rje.icoNotifiedAt as Date).getTime() - rje.awarenessAt.getTime())).toBeLessThanOrEqual(40);
      expect(rre.rationale).toMatch(/Art\. 33\(5\)/);
      // Due 10 hours after the seed ran (the seed runs at the real time, not the suite's clock).
      expect(hours(rly.deadlineAt.getTime() - rly.openedAt.getTime())).toBeCloseTo(10, 1);
      // The trail says the system wrote them (the seed), as for every demo record.
      const [{ actors }] = await t.dataSource.query<{ actors: string[] }[]>(
        `SELECT array_agg(DISTINCT actor_type) AS actors FROM audit_event WHERE action LIKE 'ig.%'`,
      );
      expect(actors).toEqual(['SYSTEM']);
      expect(firstOutput).toContain('demo IG decisions:');
    });
  });

  describe('designations and readiness', () => {
    const signIn = async (email: string) =>
      (
        await t.gql.ok<{ login: { accessToken: string } }>(
          `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
          { input: { email, password: DEMO_PASSWORD } },
        )
      ).login.accessToken;

    it('designates the statutory and on-call holders in every organisation, bronze on-call a rota', async () => {
      const rows: { ods: string; designations: string[] }[] = await t.dataSource.query(
        `SELECT o.ods_code AS ods, array_agg(DISTINCT d.designation ORDER BY d.designation) AS designations
           FROM organisation o JOIN designation d ON d.organisation_id = o.id WHERE o.ods_code = ANY($1) GROUP BY o.ods_code ORDER BY o.ods_code`,
        [DEMO_CODES],
      );
      expect(rows.map((r) => [r.ods, r.designations.length])).toEqual([...DEMO_CODES].sort().map((ods) => [ods, 7]));
      const [{ bronze }] = await t.dataSource.query<{ bronze: number }[]>(
        `SELECT count(*)::int AS bronze FROM designation d JOIN organisation o ON o.id = d.organisation_id WHERE o.ods_code = 'RJE' AND d.designation = 'OPERATIONAL_ON_CALL'`,
      );
      expect(bronze).toBe(2);
    });

    it('shows most cells READY and the real gaps standing out, each in words', async () => {
      const token = await signIn('system.admin@qnc.demo.muster.nhs.uk');
      const { systemReadiness } = await t.gql.ok<{
        systemReadiness: {
          cells: { organisationId: string; category: string; status: string }[];
          organisations: { id: string; name: string }[];
        };
      }>(
        `query { systemReadiness { organisations { id name } cells { organisationId category status } } }`,
        {},
        { token },
      );
      const ready = systemReadiness.cells.filter((c) => c.status === 'READY');
      const gaps = systemReadiness.cells.filter((c) => c.status === 'GAPS' || c.status === 'NOT_COVERED');
      const notApplicable = systemReadiness.cells.filter((c) => c.status === 'NOT_APPLICABLE');
      expect([ready.length, gaps.length, notApplicable.length]).toEqual([READY_CELLS, GAP_CELLS, NOT_APPLICABLE_CELLS]);
      const odsOf = new Map(
        await Promise.all(
          ['E06000021', 'E10000028', 'QNCSOC', 'QNC'].map(async (ods) => [await odsId(ods), ods] as const),
        ),
      );
      expect(notApplicable.map((c) => `${odsOf.get(c.organisationId)} ${c.category}`).sort()).toEqual([
        'E06000021 ACCOUNT_COMPROMISE',
        'E06000021 DDOS',
        'E06000021 IT_OUTAGE',
        'E06000021 SUPPLIER_COMPROMISE',
        'E10000028 IT_OUTAGE',
        'E10000028 SUPPLIER_COMPROMISE',
        'QNC IT_OUTAGE',
        'QNCSOC DATA_BREACH',
        'QNCSOC IT_OUTAGE',
        'QNCSOC SUPPLIER_COMPROMISE',
      ]);
      expect(systemReadiness.cells.filter((c) => c.status === 'NOT_COVERED')).toEqual([]);

      const gapsOf = async (ods: string) => {
        const [{ id }] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM organisation WHERE ods_code = $1`, [
          ods,
        ]);
        const data = await t.gql.ok<{ readiness: { gaps: string[] } }>(
          `query ($id: ID!) { readiness(organisationId: $id) { gaps } }`,
          { id },
          { token },
        );
        return data.readiness.gaps;
      };
      expect(await gapsOf('E06000021')).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/ have no IG officer \(Information Governance\) at Stoke-on-Trent City Council$/),
        ]),
      );
      expect(await gapsOf('RJE')).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Ransomware attack on clinical or corporate systems: review was due on /),
        ]),
      );
      expect(await gapsOf('RLY')).toEqual(
        expect.arrayContaining([
          "Distributed denial of service against public or clinical services: behind ICS template 'Distributed denial of service against public or clinical services' (adopted version 1, latest version 2)",
        ]),
      );
      // RJE's silver on-call rota has nobody on Saturday nights: its ransomware plan's silver step is a gap.
      expect(await gapsOf('RJE')).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /^Ransomware attack on clinical or corporate systems: step \d+ .+ has no designated tactical \(silver\) on-call commander at .+ on Saturday \d+ \w+ 02:00–09:00$/,
          ),
        ]),
      );
      // The ICS SOC delivers Cyber/SOC for RLY: its cyber steps are covered by the SOC's people.
      expect((await gapsOf('RLY')).filter((g) => g.includes('(Cyber/SOC)'))).toEqual([]);
      // The ICB's own template past its review is the ICB's gap, once.
      expect((await gapsOf('QNC')).filter((g) => g.startsWith('ICS template '))).toEqual([
        expect.stringMatching(/^ICS template 'Supplier or third-party compromise': review was due on /),
      ]);
      expect(await gapsOf('E10000028')).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/ no EPRR lead \(EPRR\) at Staffordshire County Council$/),
          expect.stringMatching(
            /: owner .+ is no longer active at Staffordshire County Council; name an active owner$/,
          ),
        ]),
      );
      // Only the county council's plans are owned by someone who has left.
      for (const ods of ['E06000021', 'RJE', 'RLY', 'RRE', 'RYA', 'QNC', 'QNCSOC'])
        expect((await gapsOf(ods)).filter((g) => g.includes('is no longer active'))).toEqual([]);
      // The acute and ambulance trusts' other plans have no gaps at all.
      expect((await gapsOf('RYA')).filter((g) => !g.startsWith('No runbook for'))).toEqual([]);
    });
  });

  describe('on-call section', () => {
    it('keeps rotas for every organisation, RJE silver uncovered on Saturday nights, and a page acknowledged on the live incident', async () => {
      const rotas = await t.dataSource.query<{ ods: string; duty: string; layers: number }[]>(
        `SELECT o.ods_code AS ods, r.duty, (SELECT count(*) FROM oncall_layer l WHERE l.rota_id = r.id)::int AS layers
           FROM oncall_rota r JOIN organisation o ON o.id = r.organisation_id ORDER BY o.ods_code, r.duty`,
      );
      expect(new Set(rotas.map((r) => r.ods))).toEqual(new Set(DEMO_CODES));
      expect(rotas.filter((r) => r.layers === 2).map((r) => `${r.ods} ${r.duty}`)).toEqual(['RJE TACTICAL']);
      const pages = await t.dataSource.query<{ ods: string; duty: string; status: string; incident: string }[]>(
        `SELECT o.ods_code AS ods, p.duty, p.status, i.status AS incident
           FROM oncall_page p JOIN organisation o ON o.id = p.organisation_id JOIN incident i ON i.id = p.incident_id`,
      );
      expect(pages).toEqual([{ ods: 'QNC', duty: 'STRATEGIC', status: 'ACKNOWLEDGED', incident: 'DECLARED' }]);
      expect(firstOutput).toContain('demo on-call: 12 rotas');
    });
  });

  describe('exercises section', () => {
    const signIn = async (email: string) =>
      (
        await t.gql.ok<{ login: { accessToken: string } }>(
          `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
          { input: { email, password: DEMO_PASSWORD } },
        )
      ).login.accessToken;

    it('records the cyber crisis simulation with its findings and the exercise programme, Stoke missing the cascade test', async () => {
      const token = await signIn('eprr.lead@stoke.demo.muster.nhs.uk');
      const { exercises } = await t.gql.ok<{
        exercises: {
          nodes: {
            title: string;
            type: string;
            participants: { odsCode: string }[];
            runbooks: unknown[];
            findings: unknown[];
          }[];
        };
      }>(
        `query { exercises(first: 10) { nodes { title type participants { odsCode } runbooks { runbookId } findings { id } } } }`,
        {},
        { token },
      );
      // Stoke sees the three it took part in, not the cascade test it missed.
      expect(exercises.nodes.map((e) => e.title)).toEqual([
        'ICS cyber crisis simulation',
        'Exercise Cold Front: ICC stand-up under snow',
        'Exercise Northern Light: mass casualty live play',
      ]);
      const simulation = exercises.nodes[0];
      expect(simulation.participants.map((p) => p.odsCode).sort()).toEqual([
        'E06000021',
        'E10000028',
        'RJE',
        'RLY',
        'RRE',
      ]);
      expect(simulation.runbooks).toHaveLength(6);
      expect(simulation.findings).toHaveLength(8);

      // Its 22 actions across IG, EPRR, digital and communications: 9 done, 4 under way, 1 blocked, 6 overdue.
      const ics = await signIn('eprr.lead@qnc.demo.muster.nhs.uk');
      const { exercises: all } = await t.gql.ok<{
        exercises: { nodes: { title: string; actionTracker: Record<string, unknown> }[] };
      }>(
        `query { exercises(first: 10) { nodes { title actionTracker { total closed overdue closedPercent byStatus { status count } byFunction { function total } } } } }`,
        {},
        { token: ics },
      );
      expect(all.nodes.find((e) => e.title === 'ICS cyber crisis simulation')?.actionTracker).toEqual({
        total: 22,
        closed: 9,
        overdue: 6,
        closedPercent: 40.9,
        byStatus: [
          { status: 'OPEN', count: 8 },
          { status: 'IN_PROGRESS', count: 4 },
          { status: 'BLOCKED', count: 1 },
          { status: 'DONE', count: 9 },
        ],
        byFunction: [
          { function: 'INFORMATION_GOVERNANCE', total: 5 },
          { function: 'EPRR', total: 8 },
          { function: 'DIGITAL', total: 6 },
          { function: 'COMMUNICATIONS', total: 3 },
        ],
      });

      const { exerciseCompliance } = await t.gql.ok<{
        exerciseCompliance: { types: { type: string; status: string }[] };
      }>(
        `query ($id: ID!) { exerciseCompliance(organisationId: $id) { types { type status } } }`,
        { id: await odsId('E06000021') },
        { token },
      );
      expect(exerciseCompliance.types).toEqual([
        { type: 'COMMUNICATIONS', status: 'OVERDUE' },
        { type: 'TABLE_TOP', status: 'IN_DATE' },
        { type: 'LIVE_PLAY', status: 'IN_DATE' },
        { type: 'COMMAND_POST', status: 'IN_DATE' },
      ]);
    });
  });

  describe('SOC posture section', () => {
    it('reports 12 months of weekly posture for the five NHS organisations through the SOC key, RLY trending worse with one breach', async () => {
      const rows: { ods: string; weeks: number; first: number; last: number; worst: number }[] =
        await t.dataSource.query(
          `SELECT o.ods_code AS ods, count(*)::int AS weeks,
                  (array_agg(p.patch_compliance_percent::float8 ORDER BY p.day))[1] AS first,
                  (array_agg(p.patch_compliance_percent::float8 ORDER BY p.day DESC))[1] AS last,
                  max(p.critical_past_target)::int AS worst
             FROM posture_report p JOIN organisation o ON o.id = p.organisation_id GROUP BY o.ods_code ORDER BY 1`,
        );
      expect(rows.map((r) => [r.ods, r.weeks])).toEqual([
        ['QNC', 52],
        ['RJE', 52],
        ['RLY', 52],
        ['RRE', 52],
        ['RYA', 52],
      ]);
      const rly = rows.find((r) => r.ods === 'RLY');
      expect(rly && rly.last < rly.first - 10 && rly.worst > 0).toBe(true);
      expect(rows.filter((r) => r.worst > 0).map((r) => r.ods)).toEqual(['RLY']);
      const breaches: { ods: string; function: string }[] = await t.dataSource.query(
        `SELECT o.ods_code AS ods, a.function FROM assignment a JOIN organisation o ON o.id = a.organisation_id
          WHERE a.source_kind = 'POSTURE_BREACH'`,
      );
      expect(breaches).toEqual([{ ods: 'RLY', function: 'DIGITAL' }]);
      expect(firstOutput).toContain('demo SOC posture: 52 weekly reports for 5 NHS organisations');
    });
  });

  describe('cyber alerts section', () => {
    it('records three recent NHS cyber alerts for seven organisations; the council overdue on the high one has its assignment', async () => {
      const token = (
        await t.gql.ok<{ login: { accessToken: string } }>(
          `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
          { input: { email: 'eprr.lead@qnc.demo.muster.nhs.uk', password: DEMO_PASSWORD } },
        )
      ).login.accessToken;
      const { cyberAlerts } = await t.gql.ok<{
        cyberAlerts: {
          nodes: {
            reference: string;
            severity: string;
            responses: {
              organisationName: string;
              state: string;
              overdueAssignmentId: string | null;
              acknowledgedInTime: boolean | null;
            }[];
          }[];
        };
      }>(
        `{ cyberAlerts(first: 10) { nodes { reference severity responses { organisationName state overdueAssignmentId acknowledgedInTime } } } }`,
        {},
        { token },
      );
      expect(cyberAlerts.nodes.map((a) => [a.reference, a.severity, a.responses.length])).toEqual([
        ['CC-4644', 'MEDIUM', 7],
        ['CC-4638', 'HIGH', 7],
        ['CC-4621', 'HIGH', 7],
      ]);
      // (The seed ran at the real time; this app's clock is the tests', so "overdue now" is not asked here.)
      const overdue = cyberAlerts.nodes.flatMap((a) =>
        a.responses.filter((r) => r.overdueAssignmentId).map((r) => [a.reference, r.organisationName, r.state]),
      );
      expect(overdue).toEqual([['CC-4638', 'Stoke-on-Trent City Council', 'RECEIVED']]);
      // Every high-severity response acknowledged was acknowledged within 48 hours.
      const high = cyberAlerts.nodes.filter((a) => a.severity === 'HIGH').flatMap((a) => a.responses);
      expect(high.filter((r) => r.acknowledgedInTime === false)).toEqual([]);
      expect(high.filter((r) => r.acknowledgedInTime === true)).toHaveLength(13);
      const raised: { ods: string; function: string }[] = await t.dataSource.query(
        `SELECT o.ods_code AS ods, a.function FROM assignment a JOIN organisation o ON o.id = a.organisation_id
          WHERE a.source_kind = 'CYBER_ALERT'`,
      );
      expect(raised).toEqual([{ ods: 'E06000021', function: 'CYBER_SOC' }]);
      expect(firstOutput).toContain('demo cyber alerts: 3 NHS cyber alerts for 7 organisations');
    });
  });

  describe('assurance section', () => {
    it('shows the ICS the EPRR bands of six organisations, substantial to partial, with gaps and actions', async () => {
      const token = (
        await t.gql.ok<{ login: { accessToken: string } }>(
          `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
          { input: { email: 'eprr.lead@qnc.demo.muster.nhs.uk', password: DEMO_PASSWORD } },
        )
      ).login.accessToken;
      const { assuranceFrameworks } = await t.gql.ok<{ assuranceFrameworks: { id: string; kind: string }[] }>(
        `{ assuranceFrameworks { id kind } }`,
        {},
        { token },
      );
      expect(assuranceFrameworks.map((f) => f.kind).sort()).toEqual(['CAF_DSPT', 'EPRR_CORE_STANDARDS']);
      const eprr = assuranceFrameworks.find((f) => f.kind === 'EPRR_CORE_STANDARDS');
      const { assuranceOverview } = await t.gql.ok<{
        assuranceOverview: {
          organisations: {
            organisationName: string;
            started: boolean;
            status: string;
            period: string;
            band: { band: string };
            previousPeriod: string;
            previousBand: { band: string };
          }[];
          gaps: { id: string }[];
        };
      }>(
        `query ($id: ID!) { assuranceOverview(frameworkId: $id) { organisations { organisationName started status period band { band } previousPeriod previousBand { band } } gaps { id } } }`,
        { id: eprr?.id },
        { token },
      );
      // The sample's standards for every kind apply to the ICB and the SOC too, which have not started: first.
      const idle = assuranceOverview.organisations.filter((o) => !o.started);
      expect(idle.map((o) => o.organisationName)).toEqual([
        'NHS Staffordshire and Stoke-on-Trent Integrated Care Board',
        'Staffordshire and Stoke-on-Trent ICS Security Operations Centre',
      ]);
      expect(assuranceOverview.organisations.slice(0, 2)).toEqual(idle);
      const started = assuranceOverview.organisations.filter((o) => o.started);
      expect(started).toHaveLength(6);
      expect(started.every((o) => o.status === 'SUBMITTED' && o.period === '2025-26')).toBe(true);
      expect([...new Set(started.map((o) => o.band.band))].sort()).toEqual(['PARTIAL', 'SUBSTANTIAL']);
      // Movement since last year: the acute trust slipped from substantial to partial.
      expect(
        started
          .filter((o) => o.organisationName.includes('North Midlands'))
          .map((o) => [o.previousPeriod, o.previousBand.band, o.band.band]),
      ).toEqual([['2024-25', 'SUBSTANTIAL', 'PARTIAL']]);
      expect(assuranceOverview.gaps.length).toBeGreaterThan(10);
      const [{ actions, published }] = await t.dataSource.query<{ actions: number; published: number }[]>(
        `SELECT (SELECT count(*) FROM assignment WHERE source_kind = 'ASSESSMENT_GAP')::int AS actions,
                (SELECT count(*) FROM assurance_assessment WHERE status = 'PUBLISHED')::int AS published`,
      );
      expect({ actions, published }).toEqual({ actions: 3, published: 6 });
    });
  });

  it('changes nothing and records no audit event when it runs again', async () => {
    const before = { ...(await counts()), ...(await runbookCounts()) };
    const output = await runSeed();
    expect({ ...(await counts()), ...(await runbookCounts()) }).toEqual(before);
    expect(output).toContain('demo ICS: 8 organisations;');
    expect(output).not.toContain('demo runbooks');
    expect(output).not.toContain('demo incidents');
    expect(output).not.toContain('demo exercises');
    expect(output).not.toContain('demo assignments');
    expect(output).not.toContain('demo SOC posture');
    expect(output).not.toContain('demo cyber alerts');
  }, 120_000);
});
