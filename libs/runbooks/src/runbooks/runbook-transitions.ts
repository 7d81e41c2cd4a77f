import { Guard as TransitionGuard, Role, Transition, transitionTable } from '@muster/platform-access';
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
  /** Who changed the draft since the last approved version (from the audit trail); read for approval only. */
  draftContributors: readonly string[];
}

/** A rule that must hold; returns the error to raise when it does not. */
export type Guard = TransitionGuard<TransitionFacts>;

export type RunbookAction = 'edit' | 'submit' | 'returnToDraft' | 'approve' | 'revise' | 'retire' | 'markReviewed';

export type RunbookTransition = Transition<RunbookAction, RunbookStatus, TransitionFacts>;

const EDITORS: readonly Role[] = [Role.EPRR_LEAD, Role.ORG_ADMIN];

const hasSteps: Guard = (f) =>
  f.stepCount > 0 ? null : DomainError.conflict('A runbook needs at least one step before it is submitted');
const hasOwner: Guard = (f) =>
  f.ownerUserId ? null : DomainError.conflict('A runbook needs an owner before it is submitted (setRunbookOwner)');
const byAPerson =
  (what: string): Guard =>
  (f) =>
    f.actorUserId ? null : DomainError.forbidden(`${what} needs a named person, not an API key`);
const fourEyes: Guard = (f) => {
  if (f.actorUserId === null) return null; // byAPerson refuses it
  if (f.submittedBy === f.actorUserId) {
    return DomainError.forbidden('Four eyes: the person who submitted this runbook for review cannot approve it');
  }
  if (f.draftContributors.includes(f.actorUserId)) {
    return DomainError.forbidden(
      'Four eyes: you changed this draft since the last approved version, so you cannot approve it; another EPRR lead must',
    );
  }
  return null;
};

/**
 * The lifecycle, as a table: from which states an action is allowed, the state it leads
 * to, who may take it and what must hold. `edit` (title, steps, owner of the working
 * copy) is listed too: it keeps a DRAFT a DRAFT, and its roles are also who creates a
 * runbook, adopts a template or sets an owner. An APPROVED runbook is only changed by
 * `revise`, which starts a new draft while the approved version stays in force, or by
 * `markReviewed`, which restarts its review clock. Approving, retiring and reviewing are
 * the EPRR lead's, by name.
 */
export const RUNBOOK_TRANSITIONS: readonly RunbookTransition[] = [
  { action: 'edit', from: [DRAFT], to: DRAFT, roles: EDITORS, requires: [], summary: 'edit steps or details' },
  {
    action: 'submit',
    from: [DRAFT],
    to: IN_REVIEW,
    roles: EDITORS,
    requires: [
      { rule: 'at least one step', check: hasSteps },
      { rule: 'an owner is set', check: hasOwner },
    ],
    summary: 'submit for review',
  },
  { action: 'returnToDraft', from: [IN_REVIEW], to: DRAFT, roles: EDITORS, requires: [], summary: 'return to draft' },
  {
    action: 'approve',
    from: [IN_REVIEW],
    to: APPROVED,
    roles: [Role.EPRR_LEAD],
    requires: [
      { rule: 'approved by a person', check: byAPerson('Approval') },
      {
        rule: 'four eyes: neither the person who submitted it nor anyone who changed the draft since the last approved version',
        check: fourEyes,
      },
    ],
    summary: 'approve',
  },
  { action: 'revise', from: [APPROVED], to: DRAFT, roles: EDITORS, requires: [], summary: 'start a new draft' },
  // Retiring may leave a category without a plan: the owning organisation's EPRR lead
  // decides it, by name and with a reason (RetireRunbookInput.reason, recorded on the runbook).
  {
    action: 'retire',
    from: [DRAFT, IN_REVIEW, APPROVED],
    to: RETIRED,
    roles: [Role.EPRR_LEAD],
    requires: [{ rule: 'retired by a person, with a reason', check: byAPerson('Retiring a plan') }],
    summary: 'retire',
  },
  // A review that finds nothing to change restarts the review clock without publishing an
  // identical version. No four eyes: nothing is published — the content in force passed
  // four eyes when it was approved — and the review is one accountable EPRR lead's
  // attestation, named in the trail; a change it finds goes through revise and approval.
  {
    action: 'markReviewed',
    from: [APPROVED],
    to: APPROVED,
    roles: [Role.EPRR_LEAD],
    requires: [{ rule: 'reviewed by a person', check: byAPerson('A review') }],
    summary: 'mark reviewed without change',
  },
];

/** The table, with what decides a change, the roles of each action and the hints of a wrong state. */
export const RunbookTransitions = transitionTable<RunbookAction, RunbookStatus, TransitionFacts>({
  subject: 'runbook',
  rows: RUNBOOK_TRANSITIONS,
  wrongStateHints: {
    [IN_REVIEW]: 'is in review; return it to draft first',
    [APPROVED]: 'is approved; start a new draft (reviseRunbook) to change it',
    [RETIRED]: 'is retired',
    [DRAFT]: 'is a draft (not submitted for review)',
  },
});

export function transitionFacts(
  runbook: Pick<TransitionFacts, 'status' | 'ownerUserId' | 'submittedBy'>,
  actorUserId: string | null,
  stepCount = 0,
  draftContributors: readonly string[] = [],
): TransitionFacts {
  return {
    status: runbook.status,
    ownerUserId: runbook.ownerUserId,
    submittedBy: runbook.submittedBy,
    actorUserId,
    stepCount,
    draftContributors,
  };
}

/**
 * Checks the state and the rules of `action` (the caller's role is checked by the access
 * policy with `RunbookTransitions.rolesFor`); returns the state to move to or throws
 * CONFLICT / FORBIDDEN with a reason.
 */
export function planTransition(action: RunbookAction, facts: TransitionFacts): RunbookStatus {
  return RunbookTransitions.plan(action, facts);
}
