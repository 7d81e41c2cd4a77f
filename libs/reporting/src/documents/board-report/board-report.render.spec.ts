import { contentOfDocument } from '../document-shell';
import { sha256 } from '../html';
import { renderBoardReport } from './board-report.render';
import { BoardReportData } from './board-report.types';

const months = (values: (number | null)[]) => values.map((value, i) => ({ month: `M${i + 1}`, value }));

/** A hand-made period: every number here is printed as given, nothing is computed. */
const DATA: BoardReportData = {
  subject: 'Muster <ICS>',
  periodLabel: 'November 2026',
  periodFrom: new Date('2026-11-01T00:00:00Z'),
  periodTo: new Date('2026-11-30T23:59:59Z'),
  generatedAt: new Date('2026-12-01T09:30:00Z'),
  incidents: {
    total: 7,
    byType: [
      { key: 'BUSINESS_CONTINUITY', count: 4 },
      { key: 'CRITICAL', count: 3 },
    ],
    byLevel: [
      { key: 1, count: 5 },
      { key: 2, count: 2 },
    ],
    trend: months([1, 0, 2, 3, 1, 0, 0, 4, 2, 1, 3, 7]),
  },
  assignments: {
    doneOnTimePercent: 83.33,
    open: 12,
    overdue: 2,
    trend: months([70, 75, null, 80, 81, 82, 83, 84, 85, 86, 87, 83.33]),
  },
  exerciseCompliance: {
    rows: ['North Trust', 'South Trust'],
    columns: ['TABLE_TOP', 'LIVE_PLAY'],
    cells: [
      [100, 0],
      [50, null],
    ],
  },
  readiness: { rows: ['North Trust'], columns: ['RANSOMWARE'], cells: [[62]] },
  ig: {
    decidedWithin72hPercent: 66.7,
    threads: 3,
    lateNotifications: [{ key: 'Awaiting forensic report', count: 1 }],
    trend: months(new Array<number | null>(12).fill(null)),
  },
  assurance: [{ organisation: 'North Trust', band: 'SUBSTANTIAL', compliantPercent: 91, cafRating: null }],
  posture: [
    {
      organisation: 'North Trust',
      criticalPastTarget: 2,
      patchCompliancePercent: 94.5,
      alertsAcknowledgedWithin48hPercent: null,
    },
  ],
};

describe('renderBoardReport', () => {
  const { html, checksum } = renderBoardReport(DATA);

  it('prints each section with the numbers it was given', () => {
    for (const id of ['cover', 'incidents', 'assignments', 'exercises', 'readiness', 'ig', 'assurance', 'posture'])
      expect(html).toContain(`<section id="${id}">`);
    expect(html).toContain('<h1>Muster &lt;ICS&gt;: November 2026</h1>');
    expect(html).toContain('Period 01 Nov 2026 to 30 Nov 2026 (Europe/London) · generated 01 Dec 2026, 09:30 GMT');
    expect(html).toContain('<strong>7</strong> incident(s)');
    expect(html).toContain('<tr><td>Business continuity</td><td>4</td></tr>');
    expect(html).toContain('<tr><td>Level 2</td><td>2</td></tr>');
    expect(html).toContain('Done on time: <strong>83.3%</strong> · open 12 · overdue 2');
    expect(html).toContain('<strong>66.7%</strong> of 3 thread(s)');
    expect(html).toContain('<tr><td>Awaiting forensic report</td><td>1</td></tr>');
    expect(html).toContain('<tr><td>North Trust</td><td>Substantial</td><td>91%</td><td>–</td></tr>');
    expect(html).toContain('<tr><td>North Trust</td><td>2</td><td>94.5%</td><td>–</td></tr>');
  });

  it('draws the trends and heat maps as inline SVG with titles, and loads nothing', () => {
    expect(html.match(/<svg /g)).toHaveLength(5); // 3 trends, 2 heat maps
    expect(html).toContain('<title id="incidents-trend-title">Incidents per month</title>');
    expect(html).toContain('<title>North Trust, Table top: 100%</title>');
    expect(html).toContain('<title>North Trust, Ransomware: 62</title>');
    expect(html).not.toMatch(/<script|<img|<link|\shref=|\ssrc=|url\(/i);
  });

  it('checksums its content like the other documents', () => {
    expect(checksum).toBe(sha256(contentOfDocument(html)));
    expect(html).toContain(`SHA-256 ${checksum}</footer>`);
  });
});
