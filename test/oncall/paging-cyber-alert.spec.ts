import { Role } from '@muster/platform-access';
import { FixedClock } from '@muster/platform-core';
import {
  createUser,
  NotifyStub,
  setClockAndSignIn,
  startNotifyStub,
  startTestApp,
  TestApp,
  TestUser,
} from '@muster/testing';
import { giveMobileNumber } from '../notifications/sms-api';
import { tick } from '../notifications/notification-api';
import { alertWorld, AlertWorld, nextReference, recordOk, respondOk, responseOf } from '../posture/cyber-alert-api';
import { oncallOk, PageView, RotaView, weekly } from './oncall-api';

const START = '2026-11-24T08:00:00Z';
const HOUR = 3_600_000;

/**
 * A high-severity NHS cyber alert an organisation has not acknowledged 24 hours after issue
 * pages its Cyber/SOC on-call (posture's CyberAlertWatchers, registered by on-call), once;
 * the page goes by SMS through GOV.UK Notify (always, whatever the person's choices) with
 * its one-time acknowledgement link. An organisation that acknowledged in time is not paged.
 */
describe('an unacknowledged NHS cyber alert pages the Cyber/SOC on-call', () => {
  const clock = new FixedClock(new Date(START));
  let t: TestApp;
  let stub: NotifyStub;
  let w: AlertWorld;
  let analyst: TestUser;

  beforeAll(async () => {
    stub = await startNotifyStub();
    t = await startTestApp({ clock, env: { ...stub.env, PAGE_ACK_LINK_BASE_URL: 'https://muster.example' } });
    w = await alertWorld(t);
    analyst = await createUser(t, [{ organisationId: w.trust.id, role: Role.RESPONDER, teamId: w.trustCyberTeamId }]);
    await setClockAndSignIn(t, START, [w.trustAdmin, w.socResponder, w.councilLead, analyst]);
    await giveMobileNumber(t, analyst, '07700 900471');
    const rota = await oncallOk<RotaView>(
      t,
      'createRota',
      { organisationId: w.trust.id, duty: 'CYBER_SOC', name: 'Cyber analysts' },
      w.trustAdmin,
    );
    await oncallOk(
      t,
      'setRotaLayer',
      weekly(rota.id, rota.version, [analyst.id], { startsOn: '2026-01-05' }),
      w.trustAdmin,
    );
    const councilRota = await oncallOk<RotaView>(
      t,
      'createRota',
      { organisationId: w.council.id, duty: 'CYBER_SOC', name: 'Council duty officer' },
      w.councilLead,
    );
    await oncallOk(
      t,
      'setRotaLayer',
      weekly(councilRota.id, councilRota.version, [w.councilDigital.id], { startsOn: '2026-01-05' }),
      w.councilLead,
    );
  });
  afterAll(async () => {
    await t.close();
    await stub.close();
  });

  const pagesOf = async (organisationId: string, who: TestUser) =>
    (await oncallOk<{ nodes: PageView[] }>(t, 'pages', { organisationId, first: 20 }, who)).nodes.filter(
      (p) => p.trigger === 'CYBER_ALERT',
    );

  it('pages the trust that did not acknowledge, by SMS with its link, once; not the council that did', async () => {
    const reference = nextReference();
    const alert = await recordOk(t, w.socResponder, {
      reference,
      title: 'Critical vulnerability in VPN gateways',
      severity: 'HIGH',
      issuedAt: START,
      organisationIds: [w.trust.id, w.council.id],
    });
    const councilResponse = responseOf(alert, w.council.id);
    await respondOk(t, 'acknowledgeCyberAlert', w.councilLead, {
      responseId: councilResponse.id,
      version: councilResponse.version,
    });

    await setClockAndSignIn(t, new Date(Date.parse(START) + 23 * HOUR), [w.trustAdmin, w.councilLead]);
    await tick(t);
    expect(await pagesOf(w.trust.id, w.trustAdmin)).toEqual([]);

    await setClockAndSignIn(t, new Date(Date.parse(START) + 24 * HOUR + 60_000), [w.trustAdmin, w.councilLead]);
    await tick(t);
    const pages = await pagesOf(w.trust.id, w.trustAdmin);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ duty: 'CYBER_SOC', incidentId: null, status: 'OPEN' });
    expect(pages[0].message).toBe(
      `NHS cyber alert ${reference} not acknowledged: Critical vulnerability in VPN gateways`,
    );
    expect(await pagesOf(w.council.id, w.councilLead)).toEqual([]);

    const texts = stub.received.filter((s) => s.phoneNumber === '+447700900471');
    expect(texts).toHaveLength(1);
    expect(String(texts[0].personalisation.message)).toMatch(/https:\/\/muster\.example\/ack\/\S+$/);

    await setClockAndSignIn(t, new Date(Date.parse(START) + 30 * HOUR), [w.trustAdmin, w.councilLead]);
    await tick(t);
    expect(await pagesOf(w.trust.id, w.trustAdmin)).toHaveLength(1);
  });
});
