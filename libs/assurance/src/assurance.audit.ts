/**
 * The audit actions of assurance. The strings are part of the trail's history: never
 * change one (add a new action instead).
 */
export const AssuranceAudit = {
  frameworkImported: 'assurance.framework_imported',
  assessmentStarted: 'assurance.assessment_started',
  assessmentStartedFromPrevious: 'assurance.assessment_started_from_previous',
  requirementRated: 'assurance.requirement_rated',
  requirementsRated: 'assurance.requirements_rated',
  assessmentSubmitted: 'assurance.assessment_submitted',
  assessmentConfirmed: 'assurance.assessment_confirmed',
  assessmentReturned: 'assurance.assessment_returned',
  assessmentPublished: 'assurance.assessment_published',
  gapActionRaised: 'assurance.gap_action_raised',
} as const;

export type AssuranceAuditAction = (typeof AssuranceAudit)[keyof typeof AssuranceAudit];
