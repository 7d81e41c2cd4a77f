import { CyberAlertAudit } from '@muster/posture';
import { Role } from '@muster/platform-access';
import { createOrganisation, createUser, errorCode, startTestApp, TestApp } from '@muster/testing';
import { posture, reportPosture, socWithKey } from './posture-api';
import { inbox } from '../notifications/notification-api';
import {
  ALERT,
  AlertView,
  AlertWorld,
  alertWorld,
  recordAlert,
  recordOk,
  respond,
  respondOk,
  responseOf,
} from './cyber-alert-api';

const HOUR = 3_600_000;

describe('NHS cyber alerts: the SOC records once, each organisation answers its own', () => {
  let t: TestApp;
  let w: AlertWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await alertWorld(t);
  });
  afterAll(() => t.close());

  const issued = () => new Date(t.clock.now().getTime() - HOUR);
  const record = (input: Record<string, unknown> = {}) =>
    recordOk(t, w.socResponder, {
      issuedAt: issued().toISOString(),
      organisationIds: [w.trust.id, w.council.id],
      ...input,
    });
  const auditOf = (entityId: string) =>
    t.dataSource.query<{ action: string; organisation_id: string }[]>(
      `SELECT action, organisation_id FROM audit_event WHERE entity_id = $1 ORDER BY id`,
      [entityId],
    );

  it('records a high-severity alert once with a RECEIVED response per organisation, its clocks and notices', async () => {
    const at = issued();
    const alert = await record({ issuedAt: at.toISOString(), summary: 'Patch to 22.7R2.5 or later' });
    expect(alert.recordedByOrganisationId).toBe(w.soc.id);
    expect(alert.responses.map((r) => r.organisationId).sort()).toEqual([w.trust.id, w.council.id].sort());
    for (const r of alert.responses)
      expect(r).toMatchObject({
        state: 'RECEIVED',
        acknowledgeBy: new Date(at.getTime() + 48 * HOUR).toISOString(),
        firstUpdateDueAt: new Date(at.getTime() + 72 * HOUR).toISOString(),
        overdue: false,
        version: 1,
        updates: [],
      });
    expect(await auditOf(alert.id)).toEqual([{ action: CyberAlertAudit.recorded, organisation_id: w.soc.id }]);
    const jobs = await t.dataSource.query<{ key: string }[]>(
      `SELECT key FROM scheduled_job WHERE key LIKE $1 ORDER BY key`,
      [`%${alert.id}%`],
    );
    expect(jobs.map((j) => j.key.split(':')[0])).toEqual([
      'cyber-alert-ack-due',
      'cyber-alert-unacknowledged',
      'cyber-alert-update-due',
    ]);
    // The trust's Cyber/SOC team and the council's Digital team hear of it; the trust's ward does not.
    const notices = async (who: typeof w.trustResponder) =>
      (await inbox(t, who)).filter((n) => n.about.entityId === alert.id).map((n) => n.kind);
    expect(await notices(w.trustResponder)).toEqual(['CYBER_ALERT_RECEIVED']);
    expect(await notices(w.councilDigital)).toEqual(['CYBER_ALERT_RECEIVED']);
    expect(await notices(w.trustWardResponder)).toEqual([]);
  });

  it('moves a response RECEIVED → ACKNOWLEDGED → APPLICABILITY_STATED → CLOSED, with updates, audited', async () => {
    const alert = await record();
    const r = responseOf(alert, w.trust.id);
    const acked = await respondOk(t, 'acknowledgeCyberAlert', w.trustResponder, { responseId: r.id, version: 1 });
    expect(acked).toMatchObject({ state: 'ACKNOWLEDGED', acknowledgedInTime: true, version: 2 });
    const stated = await respondOk(t, 'stateCyberAlertApplicability', w.trustAdmin, {
      responseId: r.id,
      version: 2,
      applicable: true,
      words: 'Two gateways run an affected version',
    });
    expect(stated).toMatchObject({ state: 'APPLICABILITY_STATED', applicable: true });
    const updated = await respondOk(t, 'addCyberAlertUpdate', w.trustResponder, {
      responseId: r.id,
      version: 3,
      words: 'First gateway patched; second in tonight’s window',
    });
    expect(updated).toMatchObject({ state: 'APPLICABILITY_STATED', updateCount: 1, version: 4 });
    expect(updated.firstUpdateAt).not.toBeNull();
    expect(updated.updates.map((u) => u.words)).toEqual(['First gateway patched; second in tonight’s window']);
    const closed = await respondOk(t, 'closeCyberAlertResponse', w.trustResponder, {
      responseId: r.id,
      version: 4,
      words: 'Both gateways patched and checked for indicators of compromise',
    });
    expect(closed).toMatchObject({ state: 'CLOSED', overdue: false });
    expect((await auditOf(r.id)).map((a) => a.action)).toEqual([
      CyberAlertAudit.acknowledged,
      CyberAlertAudit.applicabilityStated,
      CyberAlertAudit.updateAdded,
      CyberAlertAudit.closed,
    ]);
    // The council's response did not move.
    const { cyberAlert } = await t.gql.ok<{ cyberAlert: AlertView }>(
      ALERT,
      { id: alert.id },
      { token: w.socResponder.token },
    );
    expect(responseOf(cyberAlert, w.council.id).state).toBe('RECEIVED');
  });

  it('refuses a move from the wrong state or a stale version as CONFLICT, and writes nothing', async () => {
    const alert = await record();
    const r = responseOf(alert, w.trust.id);
    const refused = [
      await respond(t, 'stateCyberAlertApplicability', w.trustAdmin, {
        responseId: r.id,
        version: 1,
        applicable: false,
        words: 'Not in use here',
      }),
      await respond(t, 'addCyberAlertUpdate', w.trustAdmin, { responseId: r.id, version: 1, words: 'Working on it' }),
      await respond(t, 'closeCyberAlertResponse', w.trustAdmin, { responseId: r.id, version: 1, words: 'Done now' }),
    ];
    expect(refused.map(errorCode)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect(refused[0].errors?.[0].message).toMatch(/not acknowledged yet: acknowledge it first/);
    await respondOk(t, 'acknowledgeCyberAlert', w.trustAdmin, { responseId: r.id, version: 1 });
    expect(errorCode(await respond(t, 'acknowledgeCyberAlert', w.trustAdmin, { responseId: r.id, version: 2 }))).toBe(
      'CONFLICT',
    );
    expect(
      errorCode(
        await respond(t, 'closeCyberAlertResponse', w.trustAdmin, { responseId: r.id, version: 2, words: 'x y z' }),
      ),
    ).toBe('CONFLICT');
    // A stale version.
    expect(
      errorCode(
        await respond(t, 'addCyberAlertUpdate', w.trustAdmin, { responseId: r.id, version: 1, words: 'Stale' }),
      ),
    ).toBe('CONFLICT');
    expect((await auditOf(r.id)).map((a) => a.action)).toEqual([CyberAlertAudit.acknowledged]);
    // Not applicable: closed without an update, and never overdue for one.
    await respondOk(t, 'stateCyberAlertApplicability', w.trustAdmin, {
      responseId: r.id,
      version: 2,
      applicable: false,
      words: 'The product is not in use at the trust',
    });
    const closed = await respondOk(t, 'closeCyberAlertResponse', w.trustAdmin, {
      responseId: r.id,
      version: 3,
      words: 'Not applicable',
    });
    expect(closed).toMatchObject({ state: 'CLOSED', applicable: false, updateCount: 0 });
    expect(
      errorCode(await respond(t, 'addCyberAlertUpdate', w.trustAdmin, { responseId: r.id, version: 4, words: 'Late' })),
    ).toBe('CONFLICT');
  });

  it('lets the SOC record and answer on an organisation’s behalf; others who see it get FORBIDDEN, strangers NOT_FOUND', async () => {
    expect(errorCode(await recordAlert(t, w.trustAdmin, { organisationIds: [w.trust.id] }))).toBe('FORBIDDEN');
    const alert = await record();
    const r = responseOf(alert, w.council.id);
    // The SOC acknowledges for the council.
    await respondOk(t, 'acknowledgeCyberAlert', w.socResponder, { responseId: r.id, version: 1 });
    // The trust cannot move the council's response, nor see it.
    const foreign = await respond(t, 'addCyberAlertUpdate', w.trustAdmin, {
      responseId: r.id,
      version: 2,
      words: 'Hello there',
    });
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    // Its own members who are not the Cyber/Digital responders, admins or EPRR leads: FORBIDDEN.
    const mine = responseOf(alert, w.trust.id);
    for (const who of [w.trustViewer, w.trustWardResponder])
      expect(errorCode(await respond(t, 'acknowledgeCyberAlert', who, { responseId: mine.id, version: 1 }))).toBe(
        'FORBIDDEN',
      );
    // The council's EPRR lead moves its own.
    await respondOk(t, 'addCyberAlertUpdate', w.councilLead, { responseId: r.id, version: 2, words: 'Checking' });
    // The ICB's EPRR lead sees every response but moves none.
    const icb = await t.gql.ok<{ cyberAlert: AlertView }>(ALERT, { id: alert.id }, { token: w.icbLead.token });
    expect(icb.cyberAlert.responses).toHaveLength(2);
    expect(errorCode(await respond(t, 'acknowledgeCyberAlert', w.icbLead, { responseId: mine.id, version: 1 }))).toBe(
      'FORBIDDEN',
    );
    // A member sees the alert with their own organisation's response only; a stranger sees nothing.
    const viewer = await t.gql.ok<{ cyberAlert: AlertView }>(ALERT, { id: alert.id }, { token: w.trustViewer.token });
    expect(viewer.cyberAlert.responses.map((x) => x.organisationId)).toEqual([w.trust.id]);
    const stranger = await t.gql.request(ALERT, { id: alert.id }, { token: w.stranger.token });
    expect(errorCode(stranger)).toBe('NOT_FOUND');
  });

  it('refuses an alert recorded twice, issued in the future or sent to no organisation', async () => {
    const alert = await record();
    const again = await recordAlert(t, w.socResponder, { reference: alert.reference, organisationIds: [w.trust.id] });
    expect(errorCode(again)).toBe('CONFLICT');
    const future = await recordAlert(t, w.socResponder, {
      issuedAt: new Date(t.clock.now().getTime() + HOUR).toISOString(),
      organisationIds: [w.trust.id],
    });
    expect(future.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['issuedAt']);
    const unknown = await recordAlert(t, w.socResponder, { organisationIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(unknown.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['organisationIds']);
    const badRef = await recordAlert(t, w.socResponder, { reference: 'ALERT-1', organisationIds: [w.trust.id] });
    expect(errorCode(badRef)).toBe('BAD_USER_INPUT');
  });

  it('counts the high-severity responses acknowledged within 48 hours in the posture league table', async () => {
    const { key } = await socWithKey(t);
    const trust = await createOrganisation(t);
    const admin = await createUser(t, [{ organisationId: trust.id, role: Role.ORG_ADMIN }]);
    expect((await reportPosture(t, key, '2026-11-27', [posture(trust.id)])).errors).toBeUndefined();
    const ago = (hours: number) => new Date(t.clock.now().getTime() - hours * HOUR).toISOString();
    const to = (input: Record<string, unknown>) => record({ organisationIds: [trust.id], ...input });
    const late = await to({ issuedAt: ago(73) });
    const inTime = await to({ issuedAt: ago(47) });
    await to({ issuedAt: ago(50) }); // never acknowledged
    await to({ issuedAt: ago(73), severity: 'MEDIUM' }); // no 48-hour clock
    for (const alert of [late, inTime])
      await respondOk(t, 'acknowledgeCyberAlert', admin, { responseId: alert.responses[0].id, version: 1 });
    const { postureLeagueTable } = await t.gql.ok<{
      postureLeagueTable: {
        organisationId: string;
        highCyberAlertsDue: number;
        highCyberAlertsAcknowledgedInTime: number;
      }[];
    }>(
      `query($day: String!) { postureLeagueTable(day: $day) { organisationId highCyberAlertsDue highCyberAlertsAcknowledgedInTime } }`,
      { day: '2026-11-28' },
      { token: admin.token },
    );
    expect(postureLeagueTable).toEqual([
      { organisationId: trust.id, highCyberAlertsDue: 3, highCyberAlertsAcknowledgedInTime: 1 },
    ]);
  });

  it('sends an alert to every organisation but the SOC when none are named; a medium one has no acknowledgement deadline', async () => {
    const alert = await recordOk(t, w.socResponder, { severity: 'MEDIUM', issuedAt: issued().toISOString() });
    const ids = alert.responses.map((r) => r.organisationId);
    expect(ids).toEqual(expect.arrayContaining([w.trust.id, w.council.id]));
    expect(ids).not.toContain(w.soc.id);
    expect(alert.responses.every((r) => r.acknowledgeBy === null)).toBe(true);
  });
});
