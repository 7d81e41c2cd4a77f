import { Guard as TransitionGuard, Role, Transition, transitionTable } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { AssignmentStatus, UNFINISHED_STATUSES } from './assignment-enums';

const { OPEN, ACKNOWLEDGED, IN_PROGRESS, BLOCKED, DONE, CANCELLED, WAIVED } = AssignmentStatus;

/** What a guard sees of the assignment, the change asked for and the caller. */
export interface AssignmentFacts {
  status: AssignmentStatus;
  mandatory: boolean;
  /** The reason given (block, cancel, waive, due time change). */
  reason: string | null;
  /** Evidence recorded so far, with any that comes with the change. */
  evidenceCount: number;
  /** Titles of the dependencies not yet DONE or WAIVED. */
  waitingFor: readonly string[];
  /** The caller is on the owning organisation's side (they work it). */
  actorOwns: boolean;
}

export type Guard = TransitionGuard<AssignmentFacts>;

export type AssignmentAction =
  | 'acknowledge'
  | 'start'
  | 'block'
  | 'unblock'
  | 'complete'
  | 'cancel'
  | 'waive'
  | 'reassign'
  | 'changeDue'
  | 'addEvidence'
  | 'setDependencies';

export type AssignmentTransition = Transition<AssignmentAction, AssignmentStatus, AssignmentFacts>;

/** Who works an assignment in its owning organisation. */
export const WORKER_ROLES: readonly Role[] = [
  Role.ORG_ADMIN,
  Role.INCIDENT_COMMANDER,
  Role.EPRR_LEAD,
  Role.IG_OFFICER,
  Role.RESPONDER,
];

/** Who assigns, reassigns, re-times, cancels and waives: in the owning organisation or on the assigning side. */
export const MANAGER_ROLES: readonly Role[] = [
  Role.ORG_ADMIN,
  Role.INCIDENT_COMMANDER,
  Role.EPRR_LEAD,
  Role.IG_OFFICER,
];

const withReason =
  (what: string): Guard =>
  (f) =>
    f.reason && f.reason.trim().length >= 3 ? null : DomainError.badInput('reason', `${what} needs a reason`);
const dependenciesDone: Guard = (f) =>
  f.waitingFor.length
    ? DomainError.conflict(`Cannot start yet: it waits for ${f.waitingFor.map((t) => `"${t}"`).join(', ')}`)
    : null;
const evidenceWhenMandatory: Guard = (f) =>
  f.mandatory && f.evidenceCount === 0
    ? DomainError.badInput('evidence', 'a mandatory assignment is completed with evidence (text and links)')
    : null;
const byTheOwner: Guard = (f) =>
  f.actorOwns ? null : DomainError.forbidden("Only the owning organisation's members work an assignment");

/**
 * The lifecycle, as one table. Working it (acknowledge, start, block, unblock, complete,
 * evidence) is for the owning organisation; managing it (cancel, waive, reassign, due
 * time, dependencies) for its leads or the assigning side (AssignmentAccess.canAct).
 */
export const ASSIGNMENT_TRANSITIONS: readonly AssignmentTransition[] = [
  {
    action: 'acknowledge',
    from: [OPEN],
    to: ACKNOWLEDGED,
    roles: WORKER_ROLES,
    requires: [{ rule: 'by the owning organisation', check: byTheOwner }],
    summary: 'acknowledge',
  },
  {
    action: 'start',
    from: [ACKNOWLEDGED],
    to: IN_PROGRESS,
    roles: WORKER_ROLES,
    requires: [
      { rule: 'by the owning organisation', check: byTheOwner },
      { rule: 'every dependency is done or waived', check: dependenciesDone },
    ],
    summary: 'start',
  },
  {
    action: 'block',
    from: [IN_PROGRESS],
    to: BLOCKED,
    roles: WORKER_ROLES,
    requires: [
      { rule: 'by the owning organisation', check: byTheOwner },
      { rule: 'with a reason', check: withReason('Blocking') },
    ],
    summary: 'block',
  },
  {
    action: 'unblock',
    from: [BLOCKED],
    to: IN_PROGRESS,
    roles: WORKER_ROLES,
    requires: [{ rule: 'by the owning organisation', check: byTheOwner }],
    summary: 'unblock',
  },
  {
    action: 'complete',
    from: [IN_PROGRESS],
    to: DONE,
    roles: WORKER_ROLES,
    requires: [
      { rule: 'by the owning organisation', check: byTheOwner },
      { rule: 'a mandatory assignment has evidence', check: evidenceWhenMandatory },
    ],
    summary: 'complete',
  },
  {
    action: 'cancel',
    from: UNFINISHED_STATUSES,
    to: CANCELLED,
    roles: MANAGER_ROLES,
    requires: [{ rule: 'with a reason', check: withReason('Cancelling') }],
    summary: 'cancel',
  },
  {
    action: 'waive',
    from: UNFINISHED_STATUSES,
    to: WAIVED,
    roles: MANAGER_ROLES,
    requires: [{ rule: 'with a reason', check: withReason('Waiving') }],
    summary: 'waive',
  },
  {
    action: 'reassign',
    from: UNFINISHED_STATUSES,
    to: null,
    roles: MANAGER_ROLES,
    requires: [],
    summary: 'reassign',
  },
  {
    action: 'changeDue',
    from: UNFINISHED_STATUSES,
    to: null,
    roles: MANAGER_ROLES,
    requires: [{ rule: 'with a reason', check: withReason('Changing the due time') }],
    summary: 'change the due time',
  },
  {
    action: 'addEvidence',
    from: UNFINISHED_STATUSES,
    to: null,
    roles: WORKER_ROLES,
    requires: [{ rule: 'by the owning organisation', check: byTheOwner }],
    summary: 'add evidence',
  },
  {
    action: 'setDependencies',
    from: [OPEN, ACKNOWLEDGED],
    to: null,
    roles: MANAGER_ROLES,
    requires: [],
    summary: 'change the dependencies',
  },
];

export const AssignmentTransitions = transitionTable<AssignmentAction, AssignmentStatus, AssignmentFacts>({
  subject: 'assignment',
  rows: ASSIGNMENT_TRANSITIONS,
  wrongStateHints: {
    [OPEN]: 'is open and not yet acknowledged',
    [ACKNOWLEDGED]: 'is acknowledged and not yet started',
    [IN_PROGRESS]: 'is in progress',
    [BLOCKED]: 'is blocked; unblock it first',
    [DONE]: 'is done',
    [CANCELLED]: 'is cancelled',
    [WAIVED]: 'is waived',
  },
});
