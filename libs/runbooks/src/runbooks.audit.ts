/**
 * The audit actions of runbooks, their steps and template adoption. The strings are part
 * of the trail's history: never change one (add a new action instead); services, seeds
 * and fixtures record these constants, never a literal.
 */
export const RunbookAudit = {
  created: 'runbook.created',
  updated: 'runbook.updated',
  ownerSet: 'runbook.owner_set',
  submitted: 'runbook.submitted',
  returnedToDraft: 'runbook.returned_to_draft',
  approved: 'runbook.approved',
  revisionStarted: 'runbook.revision_started',
  retired: 'runbook.retired',
  stepAdded: 'runbook.step_added',
  stepUpdated: 'runbook.step_updated',
  stepsReordered: 'runbook.steps_reordered',
  stepRemoved: 'runbook.step_removed',
  adopted: 'runbook.adopted',
  updatedFromTemplate: 'runbook.updated_from_template',
  /** The demo seed's history of runbooks that predate Muster. */
  imported: 'runbook.imported',
} as const;

export type RunbookAuditAction = (typeof RunbookAudit)[keyof typeof RunbookAudit];
