import { Client } from 'pg';
import { FixedClock } from '@muster/platform-core';
import { CyberAlertAudit, CyberAlertWatchers, UnacknowledgedCyberAlert } from '@muster/posture';
import { Scheduler } from '@muster/platform-scheduler';
import { Role } from '@muster/platform-access';
import { createOrganisation, createUser, startTestApp, TestApp, TEST_START } from '@muster/testing';
import { ALERTS, AlertView, AlertWorld, alertWorld, recordOk, respondOk, responseOf } from './cyber-alert-api';

const HOUR = 3_600_000;

/**
 * The clocks of an NHS cyber alert on the scheduler: an overdue response raises one
 * assignment, however many schedulers tick; a high-severity alert still unacknowledged at
 * 24 hours tells the registered watchers once.
 */
describe('NHS cyber alert deadlines', () => {
  const clock = new FixedClock(new Date(TEST_START));
  let a: TestApp;
  let b: TestApp;
  let w: AlertWorld;

  beforeAll(async () => {
    a = await startTestApp({ clock });
    b = await startTestApp({ clock });
    w = await alertWorld(a);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  /** Both instances tick together, as two processes would, until neither finds anything to do. */
  async function tickBoth(): Promise<number> {
    let completed = 0;
    for (let round = 0; round < 50; round++) {
      const reports = await Promise.all([a.app.get(Scheduler).tick(), b.app.get(Scheduler).tick()]);
      completed += reports.reduce((n, r) => n + r.completed, 0);
      if (reports.every((r) => r.scheduled + r.completed + r.failed + r.worked === 0)) return completed;
    }
    throw new Error('the schedulers still had work after 50 rounds');
  }

  const alertAssignments = (organisationId: string) =>
    a.dataSource.query<
      { id: string; team_id: string | null; function: string; source_id: string; assigning_organisation_id: string }[]
    >(
      `SELECT id, team_id, function, source_id, assigning_organisation_id FROM assignment
        WHERE organisation_id = $1 AND source_kind = 'CYBER_ALERT'`,
      [organisationId],
    );

  it('raises one assignment per overdue response, with two schedulers ticking together', async () => {
    const quiet = await createOrganisation(a);
    const admin = await createUser(a, [{ organisationId: quiet.id, role: Role.ORG_ADMIN }]);
    // Issued 73 hours ago: the acknowledgement (48 h) and the first update (72 h) are both past due.
    const alert = await recordOk(a, w.socResponder, {
      issuedAt: new Date(clock.now().getTime() - 73 * HOUR).toISOString(),
      organisationIds: [w.trust.id, w.council.id, quiet.id],
    });
    // The trust acknowledged (late) but gave no update; the quiet one found it not applicable; the council did nothing.
    const trust = responseOf(alert, w.trust.id);
    const acked = await respondOk(a, 'acknowledgeCyberAlert', w.trustResponder, { responseId: trust.id, version: 1 });
    expect(acked.acknowledgedInTime).toBe(false);
    const q = responseOf(alert, quiet.id);
    await respondOk(a, 'acknowledgeCyberAlert', admin, { responseId: q.id, version: 1 });
    await respondOk(a, 'stateCyberAlertApplicability', admin, {
      responseId: q.id,
      version: 2,
      applicable: false,
      words: 'Not in use',
    });

    await tickBoth();
    const council = await alertAssignments(w.council.id);
    expect(council).toEqual([
      expect.objectContaining({
        team_id: w.councilDigitalTeamId,
        function: 'DIGITAL',
        source_id: responseOf(alert, w.council.id).id,
        assigning_organisation_id: w.soc.id,
      }),
    ]);
    expect(await alertAssignments(w.trust.id)).toEqual([
      expect.objectContaining({ team_id: w.trustCyberTeamId, function: 'CYBER_SOC', source_id: trust.id }),
    ]);
    expect(await alertAssignments(quiet.id)).toEqual([]);
    const raised = await a.dataSource.query<{ entity_id: string }[]>(
      `SELECT entity_id FROM audit_event WHERE action = $1 AND entity_id = ANY($2::text[])`,
      [CyberAlertAudit.overdueRaised, alert.responses.map((r) => r.id)],
    );
    expect(raised.map((r) => r.entity_id).sort()).toEqual([trust.id, responseOf(alert, w.council.id).id].sort());

    // Nothing more to do, ever: the jobs ran once.
    await tickBoth();
    expect(await alertAssignments(w.council.id)).toHaveLength(1);

    // The list shows the alert as overdue to the SOC, with the assignments named.
    const { cyberAlerts } = await a.gql.ok<{ cyberAlerts: { nodes: AlertView[] } }>(
      ALERTS,
      { first: 50, filter: { overdue: true, organisationId: w.council.id } },
      { token: w.socResponder.token },
    );
    const listed = cyberAlerts.nodes.find((n) => n.id === alert.id) as AlertView;
    expect(responseOf(listed, w.council.id)).toMatchObject({ overdue: true, overdueAssignmentId: council[0].id });
    expect(responseOf(listed, quiet.id).overdue).toBe(false);
  });

  it('raises one assignment per organisation when the acknowledgement and update jobs of an alert run at once', async () => {
    const silent = await Promise.all(Array.from({ length: 3 }, () => createOrganisation(a)));
    const alert = await recordOk(a, w.socResponder, {
      issuedAt: new Date(clock.now().getTime() - 73 * HOUR).toISOString(),
      organisationIds: silent.map((o) => o.id),
    });
    // Hold the responses, so that both jobs (one per instance) are under way before either decides.
    const holder = new Client({ connectionString: a.databaseUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT id FROM cyber_alert_response WHERE alert_id = $1 FOR UPDATE`, [alert.id]);
      const ticking = tickBoth();
      for (let wait = 0; wait < 200; wait++) {
        // Statistics are a snapshot per transaction: take a new one each time.
        await holder.query('SELECT pg_stat_clear_snapshot()');
        const { rows } = await holder.query<{ waiting: number }>(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%cyber_alert_response%'`,
        );
        if (rows[0].waiting >= 2) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await holder.query('ROLLBACK');
      await ticking;
    } finally {
      await holder.end();
    }
    for (const o of silent) expect(await alertAssignments(o.id)).toHaveLength(1);
  }, 30_000);

  it('tells the registered watchers, once, of each high-severity response unacknowledged at 24 hours', async () => {
    const told: UnacknowledgedCyberAlert[] = [];
    a.app.get(CyberAlertWatchers).register(async (tx, alert) => {
      // On the job's transaction: it sees the response as the job does.
      const [row] = await tx.manager.query<{ state: string }[]>(
        `SELECT state FROM cyber_alert_response WHERE id = $1`,
        [alert.responseId],
      );
      expect(row.state).toBe('RECEIVED');
      told.push(alert);
    });
    const alert = await recordOk(a, w.socResponder, {
      issuedAt: new Date(clock.now().getTime() - 25 * HOUR).toISOString(),
      organisationIds: [w.trust.id, w.council.id],
    });
    const low = await recordOk(a, w.socResponder, {
      severity: 'LOW',
      issuedAt: new Date(clock.now().getTime() - 25 * HOUR).toISOString(),
      organisationIds: [w.trust.id],
    });
    await respondOk(a, 'acknowledgeCyberAlert', w.trustAdmin, {
      responseId: responseOf(alert, w.trust.id).id,
      version: 1,
    });
    for (let round = 0; round < 50; round++) {
      const r = await a.app.get(Scheduler).tick();
      if (r.scheduled + r.completed + r.failed + r.worked === 0) break;
    }
    expect(told.filter((x) => x.alertId === alert.id)).toEqual([
      expect.objectContaining({
        organisationId: w.council.id,
        responseId: responseOf(alert, w.council.id).id,
        reference: alert.reference,
        severity: 'HIGH',
        acknowledgeBy: new Date(new Date(alert.issuedAt).getTime() + 48 * HOUR),
      }),
    ]);
    expect(told.filter((x) => x.alertId === low.id)).toEqual([]);
    await a.app.get(Scheduler).tick();
    expect(told.filter((x) => x.alertId === alert.id)).toHaveLength(1);
  });
});
