import { Role } from '@muster/platform-access';
import { errorCode, startTestApp, TestApp } from '@muster/testing';
import {
  act,
  attempt,
  auditActions,
  createIncidentWorld,
  declaredIncident,
  IncidentWorld,
  report,
} from './incident-api';

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`;

describe('incidents under concurrency', () => {
  let t: TestApp;
  let w: IncidentWorld;

  beforeAll(async () => {
    // 100 reports at once serialize on the year's reference counter and the organisation's
    // audit chain, so most wait for one of the 10 pooled connections: on a busy machine
    // longer than the default 5 s. What is asserted is distinctness and no gaps, not speed.
    t = await startTestApp({ env: { DB_CONNECT_TIMEOUT_MS: '60000' } });
    w = await createIncidentWorld(t);
  });
  afterAll(() => t.close());

  it('200 concurrent conflicting transitions on one incident: one winner, the rest CONFLICT; trail and timeline agree', async () => {
    const i = await declaredIncident(t, w);
    const ops = Array.from({ length: 200 }, (_, n) =>
      n % 2
        ? attempt(t, 'containIncident', { id: i.id, version: i.version }, w.commander)
        : attempt(t, 'cancelIncident', { id: i.id, version: i.version, reason: `Withdrawn ${n}` }, w.commander),
    );
    const results = await Promise.all(ops);
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(199);
    const [row] = await t.dataSource.query<{ status: string; version: number }[]>(
      `SELECT status, version FROM incident WHERE id = $1`,
      [i.id],
    );
    const winner = Object.values(winners[0].data ?? {})[0];
    expect(row).toEqual({ status: winner.status, version: i.version + 1 });
    const actions = await auditActions(t, i.id);
    expect(actions.filter((a) => a === 'incident.contained' || a === 'incident.cancelled')).toEqual([
      row.status === 'CONTAINED' ? 'incident.contained' : 'incident.cancelled',
    ]);
  });

  it('100 concurrent reports in one year get 100 distinct, gap-free references', async () => {
    const [{ last }] = await t.dataSource.query<{ last: number }[]>(
      `SELECT COALESCE(max(last_number), 0) AS last FROM incident_reference_counter WHERE year = 2026`,
    );
    const reports = await Promise.all(
      Array.from({ length: 100 }, (_, n) => report(t, w.trust.id, w.responder, { title: `Concurrent report ${n}` })),
    );
    const numbers = reports.map((r) => Number(r.reference.slice(-4))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 100 }, (_, n) => Number(last) + n + 1));
    expect(new Set(reports.map((r) => r.reference)).size).toBe(100);
  });

  it('20 concurrent retries of an API key report with one client key: one incident, one audit event', async () => {
    const { createApiKey } = await t.gql.ok<{ createApiKey: { secret: string } }>(
      CREATE_KEY,
      {
        input: { organisationId: w.trust.id, role: Role.RESPONDER, name: 'SOC SIEM' },
      },
      { token: w.orgAdmin.token },
    );
    const siem = { apiKey: createApiKey.secret };
    const [{ last }] = await t.dataSource.query<{ last: number }[]>(
      `SELECT last_number AS last FROM incident_reference_counter WHERE year = 2026`,
    );
    const input = {
      organisationId: w.trust.id,
      title: 'SIEM: mass encryption on file server',
      category: 'RANSOMWARE',
      clientKey: 'siem-alert-7731',
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => act(t, 'reportIncident', input, siem)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results[0]).toMatchObject({ reportedBy: null, status: 'REPORTED' });
    expect(await auditActions(t, results[0].id)).toEqual(['incident.reported']);
    const rows = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM incident WHERE client_key = 'siem-alert-7731'`,
    );
    expect(rows).toHaveLength(1);
    // The losers' numbers went back with their rollbacks: the next report is the next number.
    const next = await report(t, w.trust.id, w.responder);
    expect(Number(next.reference.slice(-4))).toBe(Number(last) + 2);
    // A later retry returns the same incident, even after it moved on.
    await act(t, 'declareIncident', { id: results[0].id, version: results[0].version }, w.commander);
    expect((await act(t, 'reportIncident', input, siem)).id).toBe(results[0].id);
  });
});
