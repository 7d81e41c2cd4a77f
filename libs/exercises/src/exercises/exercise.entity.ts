import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ExerciseTheme, ExerciseType } from './exercise-enums';

/** An exercise an organisation ran (EPRR Framework): its type, theme, time and scenario. */
@Entity({ name: 'exercise' })
export class ExerciseEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  type: ExerciseType;

  @Column({ type: 'text' })
  theme: ExerciseTheme;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  scenario: string;

  @Column({ name: 'held_at', type: 'timestamptz' })
  heldAt: Date;

  @Column({ name: 'organising_organisation_id', type: 'uuid' })
  organisingOrganisationId: string;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** A finding of an exercise (a lesson identified), appended, never changed. */
@Entity({ name: 'exercise_finding' })
export class ExerciseFindingEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'exercise_id', type: 'uuid' })
  exerciseId: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  detail: string;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

/** The entities of the exercises library, for TypeOrmModule.forFeature. Participants and runbooks exercised are read and written in SQL. */
export const EXERCISE_ENTITIES = [ExerciseEntity, ExerciseFindingEntity];
