import { Column, Entity, PrimaryColumn } from 'typeorm';
import { IgConsultee, IgDecisionType, IgOutcome } from '../ig-enums';

/** An IG decision (table `ig_decision`, immutable): a correction is a new row that supersedes it. */
@Entity({ name: 'ig_decision' })
export class IgDecisionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Column({ type: 'text' })
  type: IgDecisionType;

  @Column({ type: 'text' })
  outcome: IgOutcome;

  @Column({ name: 'review_at', type: 'timestamptz', nullable: true })
  reviewAt: Date | null;

  @Column({ name: 'data_categories', type: 'text', array: true })
  dataCategories: string[];

  @Column({ name: 'special_category', type: 'boolean' })
  specialCategory: boolean;

  @Column({ name: 'children_or_vulnerable', type: 'boolean' })
  childrenOrVulnerable: boolean;

  @Column({ name: 'approx_data_subjects', type: 'int' })
  approxDataSubjects: number;

  @Column({ name: 'approx_records', type: 'int' })
  approxRecords: number;

  @Column({ type: 'int' })
  likelihood: number;

  @Column({ type: 'int' })
  severity: number;

  /** What the DSPT thresholds suggested when it was decided. */
  @Column({ name: 'suggested_reportable', type: 'boolean' })
  suggestedReportable: boolean;

  @Column({ name: 'against_suggestion_reason', type: 'text', nullable: true })
  againstSuggestionReason: string | null;

  @Column({ type: 'text' })
  rationale: string;

  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis: string;

  @Column({ type: 'text', array: true })
  consulted: IgConsultee[];

  @Column({ name: 'consultation_notes', type: 'text', nullable: true })
  consultationNotes: string | null;

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedBy: string;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt: Date;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'supersedes_decision_id', type: 'uuid', nullable: true })
  supersedesDecisionId: string | null;

  @Column({ name: 'supersede_reason', type: 'text', nullable: true })
  supersedeReason: string | null;
}
