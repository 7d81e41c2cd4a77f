import { Role } from '@muster/platform-access';
import { RunbookStepEntity } from '../steps/runbook-step.entity';
import { RunbookVersionStep } from './runbook-version.entity';

/** The steps as they are published: the working copy's rows, ids kept. */
export function snapshotSteps(steps: readonly RunbookStepEntity[]): RunbookVersionStep[] {
  return [...steps]
    .sort((a, b) => a.position - b.position)
    .map((s) => ({
      id: s.id,
      position: s.position,
      title: s.title,
      function: s.function,
      responsibleRole: s.responsibleRole,
      designation: s.designation,
      instructions: s.instructions,
      targetMinutes: s.targetMinutes,
      clockAnchor: s.clockAnchor,
      mandatory: s.mandatory,
      dependsOn: [...s.dependsOn],
      templateStepId: s.templateStepId,
    }));
}

/** The distinct responsible roles of the steps (steps naming a designation name no role). */
export function requiredRoles(steps: readonly { responsibleRole: Role | null }[]): Role[] {
  return [...new Set(steps.flatMap((s) => (s.responsibleRole ? [s.responsibleRole] : [])))].sort();
}
