import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A runbook's approved version activated on an incident for one organisation: once each. */
@Entity({ name: 'runbook_activation' })
export class RunbookActivationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'incident_id', type: 'uuid' })
  incidentId: string;

  @Column({ name: 'runbook_id', type: 'uuid' })
  runbookId: string;

  @Column({ name: 'runbook_version_id', type: 'uuid' })
  runbookVersionId: string;

  @Column({ name: 'version_number', type: 'int' })
  versionNumber: number;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'activated_by', type: 'uuid', nullable: true })
  activatedBy: string | null;

  @Column({ name: 'activated_at', type: 'timestamptz' })
  activatedAt: Date;
}
