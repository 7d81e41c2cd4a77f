import { registerEnumType } from '@nestjs/graphql';

/** What a notification says happened. Stored as text: a string, once recorded, never changes meaning. */
export enum NotificationKind {
  RUNBOOK_SUBMITTED = 'RUNBOOK_SUBMITTED',
  RUNBOOK_APPROVED = 'RUNBOOK_APPROVED',
  RUNBOOK_RETURNED = 'RUNBOOK_RETURNED',
  RUNBOOK_REVIEW_DUE = 'RUNBOOK_REVIEW_DUE',
  RUNBOOK_REVIEW_OVERDUE = 'RUNBOOK_REVIEW_OVERDUE',
  /** An exercise that tested the runbook identified lessons: plans are reviewed after every exercise (EPRR). */
  RUNBOOK_REVIEW_AFTER_EXERCISE = 'RUNBOOK_REVIEW_AFTER_EXERCISE',
  /** An assurance self-assessment was submitted: the ICB's EPRR leads confirm and challenge it. */
  ASSESSMENT_SUBMITTED = 'ASSESSMENT_SUBMITTED',
  /** Returned with comments (confirm and challenge): the organisation's editors of it. */
  ASSESSMENT_RETURNED = 'ASSESSMENT_RETURNED',
  /** Confirmed by the ICB: the organisation's editors of it. */
  ASSESSMENT_CONFIRMED = 'ASSESSMENT_CONFIRMED',
  API_KEY_CREATED = 'API_KEY_CREATED',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  /** To a person created without a password: the single-use link to set one. */
  ACCOUNT_INVITATION = 'ACCOUNT_INVITATION',
  INCIDENT_REPORTED = 'INCIDENT_REPORTED',
  INCIDENT_DECLARED = 'INCIDENT_DECLARED',
  INCIDENT_LEVEL_CHANGED = 'INCIDENT_LEVEL_CHANGED',
  /** Standby and cancellation (the EPRR messages besides declaration and stand-down). */
  INCIDENT_STATUS_CHANGED = 'INCIDENT_STATUS_CHANGED',
  INCIDENT_ROLE_ASSIGNED = 'INCIDENT_ROLE_ASSIGNED',
  INCIDENT_SITREP_DUE = 'INCIDENT_SITREP_DUE',
  INCIDENT_STOOD_DOWN = 'INCIDENT_STOOD_DOWN',
  /** An assignment was given to you or your team (created, activated from a runbook, reassigned). */
  ASSIGNMENT_ASSIGNED = 'ASSIGNMENT_ASSIGNED',
  /** An assignment was blocked: its team's leads and whoever assigned it. */
  ASSIGNMENT_BLOCKED = 'ASSIGNMENT_BLOCKED',
  /** An assignment passed its due time unfinished (once per due time). */
  ASSIGNMENT_OVERDUE = 'ASSIGNMENT_OVERDUE',
  /** To an organisation's IG officers and the incident's IG lead: the 72-hour clock at 48 h and 66 h. */
  IG_CLOCK_WARNING = 'IG_CLOCK_WARNING',
  /** The same people: the 72-hour clock ran out with nothing notified and nothing decided not reportable. */
  IG_CLOCK_PASSED = 'IG_CLOCK_PASSED',
  /** To the organisation's IG officers: a call deferred pending facts is due for review. */
  IG_REVIEW_DUE = 'IG_REVIEW_DUE',
  /** To an organisation's Cyber/SOC (else Digital) team: the SOC recorded an NHS cyber alert for it. */
  CYBER_ALERT_RECEIVED = 'CYBER_ALERT_RECEIVED',
  /** To an organisation's admins: an email, webhook post or SMS of theirs could not be delivered. */
  DELIVERY_FAILED = 'DELIVERY_FAILED',
  /** To the person on call: a page to acknowledge, with its one-time link, before it escalates. */
  ON_CALL_PAGE = 'ON_CALL_PAGE',
}

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification is about.' });
