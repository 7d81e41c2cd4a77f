/**
 * The audit actions of incidents. Every one is recorded with the incident's id
 * (`incidentId`), so the incident's timeline — a projection of the audit trail — shows it.
 * The strings are part of the trail's history: never change one (add a new action instead).
 */
export const IncidentAudit = {
  reported: 'incident.reported',
  standby: 'incident.standby',
  declared: 'incident.declared',
  contained: 'incident.contained',
  recovering: 'incident.recovering',
  stoodDown: 'incident.stood_down',
  cancelled: 'incident.cancelled',
  closed: 'incident.closed',
  levelChanged: 'incident.level_changed',
  coordinationCentreOpened: 'incident.coordination_centre_opened',
  organisationAdded: 'incident.organisation_added',
  organisationRemoved: 'incident.organisation_removed',
  roleAssigned: 'incident.role_assigned',
  timelineEntryAdded: 'incident.timeline_entry_added',
  timelineEntryCorrected: 'incident.timeline_entry_corrected',
  methaneSubmitted: 'incident.methane_submitted',
  sitRepSubmitted: 'incident.sitrep_submitted',
  decisionRecorded: 'incident.decision_recorded',
  lessonRecorded: 'incident.lesson_recorded',
  /** The demo seed's history of an incident run before Muster. */
  imported: 'incident.imported',
} as const;

export type IncidentAuditAction = (typeof IncidentAudit)[keyof typeof IncidentAudit];

/** What the timeline's entries and the audit trail call an incident. */
export const INCIDENT_ENTITY = 'incident';
