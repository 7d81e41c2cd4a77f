import { RunbookStepEntity } from '../../steps/runbook-step.entity';
import { RunbookVersionStep } from '../../versions/runbook-version.entity';
import { changedContentFields, ComparableStep } from './step-content';

/** How a step differs between two sides of a template update. */
export enum TemplateStepChange {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
  /** Unchanged by the organisation, but steps of its own depend on it (so removing it would change them). */
  DEPENDED_ON = 'DEPENDED_ON',
}

/** What to do with a step both sides changed. */
export enum TemplateConflictChoice {
  KEEP_LOCAL = 'KEEP_LOCAL',
  TAKE_TEMPLATE = 'TAKE_TEMPLATE',
}

export interface Change {
  change: TemplateStepChange;
  /** The fields that differ, for CHANGED (content fields, and `dependsOn`). */
  fields: string[];
}

/** A step that differs between two sides. */
export interface StepDifference extends Change {
  /** The ICS template's step; null for a step of the organisation's own. */
  templateStepId: string | null;
  /** The draft's step; null when the draft does not have it. */
  stepId: string | null;
  title: string;
}

/** A template step both the organisation and the template changed, differently. */
export interface StepConflict {
  templateStepId: string;
  stepId: string | null;
  title: string;
  local: TemplateStepChange;
  localFields: string[];
  template: TemplateStepChange;
  templateFields: string[];
}

/**
 * One step of the template across the three sides of the merge: as adopted (`base`), as
 * in the template's newer version (`theirs`) and in the organisation's draft (`ours`,
 * found by its `templateStepId`). A template step's id is the id of the template's own
 * working-copy step: stable across the template's versions, and kept by every copy.
 */
export interface Slot {
  key: string;
  base?: RunbookVersionStep;
  theirs?: RunbookVersionStep;
  ours?: RunbookStepEntity;
  template: Change | null;
  local: Change | null;
  conflict: boolean;
}

export interface TemplateUpdateAnalysis {
  slots: Slot[];
  /** The organisation's own steps (no template step, or one the template no longer had when adopted). */
  localSteps: RunbookStepEntity[];
  /** The draft, in order. */
  ours: RunbookStepEntity[];
  templateChanges: StepDifference[];
  localChanges: StepDifference[];
  conflicts: StepConflict[];
}

/**
 * The three-way comparison of a template update: per template step, what the template
 * changed since the adopted version and what the organisation changed in its draft; a
 * conflict where both changed the same step differently. Reordering is not a change: the
 * organisation's order is kept.
 */
export function analyseTemplateUpdate(
  base: readonly RunbookVersionStep[],
  theirs: readonly RunbookVersionStep[],
  ours: readonly RunbookStepEntity[],
): TemplateUpdateAnalysis {
  const baseByKey = new Map(base.map((s) => [s.id, s]));
  const theirsByKey = new Map(theirs.map((s) => [s.id, s]));
  const oursByKey = new Map<string, RunbookStepEntity>();
  for (const s of ours)
    if (s.templateStepId && baseByKey.has(s.templateStepId) && !oursByKey.has(s.templateStepId))
      oursByKey.set(s.templateStepId, s);
  const keyOfOurs = new Map([...oursByKey].map(([key, s]) => [s.id, key]));
  const ourDeps = (s: RunbookStepEntity) => s.dependsOn.map((id) => keyOfOurs.get(id) ?? `local:${id}`);
  const differences = (a: ComparableStep, aDeps: readonly string[], b: ComparableStep, bDeps: readonly string[]) => [
    ...changedContentFields(a, b),
    ...(sameSet(aDeps, bDeps) ? [] : ['dependsOn']),
  ];

  const keys = [...new Set([...theirs.map((s) => s.id), ...base.map((s) => s.id)])];
  const slots: Slot[] = keys.map((key) => {
    const [b, th, o] = [baseByKey.get(key), theirsByKey.get(key), oursByKey.get(key)];
    const template = !b ? added() : !th ? removed() : changed(differences(b, b.dependsOn, th, th.dependsOn));
    const local = !b ? null : !o ? removed() : changed(differences(b, b.dependsOn, o, ourDeps(o)));
    const agree =
      (template?.change === TemplateStepChange.REMOVED && local?.change === TemplateStepChange.REMOVED) ||
      (!!th && !!o && differences(th, th.dependsOn, o, ourDeps(o)).length === 0);
    return { key, base: b, theirs: th, ours: o, template, local, conflict: !!template && !!local && !agree };
  });
  markDependedOn(slots, ours);
  const localSteps = ours.filter((s) => !keyOfOurs.has(s.id));
  return { slots, localSteps, ours: [...ours], ...describe(slots, localSteps) };
}

/**
 * A template step the template removes and the organisation did not change is removed,
 * unless steps the merge keeps as the organisation wrote them depend on it: then removing
 * it would change them, so it is a conflict too (repeated until nothing more changes, as
 * keeping one step can keep the steps it depends on).
 */
function markDependedOn(slots: Slot[], ours: readonly RunbookStepEntity[]): void {
  const slotOf = new Map(slots.filter((s) => s.ours).map((s) => [(s.ours as RunbookStepEntity).id, s]));
  const removedQuietly = (s: Slot | undefined) =>
    !!s?.ours && !s.conflict && s.template?.change === TemplateStepChange.REMOVED;
  // A step whose slot takes the template's side (changed by the template only) takes its dependencies too.
  const keepsOwnDependencies = (step: RunbookStepEntity) => {
    const slot = slotOf.get(step.id);
    return !slot || slot.conflict || !!slot.local || !slot.template;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const slot of slots.filter(removedQuietly)) {
      const id = (slot.ours as RunbookStepEntity).id;
      const dependents = ours.filter(
        (s) => s.dependsOn.includes(id) && keepsOwnDependencies(s) && !removedQuietly(slotOf.get(s.id)),
      );
      if (dependents.length === 0) continue;
      slot.local = { change: TemplateStepChange.DEPENDED_ON, fields: [] };
      slot.conflict = true;
      changed = true;
    }
  }
}

function describe(slots: readonly Slot[], localSteps: readonly RunbookStepEntity[]) {
  const titleOf = (s: Slot) => (s.ours ?? s.theirs ?? s.base) as ComparableStep;
  const difference = (s: Slot, c: Change): StepDifference => ({
    templateStepId: s.key,
    stepId: s.ours?.id ?? null,
    title: titleOf(s).title,
    change: c.change,
    fields: c.fields,
  });
  const templateChanges = slots.filter((s) => s.template).map((s) => difference(s, s.template as Change));
  const localChanges = [
    ...localSteps.map((s) => ({
      templateStepId: null,
      stepId: s.id,
      title: s.title,
      change: TemplateStepChange.ADDED,
      fields: [],
    })),
    ...slots
      .filter((s) => s.local && s.local.change !== TemplateStepChange.DEPENDED_ON)
      .map((s) => difference(s, s.local as Change)),
  ];
  const conflicts = slots
    .filter((s) => s.conflict)
    .map((s): StepConflict => ({
      templateStepId: s.key,
      stepId: s.ours?.id ?? null,
      title: titleOf(s).title,
      local: (s.local as Change).change,
      localFields: (s.local as Change).fields,
      template: (s.template as Change).change,
      templateFields: (s.template as Change).fields,
    }));
  return { templateChanges, localChanges, conflicts };
}

const added = (): Change => ({ change: TemplateStepChange.ADDED, fields: [] });
const removed = (): Change => ({ change: TemplateStepChange.REMOVED, fields: [] });
const changed = (fields: string[]): Change | null =>
  fields.length ? { change: TemplateStepChange.CHANGED, fields } : null;

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const [x, y] = [[...new Set(a)].sort(), [...new Set(b)].sort()];
  return x.length === y.length && x.every((v, i) => v === y[i]);
}
