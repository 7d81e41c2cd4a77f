/**
 * The audit actions of assurance. The strings are part of the trail's history: never
 * change one (add a new action instead).
 */
export const AssuranceAudit = {
  frameworkImported: 'assurance.framework_imported',
} as const;

export type AssuranceAuditAction = (typeof AssuranceAudit)[keyof typeof AssuranceAudit];
