import { registerEnumType } from '@nestjs/graphql';

/** Where an incident is in its lifecycle (the transition table: incident-transitions.ts). */
export enum IncidentStatus {
  REPORTED = 'REPORTED',
  STANDBY = 'STANDBY',
  DECLARED = 'DECLARED',
  CONTAINED = 'CONTAINED',
  RECOVERING = 'RECOVERING',
  STOOD_DOWN = 'STOOD_DOWN',
  CANCELLED = 'CANCELLED',
  CLOSED = 'CLOSED',
}

/** NHS England EPRR incident type. */
export enum IncidentType {
  BUSINESS_CONTINUITY = 'BUSINESS_CONTINUITY',
  CRITICAL = 'CRITICAL',
  MAJOR = 'MAJOR',
}

export enum IncidentScope {
  ORGANISATION = 'ORGANISATION',
  SYSTEM_WIDE = 'SYSTEM_WIDE',
}

/** A command role on one incident (not a membership role). */
export enum CommandRole {
  COMMANDER = 'COMMANDER',
  DEPUTY = 'DEPUTY',
  IG_LEAD = 'IG_LEAD',
  EPRR_LEAD = 'EPRR_LEAD',
  TECHNICAL_LEAD = 'TECHNICAL_LEAD',
  COMMUNICATIONS_LEAD = 'COMMUNICATIONS_LEAD',
  SCRIBE = 'SCRIBE',
  /** One per affected organisation. */
  LIAISON = 'LIAISON',
  /** Any number. */
  OBSERVER = 'OBSERVER',
}

export enum SitRepTemplate {
  TACTICAL = 'TACTICAL',
  EXECUTIVE = 'EXECUTIVE',
  SBAR = 'SBAR',
}

export enum IncidentOrder {
  REPORTED_NEWEST_FIRST = 'REPORTED_NEWEST_FIRST',
  REPORTED_OLDEST_FIRST = 'REPORTED_OLDEST_FIRST',
}

export enum TimelineOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}

/** Statuses in which the response runs: levels, roles, organisations and records change. */
export const LIVE_STATUSES: readonly IncidentStatus[] = [
  IncidentStatus.REPORTED,
  IncidentStatus.STANDBY,
  IncidentStatus.DECLARED,
  IncidentStatus.CONTAINED,
  IncidentStatus.RECOVERING,
];

/** Statuses in which SitReps are due (declared and not yet stood down). */
export const SITREP_STATUSES: readonly IncidentStatus[] = [
  IncidentStatus.DECLARED,
  IncidentStatus.CONTAINED,
  IncidentStatus.RECOVERING,
];

/** Everything but CLOSED: records (entries, lessons) may still be added after stand-down or cancellation. */
export const OPEN_STATUSES: readonly IncidentStatus[] = Object.values(IncidentStatus).filter(
  (s) => s !== IncidentStatus.CLOSED,
);

registerEnumType(IncidentStatus, {
  name: 'IncidentStatus',
  description:
    'REPORTED → STANDBY → DECLARED → CONTAINED → RECOVERING → STOOD_DOWN → CLOSED; CANCELLED (with a reason) from REPORTED, STANDBY or DECLARED, then CLOSED.',
});
registerEnumType(IncidentType, {
  name: 'IncidentType',
  description: 'NHS England EPRR incident type: business continuity, critical or major.',
});
registerEnumType(IncidentScope, {
  name: 'IncidentScope',
  description: 'One organisation, or system-wide (coordinated by the ICB).',
});
registerEnumType(CommandRole, {
  name: 'CommandRole',
  description:
    'Command roles on an incident: one holder each (a liaison per affected organisation; observers any number).',
});
registerEnumType(SitRepTemplate, {
  name: 'SitRepTemplate',
  description:
    'tactical: conditions, actions, needs; executive: status, overview, next steps; SBAR: situation, background, assessment, recommendation.',
});
registerEnumType(IncidentOrder, { name: 'IncidentOrder', description: 'By reported time.' });
registerEnumType(TimelineOrder, { name: 'TimelineOrder' });
