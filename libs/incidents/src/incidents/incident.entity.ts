import { Column, Entity, PrimaryColumn } from 'typeorm';
import { IncidentCategory } from '@muster/runbooks';
import { IncidentScope, IncidentStatus, IncidentType } from './incident-enums';

/** An incident of the ICS (table `incident`); see the migration for its rules. */
@Entity({ name: 'incident' })
export class IncidentEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** INC-YYYY-NNNN, gap-free per calendar year. */
  @Column({ type: 'text' })
  reference: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text' })
  category: IncidentCategory;

  @Column({ type: 'text' })
  type: IncidentType;

  @Column({ type: 'int' })
  level: number;

  @Column({ type: 'text' })
  scope: IncidentScope;

  @Column({ type: 'text' })
  status: IncidentStatus;

  @Column({ name: 'lead_organisation_id', type: 'uuid' })
  leadOrganisationId: string;

  @Column({ name: 'personal_data_involved', type: 'boolean', default: false })
  personalDataInvolved: boolean;

  /** The reporter's idempotency key (per lead organisation); never shown. */
  @Column({ name: 'client_key', type: 'text', nullable: true })
  clientKey: string | null;

  @Column({ name: 'reported_by', type: 'uuid', nullable: true })
  reportedBy: string | null;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt: Date;

  @Column({ name: 'declared_by', type: 'uuid', nullable: true })
  declaredBy: string | null;

  @Column({ name: 'declared_at', type: 'timestamptz', nullable: true })
  declaredAt: Date | null;

  @Column({ name: 'contained_at', type: 'timestamptz', nullable: true })
  containedAt: Date | null;

  @Column({ name: 'recovered_at', type: 'timestamptz', nullable: true })
  recoveredAt: Date | null;

  @Column({ name: 'stood_down_at', type: 'timestamptz', nullable: true })
  stoodDownAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** When its Incident Coordination Centre was stood up (the command post exercise, EPRR). */
  @Column({ name: 'coordination_centre_opened_at', type: 'timestamptz', nullable: true })
  coordinationCentreOpenedAt: Date | null;

  /** When the latest SitRep was submitted: with the level, it decides when the next is due. */
  @Column({ name: 'last_sitrep_at', type: 'timestamptz', nullable: true })
  lastSitRepAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Optimistic lock: every change bumps it; a transition naming an older one is a CONFLICT. */
  @Column({ type: 'int', default: 1 })
  version: number;
}
