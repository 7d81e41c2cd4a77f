import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TeamFunction } from '@muster/identity';
import { AssignmentPriority, AssignmentSourceKind, AssignmentStatus } from './assignment-enums';

/**
 * Cross-functional work owned by an organisation (and one of its teams), assigned by
 * another side or its own. Overdue is not a column: it is the clock against `dueAt`.
 */
@Entity({ name: 'assignment' })
export class AssignmentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text' })
  function: TeamFunction;

  /** The organisation that owns and works it. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @Column({ name: 'assignee_user_id', type: 'uuid', nullable: true })
  assigneeUserId: string | null;

  /** The side that assigned it (the ICB, an incident's lead organisation, or the owner itself): it sees progress. */
  @Column({ name: 'assigning_organisation_id', type: 'uuid' })
  assigningOrganisationId: string;

  @Column({ name: 'source_kind', type: 'text' })
  sourceKind: AssignmentSourceKind;

  /** The finding, lesson or gap it came from; for INCIDENT_STEP the runbook step (also `runbookStepId`). */
  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  @Column({ name: 'incident_id', type: 'uuid', nullable: true })
  incidentId: string | null;

  @Column({ name: 'exercise_id', type: 'uuid', nullable: true })
  exerciseId: string | null;

  @Column({ name: 'activation_id', type: 'uuid', nullable: true })
  activationId: string | null;

  @Column({ name: 'runbook_step_id', type: 'uuid', nullable: true })
  runbookStepId: string | null;

  @Column({ type: 'text' })
  priority: AssignmentPriority;

  @Column({ type: 'boolean' })
  mandatory: boolean;

  @Column({ type: 'text' })
  status: AssignmentStatus;

  /** Why it is BLOCKED, CANCELLED or WAIVED. */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  /** When it became DONE, CANCELLED or WAIVED. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'int' })
  version: number;
}

@Entity({ name: 'assignment_dependency' })
export class AssignmentDependencyEntity {
  @PrimaryColumn({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @PrimaryColumn({ name: 'depends_on_id', type: 'uuid' })
  dependsOnId: string;
}

/** Evidence of completion: appended, never edited. */
@Entity({ name: 'assignment_evidence' })
export class AssignmentEvidenceEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', array: true })
  links: string[];

  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  addedBy: string | null;

  @Column({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}
