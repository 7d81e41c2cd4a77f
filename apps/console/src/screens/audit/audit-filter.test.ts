import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, londonMidnight, toFilter, validateFilter } from './audit-filter';

describe('the audit filter', () => {
  it('leaves out empty fields and keeps the organisation', () => {
    expect(toFilter(EMPTY_FILTER, null)).toEqual({});
    expect(toFilter({ ...EMPTY_FILTER, action: ' runbook.approved ' }, 'org')).toEqual({
      organisationId: 'org',
      action: 'runbook.approved',
    });
  });

  it('reads dates as whole days in UK time, across the clock change', () => {
    expect(londonMidnight('2026-01-15').toISOString()).toBe('2026-01-15T00:00:00.000Z');
    expect(londonMidnight('2026-07-15').toISOString()).toBe('2026-07-14T23:00:00.000Z');
    expect(toFilter({ ...EMPTY_FILTER, from: '2026-07-01', to: '2026-07-01' }, null)).toEqual({
      from: '2026-06-30T23:00:00.000Z',
      to: '2026-07-01T23:00:00.000Z',
    });
  });

  it('refuses an end before the start', () => {
    expect(validateFilter({ ...EMPTY_FILTER, from: '2026-07-02', to: '2026-07-01' })[0].field).toBe('audit-to');
    expect(validateFilter({ ...EMPTY_FILTER, from: '2026-07-01', to: '2026-07-01' })).toEqual([]);
  });
});
