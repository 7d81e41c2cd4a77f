/**
 * The audit actions of readiness (its only writes are opt-ins). The strings are part of
 * the trail's history: never change one (add a new action instead).
 */
export const ReadinessAudit = {
  categoryOptedIn: 'readiness.category_opted_in',
  categoryOptInWithdrawn: 'readiness.category_opt_in_withdrawn',
} as const;
