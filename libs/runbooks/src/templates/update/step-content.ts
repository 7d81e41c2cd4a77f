import { RunbookStepEntity } from '../../steps/runbook-step.entity';
import { DEFAULT_CLOCK_ANCHOR } from '../../steps/step-clock-anchor';
import { RunbookVersionStep } from '../../versions/runbook-version.entity';

/** A step of a draft, or as published in a version. */
export type ComparableStep = RunbookStepEntity | RunbookVersionStep;

/**
 * A step's content: what a template update compares between the template version an
 * organisation adopted, the template's newer version and the organisation's draft, and
 * what it copies when it takes the template's side. Every content field of a step is
 * listed here and only here: a new step field joins the comparison and the merge with one
 * line. Not content: the step's identity (id, templateStepId), its place (position: the
 * organisation's order is kept) and its dependencies (compared by template step in
 * template-merge.ts, since each side names them by its own ids).
 */
export function stepContent(step: ComparableStep) {
  return {
    title: step.title,
    function: step.function,
    responsibleRole: step.responsibleRole,
    designation: step.designation ?? null,
    instructions: step.instructions,
    targetMinutes: step.targetMinutes,
    // Versions published before anchors have none: they counted from the declaration.
    clockAnchor: step.clockAnchor ?? DEFAULT_CLOCK_ANCHOR,
    mandatory: step.mandatory,
  };
}

export type StepContent = ReturnType<typeof stepContent>;

/** The content fields in which two steps differ. A field a published version predates reads as null. */
export function changedContentFields(a: ComparableStep, b: ComparableStep): string[] {
  const [x, y] = [stepContent(a), stepContent(b)];
  return (Object.keys(x) as (keyof StepContent)[]).filter(
    (k) => JSON.stringify(x[k] ?? null) !== JSON.stringify(y[k] ?? null),
  );
}
