import { Guard as TransitionGuard, Role, Transition, transitionTable } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import {
  IncidentScope,
  IncidentStatus,
  IncidentType,
  LIVE_STATUSES,
  OPEN_STATUSES,
  SITREP_STATUSES,
} from './incident-enums';

const { REPORTED, STANDBY, DECLARED, CONTAINED, RECOVERING, STOOD_DOWN, CANCELLED, CLOSED } = IncidentStatus;

/** What a guard sees of the incident, the change asked for and the caller. */
export interface IncidentFacts {
  status: IncidentStatus;
  /** The user asking; null for API keys and the system. */
  actorUserId: string | null;
  /** The caller holds INCIDENT_COMMANDER at the ICB (the coordinating organisation). */
  actorIsIcbCommander: boolean;
  /** The caller holds the incident's COMMANDER role now. */
  actorIsCommander: boolean;
  /** Type, level and scope the incident will have after the change. */
  type: IncidentType;
  level: number;
  scope: IncidentScope;
  /** A METHANE report exists, or comes with the change. */
  hasMethane: boolean;
  /** The reason given (cancel, level change). */
  reason: string | null;
  /** The incident was declared at some point (its declaredAt). */
  wasDeclared: boolean;
  lessonCount: number;
  /** What the registered stand-down or closure checks object to (incident-checks.ts). */
  objections: readonly string[];
}

export type Guard = TransitionGuard<IncidentFacts>;

export type IncidentAction =
  | 'standby'
  | 'declare'
  | 'contain'
  | 'recover'
  | 'standDown'
  | 'cancel'
  | 'close'
  | 'changeLevel'
  | 'openCoordinationCentre'
  | 'command'
  | 'record'
  | 'decide';

export type IncidentTransition = Transition<IncidentAction, IncidentStatus, IncidentFacts>;

/** Who reports an incident in an organisation: RESPONDER and above, and the organisation's API keys holding one of these roles. */
export const REPORTER_ROLES: readonly Role[] = [
  Role.INCIDENT_COMMANDER,
  Role.EPRR_LEAD,
  Role.IG_OFFICER,
  Role.ORG_ADMIN,
  Role.RESPONDER,
];

const COMMANDERS: readonly Role[] = [Role.INCIDENT_COMMANDER];
const RECORDERS: readonly Role[] = [Role.INCIDENT_COMMANDER, Role.EPRR_LEAD, Role.IG_OFFICER, Role.RESPONDER];

const byAPerson =
  (what: string): Guard =>
  (f) =>
    f.actorUserId ? null : DomainError.forbidden(`${what} needs a named person, not an API key`);
const icbForWideOrHigh: Guard = (f) =>
  f.scope === IncidentScope.SYSTEM_WIDE || f.level >= 2
    ? f.actorIsIcbCommander
      ? null
      : DomainError.forbidden(
          'A system-wide incident, or one at level 2 or above, is declared by an incident commander of the ICB',
        )
    : null;
const methaneForMajor: Guard = (f) =>
  f.type === IncidentType.MAJOR && !f.hasMethane
    ? DomainError.badInput('methane', 'a major incident is declared with a METHANE report')
    : null;
const declaredWideOrHigh: Guard = (f) => (f.wasDeclared ? icbForWideOrHigh(f) : null);
const declaredMajorHasMethane: Guard = (f) => (f.wasDeclared ? methaneForMajor(f) : null);
const commands: Guard = (f) =>
  f.actorIsCommander || f.actorIsIcbCommander
    ? null
    : DomainError.forbidden("Only the incident's commander, or an incident commander of the ICB, may do this");
const theCommander: Guard = (f) =>
  f.actorIsCommander ? null : DomainError.forbidden("Only the incident's commander stands it down");
const withReason: Guard = (f) =>
  f.reason && f.reason.trim().length >= 3 ? null : DomainError.badInput('reason', 'a reason is required');
const noObjection: Guard = (f) =>
  f.objections.length ? DomainError.conflict(`Not yet: ${f.objections.join('; ')}`) : null;
const lessonsWhenDeclared: Guard = (f) =>
  f.wasDeclared && f.lessonCount === 0
    ? DomainError.conflict('A declared incident is closed only once a lesson identified is recorded (recordLesson)')
    : null;

/**
 * The lifecycle, as one table: from which states an action is allowed, where it leads,
 * who may take it (roles held in the lead organisation or at the ICB, or by the holder of
 * a command role on the incident) and what must hold. Besides the status changes it lists
 * what changes an incident without moving it (`to: null`): the level and type, its command
 * (roles, affected organisations), its records (timeline entries, METHANE, SitReps,
 * lessons) and its decisions. Reporting creates an incident and is not a row: anyone with
 * REPORTER_ROLES in the organisation reports.
 */
export const INCIDENT_TRANSITIONS: readonly IncidentTransition[] = [
  {
    action: 'standby',
    from: [REPORTED],
    to: STANDBY,
    roles: COMMANDERS,
    requires: [{ rule: 'by a person', check: byAPerson('Standing by') }],
    summary: 'put on standby',
  },
  {
    action: 'declare',
    from: [REPORTED, STANDBY],
    to: DECLARED,
    roles: COMMANDERS,
    requires: [
      { rule: 'declared by a person, who becomes its commander', check: byAPerson('Declaring') },
      { rule: 'a major incident has a METHANE report', check: methaneForMajor },
      { rule: 'system-wide, or level 2 and above: an incident commander of the ICB', check: icbForWideOrHigh },
    ],
    summary: 'declare',
  },
  {
    action: 'contain',
    from: [DECLARED],
    to: CONTAINED,
    roles: COMMANDERS,
    requires: [{ rule: 'its commander or an ICB commander', check: commands }],
    summary: 'mark contained',
  },
  {
    action: 'recover',
    from: [CONTAINED],
    to: RECOVERING,
    roles: COMMANDERS,
    requires: [{ rule: 'its commander or an ICB commander', check: commands }],
    summary: 'start recovery',
  },
  {
    action: 'standDown',
    from: [RECOVERING],
    to: STOOD_DOWN,
    roles: COMMANDERS,
    requires: [
      { rule: "the incident's commander", check: theCommander },
      { rule: 'no registered stand-down check objects', check: noObjection },
    ],
    summary: 'stand down',
  },
  {
    action: 'cancel',
    from: [REPORTED, STANDBY, DECLARED],
    to: CANCELLED,
    roles: COMMANDERS,
    requires: [
      { rule: 'by a person', check: byAPerson('Cancelling') },
      { rule: 'with a reason (a false alarm, a standby or declaration withdrawn)', check: withReason },
      {
        rule: 'once declared: its commander or an ICB commander',
        check: (f) => (f.status === DECLARED ? commands(f) : null),
      },
    ],
    summary: 'cancel',
  },
  {
    action: 'close',
    from: [STOOD_DOWN, CANCELLED],
    to: CLOSED,
    roles: COMMANDERS,
    requires: [
      { rule: 'once declared: its commander or an ICB commander', check: (f) => (f.wasDeclared ? commands(f) : null) },
      { rule: 'a declared incident has a lesson identified', check: lessonsWhenDeclared },
      { rule: 'every registered closure check passes', check: noObjection },
    ],
    summary: 'close',
  },
  {
    action: 'changeLevel',
    from: LIVE_STATUSES,
    to: null,
    roles: COMMANDERS,
    requires: [
      { rule: 'with a reason', check: withReason },
      { rule: 'once declared: its commander or an ICB commander', check: (f) => (f.wasDeclared ? commands(f) : null) },
      { rule: 'once declared, system-wide or level 2 and above: an ICB commander', check: declaredWideOrHigh },
      { rule: 'once declared, a major incident has a METHANE report', check: declaredMajorHasMethane },
    ],
    summary: 'change the level or type',
  },
  {
    action: 'openCoordinationCentre',
    from: SITREP_STATUSES,
    to: null,
    roles: COMMANDERS,
    requires: [{ rule: 'its commander or an ICB commander', check: commands }],
    summary: 'stand up the Incident Coordination Centre',
  },
  {
    action: 'command',
    from: LIVE_STATUSES,
    to: null,
    roles: COMMANDERS,
    requires: [{ rule: 'its commander or an ICB commander', check: commands }],
    summary: 'assign command roles or change the affected organisations',
  },
  {
    action: 'record',
    from: OPEN_STATUSES,
    to: null,
    roles: RECORDERS,
    requires: [],
    summary: 'add to the record (timeline entries, METHANE, SitReps, lessons)',
  },
  {
    action: 'decide',
    from: OPEN_STATUSES,
    to: null,
    roles: COMMANDERS,
    requires: [{ rule: 'by a person', check: byAPerson('A command decision') }],
    summary: 'record a command decision',
  },
];

export const IncidentTransitions = transitionTable<IncidentAction, IncidentStatus, IncidentFacts>({
  subject: 'incident',
  rows: INCIDENT_TRANSITIONS,
  wrongStateHints: {
    [REPORTED]: 'is reported and not yet declared',
    [STANDBY]: 'is on standby and not yet declared',
    [DECLARED]: 'is declared and not yet contained',
    [CONTAINED]: 'is contained and not yet recovering',
    [RECOVERING]: 'is recovering and not yet stood down',
    [STOOD_DOWN]: 'is stood down; close it once the lessons are recorded',
    [CANCELLED]: 'is cancelled; close it',
    [CLOSED]: 'is closed',
  },
});
