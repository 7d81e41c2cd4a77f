import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One data controller's IG thread of an incident (table `ig_thread`, immutable); see the migration. */
@Entity({ name: 'ig_thread' })
export class IgThreadEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'incident_id', type: 'uuid' })
  incidentId: string;

  /** The data controller. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  /** When the breach was first detected (by the controller or its processor). */
  @Column({ name: 'detected_at', type: 'timestamptz' })
  detectedAt: Date;

  /** When the controller became aware, as entered by a person. */
  @Column({ name: 'awareness_at', type: 'timestamptz' })
  awarenessAt: Date;

  /** Awareness + 72 real hours. */
  @Column({ name: 'deadline_at', type: 'timestamptz' })
  deadlineAt: Date;

  @Column({ name: 'senior_management_due_at', type: 'timestamptz' })
  seniorManagementDueAt: Date;

  @Column({ name: 'processor_name', type: 'text', nullable: true })
  processorName: string | null;

  @Column({ name: 'processor_due_at', type: 'timestamptz', nullable: true })
  processorDueAt: Date | null;

  @Column({ name: 'processor_told_controller_at', type: 'timestamptz', nullable: true })
  processorToldControllerAt: Date | null;

  @Column({ name: 'opened_by', type: 'uuid', nullable: true })
  openedBy: string | null;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;
}
