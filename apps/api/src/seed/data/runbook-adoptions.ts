/**
 * How far each demo organisation has got with the ICB's ICS templates, so the readiness
 * matrix has real gaps. Months are before "now" (the start of the seed).
 * - current:   adopted the latest template version, approved 2 months ago (in date);
 * - overdue:   adopted version 1, approved 14 months ago (12-month review passed);
 * - behind:    adopted version 1, approved 7 months ago, the template has moved to version 2;
 * - draft:     adopted 3 weeks ago, never approved;
 * - inReview:  adopted, submitted for review, not yet approved;
 * - revising:  approved 2 months ago, now a new draft (the approved version stays in force);
 * - a template missing from an organisation's plan is a category it has no runbook for.
 */
export type AdoptionState = 'current' | 'overdue' | 'behind' | 'draft' | 'inReview' | 'revising';

/** ODS code of the ICB that publishes the ICS templates. */
export const TEMPLATE_PUBLISHER_ODS = 'QNC';

/**
 * The one ICS template the ICB has let pass its 12-month review: a gap of the ICB's (every
 * organisation that adopted it is measured against it).
 */
export const STALE_TEMPLATE = 'supplier-compromise';

/**
 * Template history, in months before now: version 2 (ransomware, DDoS, EPR outage) 3 months
 * ago on a version 1 of 18 months ago (the acute trust's overdue plan took version 1 15
 * months ago); a template still on version 1 was approved 10 months ago, in date — but for
 * the stale template, 18 months ago.
 */
export function templateVersionAge(key: string, latestVersion: number, version: number): number {
  if (version >= 2) return 3;
  return latestVersion >= 2 || key === STALE_TEMPLATE ? 18 : 10;
}

/**
 * Most plans are current, so the few real gaps stand out: the acute trust's ransomware plan
 * is past its review, the mental-health trust's DDoS plan is behind its template (it has
 * no Cyber/SOC team of its own: the ICS SOC delivers that for it), the county
 * council's plans are owned by an EPRR lead who has left, and the city council has no IG
 * officer for the IG steps; and the ICB's own supplier compromise template is past its
 * review (STALE_TEMPLATE).
 */
export const RUNBOOK_ADOPTIONS: Record<string, Record<string, AdoptionState>> = {
  // University Hospitals of North Midlands: ready but for its ransomware plan, past review.
  RJE: {
    ransomware: 'overdue',
    'data-breach': 'current',
    'supplier-compromise': 'current',
    ddos: 'current',
    'account-compromise': 'current',
    'epr-outage': 'current',
  },
  // Midlands Partnership: every plan current.
  RRE: {
    ransomware: 'current',
    'data-breach': 'current',
    'supplier-compromise': 'current',
    ddos: 'current',
    'account-compromise': 'current',
    'epr-outage': 'current',
  },
  // Combined Healthcare: DDoS behind the template; its email compromise plan in review.
  RLY: {
    ransomware: 'current',
    'data-breach': 'current',
    ddos: 'behind',
    'account-compromise': 'inReview',
    'epr-outage': 'current',
    'supplier-compromise': 'current',
  },
  // West Midlands Ambulance Service: every plan current.
  RYA: {
    ransomware: 'current',
    'data-breach': 'current',
    'supplier-compromise': 'current',
    ddos: 'current',
    'account-compromise': 'current',
    'epr-outage': 'current',
  },
  // Staffordshire County Council: its EPRR lead, who owns its plans, has left.
  E10000028: { ransomware: 'current', 'data-breach': 'current', 'account-compromise': 'current', ddos: 'current' },
  // Stoke-on-Trent City Council: approved and in date, but no IG officer for the IG steps.
  E06000021: { ransomware: 'current', 'data-breach': 'current' },
  // The ICB itself: revising its ransomware runbook.
  QNC: {
    ransomware: 'revising',
    'data-breach': 'current',
    'supplier-compromise': 'current',
    ddos: 'current',
    'account-compromise': 'current',
  },
  // The ICS SOC.
  QNCSOC: { ransomware: 'current', ddos: 'current', 'account-compromise': 'current' },
};

/** When each state was adopted and approved (months before now), and which template version it took. */
export const ADOPTION_HISTORY: Record<
  AdoptionState,
  { adoptedMonthsAgo: number; approvedMonthsAgo: number | null; templateVersion: 'first' | 'latest' }
> = {
  current: { adoptedMonthsAgo: 2.5, approvedMonthsAgo: 2, templateVersion: 'latest' },
  overdue: { adoptedMonthsAgo: 15, approvedMonthsAgo: 14, templateVersion: 'first' },
  behind: { adoptedMonthsAgo: 8, approvedMonthsAgo: 7, templateVersion: 'first' },
  draft: { adoptedMonthsAgo: 0.75, approvedMonthsAgo: null, templateVersion: 'latest' },
  inReview: { adoptedMonthsAgo: 1, approvedMonthsAgo: null, templateVersion: 'latest' },
  revising: { adoptedMonthsAgo: 2.5, approvedMonthsAgo: 2, templateVersion: 'latest' },
};
