import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@muster/platform-access';
import { Designation, TeamFunction } from '@muster/identity';
import { StepClockAnchor } from './step-clock-anchor';

/**
 * One step of a runbook's working copy. Its id is kept across versions while the step
 * exists, so versions (and incidents activating them) can refer to the same step.
 */
@Entity({ name: 'runbook_step' })
export class RunbookStepEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'runbook_id', type: 'uuid' })
  runbookId: string;

  /** 1-based order; unique per runbook (checked at commit, so reordering is one statement). */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  /** The function whose people carry the step out; null when the step names a designation. */
  @Column({ type: 'text', nullable: true })
  function: TeamFunction | null;

  /** The operational role within `function`; null when the step names a designation. */
  @Column({ name: 'responsible_role', type: 'text', nullable: true })
  responsibleRole: Role | null;

  /** The designated person (SIRO, Caldicott Guardian, gold on-call…) who carries the step out, instead of a role. */
  @Column({ type: 'text', nullable: true })
  designation: Designation | null;

  @Column({ type: 'text', default: '' })
  instructions: string;

  /** Target time in minutes from the clock anchor; null when the step has no target. */
  @Column({ name: 'target_minutes', type: 'int', nullable: true })
  targetMinutes: number | null;

  /** What `targetMinutes` counts from: the declaration, or awareness of a breach (72-hour notifications). */
  @Column({ name: 'clock_anchor', type: 'text', default: 'DECLARATION' })
  clockAnchor: StepClockAnchor;

  @Column({ type: 'boolean', default: true })
  mandatory: boolean;

  /** Ids of earlier steps of the same runbook this step waits for. */
  @Column({ name: 'depends_on', type: 'uuid', array: true, default: () => "'{}'" })
  dependsOn: string[];

  /** The template step this one was copied from, for adopted runbooks. */
  @Column({ name: 'template_step_id', type: 'uuid', nullable: true })
  templateStepId: string | null;
}
