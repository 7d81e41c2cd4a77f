import { randomUUID } from 'node:crypto';
import { RunbookStepEntity } from '../steps/runbook-step.entity';
import { DEFAULT_CLOCK_ANCHOR } from '../steps/step-clock-anchor';
import { RunbookVersionStep } from '../versions/runbook-version.entity';

/** Fresh step rows for `runbookId` from a template version; dependencies follow the new ids. */
export function copyTemplateSteps(steps: readonly RunbookVersionStep[], runbookId: string): RunbookStepEntity[] {
  const newId = new Map(steps.map((s) => [s.id, randomUUID()]));
  return steps.map((s) => ({
    id: newId.get(s.id) as string,
    runbookId,
    position: s.position,
    title: s.title,
    function: s.function,
    responsibleRole: s.responsibleRole,
    designation: s.designation ?? null,
    instructions: s.instructions,
    targetMinutes: s.targetMinutes,
    clockAnchor: s.clockAnchor ?? DEFAULT_CLOCK_ANCHOR,
    mandatory: s.mandatory,
    dependsOn: s.dependsOn.map((d) => newId.get(d) as string),
    templateStepId: s.id,
  }));
}
