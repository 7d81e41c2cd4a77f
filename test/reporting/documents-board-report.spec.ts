import { existsSync } from 'node:fs';
import { FixedClock } from '@muster/platform-core';
import { ReportDocumentsAudit } from '@muster/reporting';
import { startTestApp, TestApp } from '@muster/testing';
import { contentOf, fetchDocument, sha256 } from './documents-api';
import { Scenario, seedScenario } from './reporting-scenario';

const Y = 2035;

/**
 * The board report of a period: the standardised metrics laid out for printing — the
 * system's for the board, one organisation's for its members — with inline SVG charts, no
 * external asset, a checksum on every page and in the audit trail.
 */
describe('Board report', () => {
  let t: TestApp;
  let s: Scenario;

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(new Date(`${Y}-11-28T09:00:00Z`)) });
    s = await seedScenario(t, Y);
  });
  afterAll(() => t.close());

  it("prints the system's figures of a month for the board, with charts, and audits the generation", async () => {
    const doc = await fetchDocument(t, `/reports/board-report/ics.html?period=${Y}-10`, s.board);
    expect(doc.status).toBe(200);
    expect(doc.contentType).toBe('text/html; charset=utf-8');
    for (const section of ['cover', 'incidents', 'assignments', 'exercises', 'readiness', 'ig', 'assurance', 'posture'])
      expect(doc.text).toContain(`<section id="${section}">`);
    // The scenario's October: five incidents (reporting-metrics.spec.ts works them out by hand).
    expect(doc.text).toContain('<strong>5</strong> incident(s) in the period.');
    expect(doc.text).toContain('<svg');
    // Self-contained: no script, no stylesheet, image or font fetched from anywhere.
    expect(doc.text.match(/<script|<link|(?:src|href)=["']?https?:|url\(\s*["']?https?:/gi)).toBeNull();
    const checksum = sha256(contentOf(doc.text));
    expect(doc.checksumHeader).toBe(`sha256:${checksum}`);
    const [event] = await t.dataSource.query<{ organisation_id: string | null; changes: { checksum: string } }[]>(
      `SELECT organisation_id, changes FROM audit_event WHERE action = $1 AND actor_id = $2 ORDER BY id DESC LIMIT 1`,
      [ReportDocumentsAudit.boardReportGenerated, s.board.id],
    );
    expect(event).toMatchObject({ organisation_id: null, changes: { checksum } });
  });

  it("prints one organisation's figures for a financial year to its members; others are refused as the metrics are", async () => {
    const own = await fetchDocument(
      t,
      `/reports/board-report/${s.trustA.id}.html?period=${Y}%2F${(Y + 1) % 100}`,
      s.responderA,
    );
    expect(own.status).toBe(200);
    expect(own.text).toContain('Scenario Trust A');
    expect(
      (await fetchDocument(t, `/reports/board-report/${s.trustB.id}.html?period=${Y}-10`, s.responderA)).status,
    ).toBe(404);
    expect((await fetchDocument(t, `/reports/board-report/ics.html?period=${Y}-10`, s.responderA)).status).toBe(403);
    expect((await fetchDocument(t, `/reports/board-report/ics.html?period=${Y}-10`, null)).status).toBe(401);
    expect((await fetchDocument(t, `/reports/board-report/ics.html?period=October`, s.board)).status).toBe(400);
  });

  it('prints it as PDF when the server has a browser', async () => {
    if (!existsSync('/usr/bin/chromium')) {
      console.warn('skipped: no /usr/bin/chromium on this machine (apt-get install -y chromium)');
      return;
    }
    const pdf = await fetchDocument(t, `/reports/board-report/ics.pdf?period=${Y}-10`, s.board);
    expect(pdf.status).toBe(200);
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
