import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CommandRole } from '../incidents/incident-enums';

/** An organisation affected by an incident (besides the lead); its members see the incident while listed. */
@Entity({ name: 'incident_affected_organisation' })
export class IncidentAffectedOrganisationEntity {
  @PrimaryColumn({ name: 'incident_id', type: 'uuid' })
  incidentId: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  addedBy: string | null;

  @Column({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}

/** Who held a command role on an incident, from when to when (ended by a handover). */
@Entity({ name: 'incident_role_assignment' })
export class IncidentRoleAssignmentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'incident_id', type: 'uuid' })
  incidentId: string;

  @Column({ type: 'text' })
  role: CommandRole;

  /** The affected organisation a liaison speaks for; null for every other role. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'assigned_by', type: 'uuid', nullable: true })
  assignedBy: string | null;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'ended_by', type: 'uuid', nullable: true })
  endedBy: string | null;
}
