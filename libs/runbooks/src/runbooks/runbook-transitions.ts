import { Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { RunbookStatus } from './runbook-status';

const { DRAFT, IN_REVIEW, APPROVED, RETIRED } = RunbookStatus;

/** What a guard sees of the runbook and the caller. */
export interface TransitionFacts {
  status: RunbookStatus;
  stepCount: number;
  ownerUserId: string | null;
  submittedBy: string | null;
  /** The user asking; null for API keys and the system. */
  actorUserId: string | null;
}

/** A rule that must hold; returns the error to raise when it does not. */
export type Guard = (facts: TransitionFacts) => DomainError | null;

export type RunbookAction = 'edit' | 'submit' | 'returnToDraft' | 'approve' | 'revise' | 'retire';

export interface RunbookTransition {
  action: RunbookAction;
  from: readonly RunbookStatus[];
  to: RunbookStatus;
  /** Roles the caller must hold in the runbook's organisation. */
  roles: readonly Role[];
  /** What must hold besides the state, in words (documentation) and as checks. */
  requires: readonly { rule: string; check: Guard }[];
  summary: string;
}

const EDITORS: readonly Role[] = [Role.EPRR_LEAD, Role.ORG_ADMIN];

const hasSteps: Guard = (f) => (f.stepCount > 0 ? null : DomainError.conflict('A runbook needs at least one step before it is submitted'));
const hasOwner: Guard = (f) => (f.ownerUserId ? null : DomainError.conflict('A runbook needs an owner before it is submitted (setRunbookOwner)'));
const byAPerson: Guard = (f) => (f.actorUserId ? null : DomainError.forbidden('Approval needs a named person, not an API key'));
const fourEyes: Guard = (f) =>
  f.submittedBy !== null && f.submittedBy === f.actorUserId
    ? DomainError.forbidden('Four eyes: the person who submitted this runbook for review cannot approve it')
    : null;

/**
 * The lifecycle, as a table: from which states an action is allowed, the state it leads
 * to, who may take it and what must hold. `edit` (title, steps, owner of the working
 * copy) is listed too: it keeps a DRAFT a DRAFT. An APPROVED runbook is only changed by
 * `revise`, which starts a new draft while the approved version stays in force.
 */
export const RUNBOOK_TRANSITIONS: readonly RunbookTransition[] = [
  { action: 'edit', from: [DRAFT], to: DRAFT, roles: EDITORS, requires: [], summary: 'edit steps or details' },
  {
    action: 'submit', from: [DRAFT], to: IN_REVIEW, roles: EDITORS,
    requires: [{ rule: 'at least one step', check: hasSteps }, { rule: 'an owner is set', check: hasOwner }],
    summary: 'submit for review',
  },
  { action: 'returnToDraft', from: [IN_REVIEW], to: DRAFT, roles: EDITORS, requires: [], summary: 'return to draft' },
  {
    action: 'approve', from: [IN_REVIEW], to: APPROVED, roles: [Role.EPRR_LEAD],
    requires: [{ rule: 'approved by a person', check: byAPerson }, { rule: 'not the person who submitted it', check: fourEyes }],
    summary: 'approve',
  },
  { action: 'revise', from: [APPROVED], to: DRAFT, roles: EDITORS, requires: [], summary: 'start a new draft' },
  { action: 'retire', from: [DRAFT, IN_REVIEW, APPROVED], to: RETIRED, roles: EDITORS, requires: [], summary: 'retire' },
];

/** Why an action is not possible in a state: said so the caller knows what to do instead. */
const WRONG_STATE_HINTS: Partial<Record<RunbookStatus, string>> = {
  [IN_REVIEW]: 'is in review; return it to draft first',
  [APPROVED]: 'is approved; start a new draft (reviseRunbook) to change it',
  [RETIRED]: 'is retired',
  [DRAFT]: 'is a draft (not submitted for review)',
};

export function transitionFacts(
  runbook: Pick<TransitionFacts, 'status' | 'ownerUserId' | 'submittedBy'>,
  actorUserId: string | null,
  stepCount = 0,
): TransitionFacts {
  return { status: runbook.status, ownerUserId: runbook.ownerUserId, submittedBy: runbook.submittedBy, actorUserId, stepCount };
}

export function transitionFor(action: RunbookAction): RunbookTransition {
  const transition = RUNBOOK_TRANSITIONS.find((t) => t.action === action);
  if (!transition) throw new Error(`No runbook transition for ${action}`);
  return transition;
}

/**
 * Checks the state and the rules of `action` (the caller's role is checked by the access
 * policy with `transition.roles`); returns the state to move to or throws CONFLICT /
 * FORBIDDEN with a reason.
 */
export function planTransition(action: RunbookAction, facts: TransitionFacts): RunbookStatus {
  const transition = transitionFor(action);
  if (!transition.from.includes(facts.status)) {
    throw DomainError.conflict(`Cannot ${transition.summary}: the runbook ${WRONG_STATE_HINTS[facts.status]}`);
  }
  for (const { check } of transition.requires) {
    const error = check(facts);
    if (error) throw error;
  }
  return transition.to;
}
