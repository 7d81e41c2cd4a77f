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
 * Template history, in months before now: every template's version 1, and version 2 where
 * there is one (ransomware, EPR outage). Templates still on version 1 are past their own
 * 12-month review: a gap of the ICB's.
 */
export const TEMPLATE_VERSION_AGES: Record<number, number> = { 1: 18, 2: 3 };

export const RUNBOOK_ADOPTIONS: Record<string, Record<string, AdoptionState>> = {
  // University Hospitals of North Midlands: nearly ready; email compromise overdue, EPR behind.
  RJE: { ransomware: 'current', 'data-breach': 'current', 'supplier-compromise': 'current', ddos: 'current', 'account-compromise': 'overdue', 'epr-outage': 'behind' },
  // Midlands Partnership: ransomware behind, supplier still a draft, no DDoS runbook.
  RRE: { ransomware: 'behind', 'data-breach': 'current', 'supplier-compromise': 'draft', 'account-compromise': 'current', 'epr-outage': 'current' },
  // Combined Healthcare: ransomware overdue, account compromise in review, no supplier or DDoS runbook.
  RLY: { ransomware: 'overdue', 'data-breach': 'current', 'account-compromise': 'inReview', 'epr-outage': 'behind' },
  // Staffordshire County Council: its EPRR lead (and runbook owner) has left; data breach overdue.
  E10000028: { ransomware: 'current', 'data-breach': 'overdue', 'account-compromise': 'current', ddos: 'draft' },
  // Stoke-on-Trent City Council: approved and in date, but no IG officer for the IG steps.
  E06000021: { ransomware: 'current', 'data-breach': 'current' },
  // The ICB itself: revising its ransomware runbook.
  QNC: { ransomware: 'revising', 'data-breach': 'current', 'supplier-compromise': 'current', ddos: 'current', 'account-compromise': 'current' },
  // The ICS SOC.
  QNCSOC: { ransomware: 'current', ddos: 'current', 'account-compromise': 'current' },
};

/** When each state was adopted and approved (months before now), and which template version it took. */
export const ADOPTION_HISTORY: Record<AdoptionState, { adoptedMonthsAgo: number; approvedMonthsAgo: number | null; templateVersion: 'first' | 'latest' }> = {
  current: { adoptedMonthsAgo: 2.5, approvedMonthsAgo: 2, templateVersion: 'latest' },
  overdue: { adoptedMonthsAgo: 15, approvedMonthsAgo: 14, templateVersion: 'first' },
  behind: { adoptedMonthsAgo: 8, approvedMonthsAgo: 7, templateVersion: 'first' },
  draft: { adoptedMonthsAgo: 0.75, approvedMonthsAgo: null, templateVersion: 'latest' },
  inReview: { adoptedMonthsAgo: 1, approvedMonthsAgo: null, templateVersion: 'latest' },
  revising: { adoptedMonthsAgo: 2.5, approvedMonthsAgo: 2, templateVersion: 'latest' },
};
