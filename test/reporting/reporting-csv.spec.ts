import { FixedClock } from '@muster/platform-core';
import { createOrganisation, startTestApp, TestApp } from '@muster/testing';
import { ReportingAudit } from '@muster/reporting';
import { downloadCsv } from './reporting-api';
import { Scenario, seedScenario } from './reporting-scenario';

const Y = 2033;

describe('metric tables as CSV', () => {
  let t: TestApp;
  let s: Scenario;

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(new Date(`${Y}-11-28T09:00:00Z`)) });
    s = await seedScenario(t, Y);
  });
  afterAll(() => t.close());

  it('downloads a table with the API’s bearer token, as RFC 4180 CSV, and audits the export', async () => {
    const res = await downloadCsv(t, `/reports/incidents.csv?period=${Y}-10`, s.board);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="incidents-${Y}-10-system.csv"`);
    const body = await res.text();
    const lines = body.split('\r\n');
    expect(lines[0]).toBe('dimension,key,name,incidents');
    expect(lines).toContain('ALL,,,5');
    expect(lines).toContain('CATEGORY,RANSOMWARE,,3');
    expect(lines).toContain(`LEAD_ORGANISATION,${s.trustA.id},Scenario Trust A,3`);
    expect(body.endsWith('\r\n')).toBe(true);

    const [event] = await t.dataSource.query<{ actor_id: string; organisation_id: string | null; summary: string }[]>(
      `SELECT actor_id, organisation_id, summary FROM audit_event WHERE action = $1 AND actor_id = $2`,
      [ReportingAudit.csvExported, s.board.id],
    );
    expect(event).toMatchObject({ actor_id: s.board.id, organisation_id: null });
    expect(event.summary).toContain(`incidents for ${Y}-10`);
  });

  it('exports an organisation’s table for a financial year (period=YYYY/YY) to its members', async () => {
    const res = await downloadCsv(
      t,
      `/reports/assignments.csv?period=${Y}%2F${(Y + 1) % 100}&organisationId=${s.trustA.id}`,
      s.responderA,
    );
    expect(res.status).toBe(200);
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).toBe(
      'grouping,function,organisation_id,organisation_name,open,overdue,done,done_on_time_percent,median_minutes_to_acknowledge,median_minutes_to_complete',
    );
    expect(lines[1].startsWith('ALL,,,,')).toBe(true);
  });

  it('answers as the API does: 401 without a token, 404 for another organisation or an unknown table, 400 for a bad period', async () => {
    expect((await downloadCsv(t, `/reports/incidents.csv?period=${Y}-10`)).status).toBe(401);
    expect(
      (await downloadCsv(t, `/reports/incidents.csv?period=${Y}-10&organisationId=${s.trustB.id}`, s.responderA))
        .status,
    ).toBe(404);
    expect((await downloadCsv(t, `/reports/incidents.csv?period=${Y}-10`, s.responderA)).status).toBe(403);
    expect((await downloadCsv(t, `/reports/salaries.csv?period=${Y}-10`, s.admin)).status).toBe(404);
    expect((await downloadCsv(t, `/reports/incidents.csv?period=${Y}-13`, s.admin)).status).toBe(400);
    expect((await downloadCsv(t, '/reports/incidents.csv', s.admin)).status).toBe(400);
    expect((await downloadCsv(t, '/reports/incidents.csv?period=${Y}-10&organisationId=nope', s.admin)).status).toBe(
      400,
    );
  });

  it('escapes a cell a spreadsheet would read as a formula', async () => {
    const evil = await createOrganisation(t, { name: '=HYPERLINK("http://evil.example","Click")' });
    const res = await downloadCsv(
      t,
      `/reports/exercise-compliance.csv?period=${Y}-10&organisationId=${evil.id}`,
      s.admin,
    );
    const lines = (await res.text()).split('\r\n');
    expect(lines[1]).toBe(`${evil.id},"'=HYPERLINK(""http://evil.example"",""Click"")",COMMUNICATIONS,,,OVERDUE`);
  });
});
