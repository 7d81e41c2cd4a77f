/**
 * The audit actions of on-call rotas, escalation policies and pages. A page's events carry
 * its incident (when it has one), so they appear on the incident's timeline. The strings are
 * part of the trail's history: never change one.
 */
export const OnCallAudit = {
  rotaCreated: 'oncall.rota_created',
  rotaRenamed: 'oncall.rota_renamed',
  layerSet: 'oncall.layer_set',
  layerRemoved: 'oncall.layer_removed',
  overrideAdded: 'oncall.override_added',
  overrideCancelled: 'oncall.override_cancelled',
  policySet: 'oncall.policy_set',
  pageRaised: 'oncall.page_raised',
  pageSent: 'oncall.page_sent',
  pageEscalated: 'oncall.page_escalated',
  pageAcknowledged: 'oncall.page_acknowledged',
  pageExhausted: 'oncall.page_exhausted',
} as const;

export type OnCallAuditAction = (typeof OnCallAudit)[keyof typeof OnCallAudit];

/** What the audit trail calls the records of on-call. */
export const ONCALL_ENTITY = {
  rota: 'oncall_rota',
  policy: 'oncall_policy',
  page: 'oncall_page',
} as const;
