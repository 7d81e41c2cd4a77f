import { IncidentAffectedOrganisationEntity, IncidentRoleAssignmentEntity } from './command/incident-command.entities';
import { IncidentEntity } from './incidents/incident.entity';
import {
  IncidentDecisionEntity,
  IncidentLessonEntity,
  IncidentMethaneEntity,
  IncidentSitRepEntity,
} from './records/incident-records.entities';

/** The incidents library's entities, for TypeOrmModule.forFeature and the data source. */
export const INCIDENT_ENTITIES = [
  IncidentEntity,
  IncidentAffectedOrganisationEntity,
  IncidentRoleAssignmentEntity,
  IncidentMethaneEntity,
  IncidentSitRepEntity,
  IncidentDecisionEntity,
  IncidentLessonEntity,
] as const;
