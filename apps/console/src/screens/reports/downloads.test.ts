import { describe, expect, it } from 'vitest';
import { reportUrl } from './downloads';

describe('report addresses', () => {
  it('names the table, the period and the organisation', () => {
    expect(reportUrl('csv', '2026/27', null, 'on-call')).toBe('/reports/on-call.csv?period=2026%2F27');
    expect(reportUrl('csv', '2026-10', 'org-1', 'ig')).toBe('/reports/ig.csv?period=2026-10&organisationId=org-1');
    expect(reportUrl('board-pdf', '2026-10', null)).toBe('/reports/board-report/ics.pdf?period=2026-10');
    expect(reportUrl('board-html', '2026-10', 'org-1')).toBe('/reports/board-report/org-1.html?period=2026-10');
  });
});
