/** The audit actions of the audit trail itself (see IdentityAudit: never change a string). */
export const AuditTrailAudit = {
  exported: 'audit.exported',
} as const;
