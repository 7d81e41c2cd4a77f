/**
 * The audit actions of assignments and runbook activations. The strings are part of the
 * trail's history: never change one (add a new action instead). Every event of an
 * assignment on an incident carries its `incidentId`, so it is on the incident's timeline.
 */
export const AssignmentAudit = {
  created: 'assignment.created',
  acknowledged: 'assignment.acknowledged',
  started: 'assignment.started',
  blocked: 'assignment.blocked',
  unblocked: 'assignment.unblocked',
  completed: 'assignment.completed',
  cancelled: 'assignment.cancelled',
  waived: 'assignment.waived',
  reassigned: 'assignment.reassigned',
  dueChanged: 'assignment.due_changed',
  evidenceAdded: 'assignment.evidence_added',
  dependenciesSet: 'assignment.dependencies_set',
  /** The scheduler's escalation of an assignment past its due time (once per due time). */
  overdueEscalated: 'assignment.overdue_escalated',
  runbookActivated: 'runbook_activation.created',
} as const;

export type AssignmentAuditAction = (typeof AssignmentAudit)[keyof typeof AssignmentAudit];

export const ASSIGNMENT_ENTITY = 'assignment';
export const ACTIVATION_ENTITY = 'runbook_activation';
