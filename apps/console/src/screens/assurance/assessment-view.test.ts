import { describe, expect, it } from 'vitest';
import type { ActingOrganisation } from '../../components/roles';
import {
  assessmentActions,
  gapPlanWords,
  gapsOf,
  groupByDomain,
  mayConfirmAssessment,
  submitBlockers,
  type RatingRow,
} from './assessment-view';

const row = (reference: string, extra: Partial<RatingRow> = {}): RatingRow => ({
  id: `g-${reference}`,
  requirementId: `r-${reference}`,
  reference,
  title: reference,
  sectionReference: reference.split('-')[0],
  deepDive: false,
  rating: null,
  isGap: false,
  improvement: '',
  targetDate: null,
  action: null,
  ...extra,
});

describe('an assessment on screen', () => {
  it('groups requirements by domain in framework order, a CAF outcome under its objective', () => {
    const ratings = [
      row('GOV-01'),
      row('CBRN-01'),
      row('GOV-02'),
      row('B4.a', { sectionReference: 'B4', parentReference: 'B' }),
    ];
    const domains = groupByDomain(ratings, [
      { reference: 'GOV', name: 'Governance' },
      { reference: 'CBRN', name: 'Hazardous materials and CBRN' },
      {
        reference: 'B',
        name: 'Protecting against cyber attack',
        sections: [{ reference: 'B4', name: 'System security' }],
      },
    ]);
    expect(domains.map((d) => [d.name, d.ratings.map((r) => r.reference)])).toEqual([
      ['Governance', ['GOV-01', 'GOV-02']],
      ['Hazardous materials and CBRN', ['CBRN-01']],
      ['Protecting against cyber attack', ['B4.a']],
    ]);
  });

  it('lists the gaps, the worst first and then in framework order; fully met and unrated are not gaps', () => {
    const ratings = [
      row('GOV-01', { rating: 'FULLY_COMPLIANT' }),
      row('GOV-02', { rating: 'PARTIALLY_COMPLIANT', isGap: true }),
      row('RESP-01', { rating: null }),
      row('CBRN-01', { rating: 'NON_COMPLIANT', isGap: true }),
      row('CBRN-02', { rating: 'PARTIALLY_COMPLIANT', isGap: true }),
    ];
    expect(gapsOf(ratings).map((r) => r.reference)).toEqual(['CBRN-01', 'GOV-02', 'CBRN-02']);
  });

  it('says a gap’s plan, or that it needs one to be submitted', () => {
    expect(gapPlanWords({ improvement: 'Train a second team.', targetDate: '2026-03-31' })).toBe(
      'Train a second team. By 31 March 2026.',
    );
    expect(gapPlanWords({ improvement: 'Train a second team', targetDate: null })).toBe(
      'Train a second team. No target date yet.',
    );
    expect(gapPlanWords({ improvement: '', targetDate: null })).toContain('both are needed to submit');
  });

  it('says what stops a draft being submitted', () => {
    const planned = {
      rating: 'PARTIALLY_COMPLIANT' as const,
      isGap: true,
      improvement: 'Plan',
      targetDate: '2026-03-31',
    };
    expect(submitBlockers([row('GOV-01', { rating: 'FULLY_COMPLIANT' }), row('GOV-02', planned)])).toBeNull();
    expect(
      submitBlockers([row('GOV-01'), row('GOV-02'), row('CBRN-01', { rating: 'NON_COMPLIANT', isGap: true })]),
    ).toBe(
      'Before it can be submitted: 2 requirements are not rated yet, and 1 gap has no planned improvement and target date.',
    );
  });

  it('offers the organisation’s EPRR lead rating and submitting, the ICB confirm and challenge', () => {
    const eprr = { organisationId: 'trust', frameworkKind: 'EPRR_CORE_STANDARDS' as const };
    const lead = { id: 'trust', kind: 'ACUTE_TRUST' as const, roles: ['EPRR_LEAD' as const] };
    const icbLead = { id: 'icb', kind: 'ICB' as const, roles: ['EPRR_LEAD' as const] };
    const ig = { id: 'trust', kind: 'ACUTE_TRUST' as const, roles: ['IG_OFFICER' as const] };
    const as = (o: Pick<ActingOrganisation, 'id' | 'kind' | 'roles'>) => [o, [o]] as const;
    expect(assessmentActions({ ...eprr, status: 'DRAFT' }, ...as(lead))).toEqual(['SUBMIT']);
    expect(assessmentActions({ ...eprr, status: 'DRAFT' }, ...as(ig))).toEqual([]);
    expect(assessmentActions({ ...eprr, status: 'DRAFT' }, ...as(icbLead))).toEqual([]);
    expect(assessmentActions({ ...eprr, status: 'SUBMITTED' }, ...as(lead))).toEqual([]);
    expect(assessmentActions({ ...eprr, status: 'SUBMITTED' }, ...as(icbLead))).toEqual(['CONFIRM', 'RETURN']);
    expect(assessmentActions({ ...eprr, status: 'CONFIRMED' }, ...as(icbLead))).toEqual(['PUBLISH']);
    expect(assessmentActions({ ...eprr, status: 'PUBLISHED' }, ...as(icbLead))).toEqual([]);
    const caf = { organisationId: 'trust', frameworkKind: 'CAF_DSPT' as const, status: 'DRAFT' as const };
    expect(assessmentActions(caf, ...as(ig))).toEqual(['SUBMIT']);
    expect(assessmentActions(caf, ...as(lead))).toEqual([]);
  });

  it('offers confirm and challenge exactly where the API allows it: an ICB’s EPRR lead or a system administrator', () => {
    const submitted = {
      organisationId: 'trust',
      frameworkKind: 'EPRR_CORE_STANDARDS' as const,
      status: 'SUBMITTED' as const,
    };
    const otherLead = { id: 'other', kind: 'COMMUNITY_TRUST' as const, roles: ['EPRR_LEAD' as const] };
    const icbLead = { id: 'icb', kind: 'ICB' as const, roles: ['EPRR_LEAD' as const] };
    const icbViewer = { id: 'icb', kind: 'ICB' as const, roles: ['VIEWER' as const] };
    const admin = { id: 'soc', kind: 'SOC' as const, roles: ['SYSTEM_ADMIN' as const] };
    // Another trust's EPRR lead is not the ICB's: nothing to confirm.
    expect(mayConfirmAssessment([otherLead])).toBe(false);
    expect(assessmentActions(submitted, otherLead, [otherLead])).toEqual([]);
    // Nor is the ICB's viewer; an unknown kind is not assumed to be an ICB.
    expect(mayConfirmAssessment([icbViewer])).toBe(false);
    expect(mayConfirmAssessment([{ roles: ['EPRR_LEAD'] }])).toBe(false);
    // A system administrator, wherever they hold it.
    expect(assessmentActions(submitted, otherLead, [otherLead, admin])).toEqual(['CONFIRM', 'RETURN']);
    // The ICB's EPRR lead, whichever organisation they act for, and the ICB's own assessment too.
    expect(assessmentActions(submitted, otherLead, [otherLead, icbLead])).toEqual(['CONFIRM', 'RETURN']);
    expect(assessmentActions({ ...submitted, organisationId: 'icb' }, icbLead, [icbLead])).toEqual([
      'CONFIRM',
      'RETURN',
    ]);
  });
});
