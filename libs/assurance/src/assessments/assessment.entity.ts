import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AssessmentStatus } from './assessment-enums';

/** An organisation's assessment against a framework version for a period. Its ratings are read and written in SQL. */
@Entity({ name: 'assurance_assessment' })
export class AssuranceAssessmentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId: string;

  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'text' })
  status: AssessmentStatus;

  @Column({ name: 'previous_assessment_id', type: 'uuid', nullable: true })
  previousAssessmentId: string | null;

  @Column({ name: 'return_comment', type: 'text', default: '' })
  returnComment: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'confirmed_by', type: 'uuid', nullable: true })
  confirmedBy: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}
