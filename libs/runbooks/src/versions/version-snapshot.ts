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
      instructions: s.instructions,
      targetMinutes: s.targetMinutes,
      mandatory: s.mandatory,
      dependsOn: [...s.dependsOn],
      templateStepId: s.templateStepId,
    }));
}

export function requiredRoles(steps: readonly { responsibleRole: Role }[]): Role[] {
  return [...new Set(steps.map((s) => s.responsibleRole))].sort();
}
