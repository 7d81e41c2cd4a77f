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
  /** Reviewed without change: the review clock restarts, no version is published. */
  reviewed: 'runbook.reviewed',
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

/**
 * Whether an action changes a draft's content (its details or steps): whoever recorded
 * one since the last approved version is a contributor to the draft, and four eyes keeps
 * contributors from approving it. Every action is listed, so a new one must be decided.
 */
export const CHANGES_DRAFT: Record<RunbookAuditAction, boolean> = {
  [RunbookAudit.created]: true,
  [RunbookAudit.updated]: true,
  [RunbookAudit.stepAdded]: true,
  [RunbookAudit.stepUpdated]: true,
  [RunbookAudit.stepsReordered]: true,
  [RunbookAudit.stepRemoved]: true,
  [RunbookAudit.adopted]: true,
  [RunbookAudit.updatedFromTemplate]: true,
  [RunbookAudit.imported]: true,
  // Metadata and lifecycle: none of them changes what a version would publish.
  [RunbookAudit.ownerSet]: false,
  [RunbookAudit.submitted]: false,
  [RunbookAudit.returnedToDraft]: false,
  [RunbookAudit.approved]: false,
  [RunbookAudit.revisionStarted]: false,
  [RunbookAudit.retired]: false,
  [RunbookAudit.reviewed]: false,
};

/** The actions whose actors are a draft's contributors (see CHANGES_DRAFT). */
export const DRAFT_CHANGE_ACTIONS: readonly RunbookAuditAction[] = (
  Object.keys(CHANGES_DRAFT) as RunbookAuditAction[]
).filter((action) => CHANGES_DRAFT[action]);
