import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { IncidentCategory } from '../incident-category';
import { RunbookStatus } from './runbook-status';

/**
 * A runbook of an organisation (or, with `isTemplate`, an ICS template published by the
 * ICB). Its steps (`runbook_step`) are the editable working copy; approval publishes an
 * immutable `runbook_version`, and `currentVersionId` points at the one in force.
 */
@Entity({ name: 'runbook' })
export class RunbookEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', array: true })
  categories: IncidentCategory[];

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId: string | null;

  @Column({ type: 'text' })
  status: RunbookStatus;

  /** An ICS template published by the ICB for organisations to adopt. */
  @Column({ name: 'is_template', type: 'boolean', default: false })
  isTemplate: boolean;

  /** For an adopted runbook: the template it was copied from… */
  @Column({ name: 'template_runbook_id', type: 'uuid', nullable: true })
  templateRunbookId: string | null;

  /** …and the template version the working copy is based on. */
  @Column({ name: 'adopted_template_version', type: 'int', nullable: true })
  adoptedTemplateVersion: number | null;

  /** The approved version in force; null until first approval. */
  @Column({ name: 'current_version_id', type: 'uuid', nullable: true })
  currentVersionId: string | null;

  /** Number of the latest approved version; 0 before the first approval. */
  @Column({ name: 'latest_version_number', type: 'int', default: 0 })
  latestVersionNumber: number;

  @Column({ name: 'review_interval_months', type: 'int', default: 12 })
  reviewIntervalMonths: number;

  /** Approval time + review interval; null until first approval. */
  @Column({ name: 'next_review_at', type: 'timestamptz', nullable: true })
  nextReviewAt: Date | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @Column({ name: 'retired_by', type: 'uuid', nullable: true })
  retiredBy: string | null;

  /** Why it was retired (required since retirements need one; null for older ones). */
  @Column({ name: 'retirement_reason', type: 'text', nullable: true })
  retirementReason: string | null;

  /** The last review of the version in force: its approval, or a later review without change. */
  @Column({ name: 'last_reviewed_at', type: 'timestamptz', nullable: true })
  lastReviewedAt: Date | null;

  @Column({ name: 'last_reviewed_by', type: 'uuid', nullable: true })
  lastReviewedBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Optimistic lock of the whole runbook (its steps included); bumped by every change. */
  @Column({ type: 'int', default: 1 })
  version: number;
}
