import { describe, expect, it } from 'vitest';
import { complianceOrganisations, complianceSummary, typeComplianceWords } from './compliance-words';

const base = { intervalMonths: 12, nextDueAt: null, last: null };

describe('exercise compliance in words', () => {
  it('says a type never recorded is due now, with its frequency', () => {
    expect(
      typeComplianceWords({
        ...base,
        type: 'LIVE_PLAY',
        words: 'live play exercise',
        intervalMonths: 36,
        status: 'OVERDUE',
      }),
    ).toBe('Live play exercise never recorded: one is due now (every 3 years)');
  });

  it('says since when a type is overdue and what met it last', () => {
    expect(
      typeComplianceWords({
        type: 'COMMUNICATIONS',
        words: 'communications exercise',
        intervalMonths: 6,
        status: 'OVERDUE',
        nextDueAt: '2026-05-20T09:30:00Z',
        last: { kind: 'EXERCISE', id: 'e', title: 'Cascade test', at: '2025-11-20T09:30:00Z' },
      }),
    ).toBe('Communications exercise overdue since 20 May 2026 (last ‘Cascade test’ on 20 Nov 2025; every 6 months)');
  });

  it('says when the next of a type in date is due, and a real incident that counted', () => {
    expect(
      typeComplianceWords({
        type: 'COMMAND_POST',
        words: 'command post exercise',
        intervalMonths: 36,
        status: 'IN_DATE',
        nextDueAt: '2029-11-20T09:30:00Z',
        last: { kind: 'INCIDENT', id: 'i', title: 'INC-2026-0042 Ransomware', at: '2026-11-20T09:30:00Z' },
      }),
    ).toBe(
      'Command post exercise in date: next due by 20 Nov 2029 (last the incident INC-2026-0042 Ransomware on 20 Nov 2026)',
    );
  });

  it('puts what is overdue first, with a headline', () => {
    const summary = complianceSummary({
      organisationId: 'o',
      organisationName: 'Trust',
      evaluatedAt: '2026-11-29T00:00:00Z',
      types: [
        {
          ...base,
          type: 'TABLE_TOP',
          words: 'table-top exercise',
          status: 'IN_DATE',
          nextDueAt: '2027-11-20T09:30:00Z',
          last: { kind: 'EXERCISE', id: 'e', title: 'Cyber', at: '2026-11-20T09:30:00Z' },
        },
        { ...base, type: 'LIVE_PLAY', words: 'live play exercise', intervalMonths: 36, status: 'OVERDUE' },
      ],
    });
    expect(summary.headline).toBe('1 of 2 exercise types overdue or never recorded');
    expect(summary.overdue).toEqual(['Live play exercise never recorded: one is due now (every 3 years)']);
    expect(summary.inDate).toHaveLength(1);
  });

  it('shows every organisation to an ICB EPRR lead or a system-wide role, else the person’s own', () => {
    const all = [
      { id: 'icb', name: 'Northshire ICB', kind: 'ICB' },
      { id: 'trust', name: 'Eastbrook Trust', kind: 'ACUTE_TRUST' },
      { id: 'council', name: 'Borough Council', kind: 'LOCAL_AUTHORITY' },
    ];
    const trustLead = [{ role: 'EPRR_LEAD', organisation: { id: 'trust', name: 'Eastbrook Trust' } }];
    const icbLead = [{ role: 'EPRR_LEAD', organisation: { id: 'icb', name: 'Northshire ICB' } }];
    const icbResponder = [{ role: 'RESPONDER', organisation: { id: 'icb', name: 'Northshire ICB' } }];
    expect(complianceOrganisations(trustLead, all).map((o) => o.id)).toEqual(['trust']);
    expect(complianceOrganisations(icbLead, all).map((o) => o.id)).toEqual(['council', 'trust', 'icb']);
    expect(complianceOrganisations(icbResponder, all).map((o) => o.id)).toEqual(['icb']);
    expect(complianceOrganisations([{ role: 'AUDITOR', organisation: all[1] }], all)).toHaveLength(3);
    // Before the organisations have loaded: the person's own.
    expect(complianceOrganisations(icbLead, null).map((o) => o.id)).toEqual(['icb']);
  });
});
