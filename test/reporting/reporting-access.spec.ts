import { FixedClock } from '@muster/platform-core';
import { randomUUID } from 'node:crypto';
import { errorCode, startTestApp, TestApp } from '@muster/testing';
import { organisationMetrics, systemMetrics } from './reporting-api';
import { Scenario, seedScenario } from './reporting-scenario';

const Y = 2032;

describe('who sees which metrics', () => {
  let t: TestApp;
  let s: Scenario;
  const october = { month: `${Y}-10` };

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(new Date(`${Y}-11-28T09:00:00Z`)) });
    s = await seedScenario(t, Y);
  });
  afterAll(() => t.close());

  it('lets the board (a VIEWER at the ICB) and the ICB’s EPRR lead see the system and every organisation', async () => {
    for (const who of [s.board, s.icbLead, s.admin]) {
      expect((await systemMetrics(t, who, october)).errors).toBeUndefined();
      const b = await organisationMetrics(t, who, s.trustB.id, october);
      expect(b.errors).toBeUndefined();
      expect(b.data?.organisationMetrics.incidents.total).toBe(2);
    }
  });

  it('lets a member see its own organisation’s numbers, not another’s (NOT_FOUND) nor the system’s (FORBIDDEN)', async () => {
    const own = await organisationMetrics(t, s.responderA, s.trustA.id, october);
    expect(own.errors).toBeUndefined();
    expect(own.data?.organisationMetrics.incidents.total).toBe(4);
    expect(errorCode(await organisationMetrics(t, s.responderA, s.trustB.id, october))).toBe('NOT_FOUND');
    expect(errorCode(await systemMetrics(t, s.responderA, october))).toBe('FORBIDDEN');
  });

  it('does not take a VIEWER elsewhere than the ICB for the board', async () => {
    expect(errorCode(await systemMetrics(t, s.viewerB, october))).toBe('FORBIDDEN');
    expect(errorCode(await organisationMetrics(t, s.viewerB, s.trustA.id, october))).toBe('NOT_FOUND');
    expect((await organisationMetrics(t, s.viewerB, s.trustB.id, october)).errors).toBeUndefined();
  });

  it('answers an organisation that does not exist NOT_FOUND, even to the board', async () => {
    expect(errorCode(await organisationMetrics(t, s.board, randomUUID(), october))).toBe('NOT_FOUND');
  });

  it('refuses a period that is not one month or financial year (BAD_USER_INPUT), and takes none as this month', async () => {
    const now = await systemMetrics(t, s.admin, {});
    expect(now.data?.systemMetrics.period.label).toBe(`${Y}-11`);
    for (const period of [{ month: `${Y}-10`, financialYear: Y }, { month: `${Y}-13` }, { financialYear: 1999 }]) {
      expect(errorCode(await systemMetrics(t, s.admin, period))).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses the metrics without a sign-in', async () => {
    const res = await t.gql.request(`query { systemMetrics(period: { month: "2026-10" }) { organisationId } }`);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });
});
