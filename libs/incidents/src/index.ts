export * from './command/incident-command.entities';
export * from './incidents.audit';
export * from './incidents.entities';
export * from './incidents.module';
export * from './incidents/breach-awareness';
export * from './incidents/incident-checks';
export * from './incidents/incident-watchers';
export * from './incidents/incident-enums';
export * from './incidents/incident-transitions';
export * from './incidents/incident.access';
export * from './incidents/incident.entity';
/** Reading an incident as the caller may see it (reporting's incident report). */
export { IncidentQueriesService, type IncidentRead } from './incidents/incident-queries.service';
export type { IncidentScene, SceneHolding, SceneOrganisation } from './incidents/incident-scene';
/** The GraphQL type, for higher domains' fields on an incident (governance's igThreads). */
export { Incident } from './incidents/incident.types';
export { incidentTopic, type IncidentLiveEvent } from './live/incident-live';
export * from './records/incident-records.entities';
export * from './records/sitrep-templates';
export * from './live/incident-stream';
export * from './live/incident-live';
