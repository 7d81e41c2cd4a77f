import { startTestApp, TestApp } from '@muster/testing';
import { createIgWorld, decide, IgWorld, openThread, personalDataIncident } from './ig-api';

/** The IG clocks and the DSPT thresholds come from configuration. */
describe('IG configuration', () => {
  let t: TestApp;
  let w: IgWorld;

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        IG_SENIOR_MANAGEMENT_REPORT_HOURS: '6',
        IG_PROCESSOR_NOTICE_HOURS: '2',
        IG_REPORTABLE_MIN_LIKELIHOOD: '4',
        IG_REPORTABLE_MIN_SEVERITY: '3',
      },
    });
    w = await createIgWorld(t);
  });
  afterAll(() => t.close());

  it('sets the senior-management and processor clocks and suggests reportability as configured', async () => {
    const i = await personalDataIncident(t, w);
    const th = await openThread(t, w.igOfficer, i.id, w.trust.id, '2026-11-28T06:00:00Z', {
      detectedAt: '2026-11-28T01:00:00Z',
      processor: { name: 'ICS SOC' },
    });
    expect(th.seniorManagement.dueAt).toBe('2026-11-28T07:00:00.000Z');
    expect(th.processor).toMatchObject({ dueAt: '2026-11-28T03:00:00.000Z', metAt: null, late: true });
    // Likelihood 3 × severity 2 is below these thresholds: not reportable needs no reason.
    const d = await decide(t, w.igOfficer, th.id, 'ICO_ART33', {
      outcome: 'NOT_REPORTABLE',
      likelihood: 3,
      severity: 2,
    });
    expect(d.content).toMatchObject({ suggestedReportable: false, againstSuggestionReason: null });
  });
});
