import { registerEnumType } from '@nestjs/graphql';

export enum AssignmentStatus {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  IN_PROGRESS = 'IN_PROGRESS',
  BLOCKED = 'BLOCKED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
  WAIVED = 'WAIVED',
}

/** Not yet finished: the statuses an assignment can be overdue in. */
export const UNFINISHED_STATUSES: readonly AssignmentStatus[] = [
  AssignmentStatus.OPEN,
  AssignmentStatus.ACKNOWLEDGED,
  AssignmentStatus.IN_PROGRESS,
  AssignmentStatus.BLOCKED,
];

/** A dependency in one of these no longer holds up the assignments waiting for it. */
export const SATISFIED_STATUSES: readonly AssignmentStatus[] = [AssignmentStatus.DONE, AssignmentStatus.WAIVED];

export enum AssignmentPriority {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}

/** Where an assignment came from. */
export enum AssignmentSourceKind {
  MANUAL = 'MANUAL',
  /** A step of a runbook version activated on an incident (`incidentId` and the step's id). */
  INCIDENT_STEP = 'INCIDENT_STEP',
  /** A finding (lesson identified) of an exercise (`exerciseId` and the finding's id). */
  EXERCISE_FINDING = 'EXERCISE_FINDING',
  /** A readiness gap (the id of what it is about, when there is one). */
  READINESS_GAP = 'READINESS_GAP',
  /** A lesson identified on an incident (`incidentId` and the lesson's id). */
  INCIDENT_LESSON = 'INCIDENT_LESSON',
  /** A gap of an assurance self-assessment (EPRR core standards, DSPT/CAF): the gap's id. */
  ASSESSMENT_GAP = 'ASSESSMENT_GAP',
  /** A breach of a SOC posture threshold (a critical vulnerability past its patch target): the breach's id. */
  POSTURE_BREACH = 'POSTURE_BREACH',
  /** An NHS cyber alert not answered in time by an organisation: the alert response's id. */
  CYBER_ALERT = 'CYBER_ALERT',
}

/** Sources only the domain that owns them raises (it checks the record): createAssignment refuses them. */
export const DOMAIN_RAISED_SOURCES: readonly AssignmentSourceKind[] = [
  AssignmentSourceKind.EXERCISE_FINDING,
  AssignmentSourceKind.ASSESSMENT_GAP,
  AssignmentSourceKind.POSTURE_BREACH,
  AssignmentSourceKind.CYBER_ALERT,
];

export enum AssignmentOrder {
  DUE_SOONEST_FIRST = 'DUE_SOONEST_FIRST',
  CREATED_NEWEST_FIRST = 'CREATED_NEWEST_FIRST',
  CREATED_OLDEST_FIRST = 'CREATED_OLDEST_FIRST',
}

registerEnumType(AssignmentStatus, {
  name: 'AssignmentStatus',
  description: 'OPEN → ACKNOWLEDGED → IN_PROGRESS ⇄ BLOCKED → DONE; or CANCELLED / WAIVED with a reason.',
});
registerEnumType(AssignmentPriority, { name: 'AssignmentPriority' });
registerEnumType(AssignmentSourceKind, {
  name: 'AssignmentSourceKind',
  description:
    'Where an assignment came from: INCIDENT_STEP (a runbook step activated on an incident), EXERCISE_FINDING, READINESS_GAP, INCIDENT_LESSON, ASSESSMENT_GAP, POSTURE_BREACH, CYBER_ALERT or MANUAL.',
});
registerEnumType(AssignmentOrder, {
  name: 'AssignmentOrder',
  description: 'DUE_SOONEST_FIRST (no due time last), CREATED_NEWEST_FIRST or CREATED_OLDEST_FIRST.',
});
