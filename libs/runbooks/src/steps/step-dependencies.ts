import { DomainError } from '@muster/platform-core';

export interface StepOrder {
  id: string;
  position: number;
  title: string;
  dependsOn: readonly string[];
}

/**
 * Dependencies point only at earlier steps of the same runbook: with a strict order no
 * cycle can form. Returns the first problem in words naming the step, or null.
 */
export function dependencyProblem(steps: readonly StepOrder[]): string | null {
  const byId = new Map(steps.map((s) => [s.id, s]));
  for (const step of [...steps].sort((a, b) => a.position - b.position)) {
    const seen = new Set<string>();
    for (const dep of step.dependsOn) {
      const target = byId.get(dep);
      const name = `step ${step.position} '${step.title}'`;
      if (seen.has(dep)) return `${name} lists the same dependency twice`;
      seen.add(dep);
      if (dep === step.id) return `${name} cannot depend on itself`;
      if (!target) return `${name} depends on a step that is not in this runbook`;
      if (target.position >= step.position) {
        return `${name} depends on step ${target.position} '${target.title}', which does not come before it (dependencies must be on earlier steps, so no cycles)`;
      }
    }
  }
  return null;
}

/** Throws BAD_USER_INPUT on `field` when the steps' dependencies are not valid. */
export function assertValidDependencies(steps: readonly StepOrder[], field: string): void {
  const problem = dependencyProblem(steps);
  if (problem) throw DomainError.badInput(field, problem);
}

/** Steps that depend on `stepId`, for refusing its removal. */
export function dependentsOf(steps: readonly StepOrder[], stepId: string): StepOrder[] {
  return steps.filter((s) => s.dependsOn.includes(stepId));
}
