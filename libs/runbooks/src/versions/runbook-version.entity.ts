import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@muster/platform-access';
import { Designation, TeamFunction } from '@muster/identity';
import { IncidentCategory } from '../incident-category';
import { StepClockAnchor } from '../steps/step-clock-anchor';

/** One step as published in a version (JSON keys as here, camelCase). */
export interface RunbookVersionStep {
  /** The id of the runbook_step it was published from: stable across versions. */
  id: string;
  position: number;
  title: string;
  function: TeamFunction | null;
  responsibleRole: Role | null;
  /** Absent from the jsonb of versions published before designations: read it with `?? null`. */
  designation: Designation | null;
  instructions: string;
  targetMinutes: number | null;
  /** Absent from the jsonb of versions published before clock anchors: read it with `?? DEFAULT_CLOCK_ANCHOR`. */
  clockAnchor?: StepClockAnchor;
  mandatory: boolean;
  dependsOn: string[];
  templateStepId: string | null;
}

/**
 * A published, approved version of a runbook. Immutable: the database refuses UPDATE and
 * DELETE, so an incident that activated it always reads what was approved.
 */
@Entity({ name: 'runbook_version' })
export class RunbookVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'runbook_id', type: 'uuid' })
  runbookId: string;

  /** Copied from the runbook so version rows can be scoped without a join. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'version_number', type: 'int' })
  versionNumber: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', array: true })
  categories: IncidentCategory[];

  @Column({ type: 'jsonb' })
  steps: RunbookVersionStep[];

  @Column({ name: 'step_count', type: 'int' })
  stepCount: number;

  /** Distinct responsible roles of the steps: readiness checks them without unpacking `steps`. */
  @Column({ name: 'required_roles', type: 'text', array: true })
  requiredRoles: Role[];

  @Column({ name: 'review_interval_months', type: 'int' })
  reviewIntervalMonths: number;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz' })
  approvedAt: Date;

  /** For an adopted runbook: the template version this version is based on. */
  @Column({ name: 'based_on_template_version', type: 'int', nullable: true })
  basedOnTemplateVersion: number | null;
}
