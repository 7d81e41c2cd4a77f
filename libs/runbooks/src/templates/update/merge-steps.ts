import { randomUUID } from 'node:crypto';
import { DomainError } from '@muster/platform-core';
import { RunbookStepEntity } from '../../steps/runbook-step.entity';
import { MAX_STEPS } from '../../steps/runbook-step.inputs';
import { changedContentFields, ComparableStep, stepContent } from './step-content';
import { Slot, TemplateConflictChoice, TemplateStepChange, TemplateUpdateAnalysis } from './template-merge';

/** One step-level change of a template update, as its audit event records it. */
export interface MergedStepChange {
  change:
    | 'added_from_template'
    | 'updated_from_template'
    | 'removed_by_template'
    | 'kept_local_step'
    | 'kept_local_edit'
    | 'kept_local_removal'
    | 'kept_as_local_step'
    | 'dependency_dropped';
  stepId: string | null;
  templateStepId: string | null;
  title: string;
  fields?: string[];
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  /** The titles of the steps a dependency pointed at (dependency_dropped). */
  dependsOn?: string[];
  /** The caller's choice, where both sides had changed the step. */
  choice?: TemplateConflictChoice;
}

export interface MergeResult {
  /** The new working copy, in order (positions 1..n). */
  steps: RunbookStepEntity[];
  changes: MergedStepChange[];
}

type Outcome = 'keep' | 'take' | 'add' | 'remove' | 'absent' | 'keepAsLocal';

/**
 * What happens to one template step. Without a conflict: the template's additions,
 * removals and changes apply where the organisation left the step alone, and its own
 * edits and removals stand. With one: the caller's choice.
 */
function outcomeOf(slot: Slot, choice: TemplateConflictChoice | undefined): Outcome {
  const { ours, theirs } = slot;
  if (slot.conflict) {
    if (choice === TemplateConflictChoice.KEEP_LOCAL) return ours ? (theirs ? 'keep' : 'keepAsLocal') : 'absent';
    return theirs ? (ours ? 'take' : 'add') : 'remove';
  }
  switch (slot.template?.change) {
    case TemplateStepChange.ADDED:
      return 'add';
    case TemplateStepChange.REMOVED:
      return ours ? 'remove' : 'absent';
    // Changed by the template: taken, unless the organisation made the very same change.
    case TemplateStepChange.CHANGED:
      return slot.local ? 'keep' : 'take';
    default:
      return ours ? 'keep' : 'absent';
  }
}

/**
 * Applies a template update to the draft: every step the organisation added or edited is
 * kept (by id, so versions and dependencies still name it), template changes apply where
 * there is no conflict, and each conflict follows `choices` (every conflict must have one).
 * New template steps go after the step that precedes them in the template; dependencies
 * follow each step to its new row, and one whose step is gone is dropped and recorded.
 */
export function mergeTemplateUpdate(
  analysis: TemplateUpdateAnalysis,
  choices: ReadonlyMap<string, TemplateConflictChoice>,
  runbookId: string,
  newId: () => string = randomUUID,
): MergeResult {
  const outcomes = new Map(analysis.slots.map((s) => [s.key, outcomeOf(s, choices.get(s.key))]));
  const idOfKey = new Map<string, string>();
  for (const slot of analysis.slots) {
    const outcome = outcomes.get(slot.key);
    if (outcome === 'add') idOfKey.set(slot.key, newId());
    else if (slot.ours && (outcome === 'keep' || outcome === 'take' || outcome === 'keepAsLocal'))
      idOfKey.set(slot.key, slot.ours.id);
  }
  const byOurId = new Map<string, RunbookStepEntity>(analysis.localSteps.map((s) => [s.id, { ...s }]));
  const built = analysis.slots.map((slot) => {
    const outcome = outcomes.get(slot.key) as Outcome;
    return { slot, outcome, step: build(slot, outcome, idOfKey, runbookId) };
  });
  const added: [Slot, RunbookStepEntity][] = [];
  for (const { slot, outcome, step } of built) {
    if (step && outcome === 'add') added.push([slot, step]);
    else if (step && slot.ours) byOurId.set(slot.ours.id, step);
  }
  const sequence = analysis.ours.flatMap((s) => byOurId.get(s.id) ?? []);
  placeAdded(sequence, analysis.slots, added, idOfKey);
  const dropped = dropMissingDependencies(sequence, titles(analysis));
  const changes = [
    ...built.flatMap(({ slot, outcome, step }) => recordSlot(slot, outcome, step, choices.get(slot.key))),
    ...analysis.localSteps.map((s): MergedStepChange => ({
      change: 'kept_local_step',
      stepId: s.id,
      templateStepId: null,
      title: s.title,
    })),
    ...dropped,
  ];
  if (sequence.length > MAX_STEPS)
    throw DomainError.conflict(
      `Updating from the template would leave ${sequence.length} steps; a runbook has at most ${MAX_STEPS}`,
    );
  return { steps: inDependencyOrder(sequence).map((s, i) => ({ ...s, position: i + 1 })), changes };
}

function build(
  slot: Slot,
  outcome: Outcome,
  idOfKey: ReadonlyMap<string, string>,
  runbookId: string,
): RunbookStepEntity | null {
  const theirsDeps = () => (slot.theirs as ComparableStep).dependsOn.map((k) => idOfKey.get(k) ?? `template:${k}`);
  switch (outcome) {
    case 'keep':
      return { ...(slot.ours as RunbookStepEntity) };
    case 'keepAsLocal':
      return { ...(slot.ours as RunbookStepEntity), templateStepId: null };
    case 'take':
      return {
        ...(slot.ours as RunbookStepEntity),
        ...stepContent(slot.theirs as ComparableStep),
        dependsOn: theirsDeps(),
      };
    case 'add':
      return {
        id: idOfKey.get(slot.key) as string,
        runbookId,
        position: 0,
        ...stepContent(slot.theirs as ComparableStep),
        dependsOn: theirsDeps(),
        templateStepId: slot.key,
      };
    default:
      return null;
  }
}

function recordSlot(
  slot: Slot,
  outcome: Outcome,
  step: RunbookStepEntity | null,
  choice?: TemplateConflictChoice,
): MergedStepChange[] {
  const named = (step ?? slot.ours ?? slot.theirs ?? slot.base) as ComparableStep;
  const which = {
    stepId: step?.id ?? slot.ours?.id ?? null,
    templateStepId: slot.key,
    title: named.title,
    ...(slot.conflict ? { choice } : {}),
  };
  switch (outcome) {
    case 'add':
      return [{ change: 'added_from_template', ...which, after: stepContent(step as RunbookStepEntity) }];
    case 'remove':
      return [{ change: 'removed_by_template', ...which, before: stepContent(slot.ours as RunbookStepEntity) }];
    case 'keepAsLocal':
      return [{ change: 'kept_as_local_step', ...which }];
    case 'take':
      return [updated(slot.ours as RunbookStepEntity, step as RunbookStepEntity, which)];
    case 'keep':
      return slot.local ? [{ change: 'kept_local_edit', ...which, fields: slot.local.fields }] : [];
    default:
      return slot.local?.change === TemplateStepChange.REMOVED && slot.theirs
        ? [{ change: 'kept_local_removal', ...which }]
        : [];
  }
}

/** The fields the template's side changed in the draft's step, before and after (dependencies as step ids). */
function updated(
  before: RunbookStepEntity,
  after: RunbookStepEntity,
  which: Omit<MergedStepChange, 'change'>,
): MergedStepChange {
  const dependencies = before.dependsOn.join() === after.dependsOn.join() ? [] : ['dependsOn'];
  const fields = [...changedContentFields(before, after), ...dependencies];
  const side = (step: RunbookStepEntity): Record<string, unknown> => {
    const values: Record<string, unknown> = { ...stepContent(step), dependsOn: step.dependsOn };
    return Object.fromEntries(fields.map((f) => [f, values[f]]));
  };
  return { change: 'updated_from_template', ...which, fields, before: side(before), after: side(after) };
}

/** Each new template step goes right after the step before it in the template (or first). */
function placeAdded(
  sequence: RunbookStepEntity[],
  slots: readonly Slot[],
  added: readonly [Slot, RunbookStepEntity][],
  idOfKey: ReadonlyMap<string, string>,
): void {
  const newByKey = new Map(added.map(([slot, step]) => [slot.key, step]));
  let cursor = -1;
  for (const slot of slots.filter((s) => s.theirs)) {
    const fresh = newByKey.get(slot.key);
    if (fresh) sequence.splice(++cursor, 0, fresh);
    else if (idOfKey.has(slot.key)) cursor = sequence.findIndex((s) => s.id === idOfKey.get(slot.key));
  }
}

/** The title of every step any side names, by our id and by template step, for the record of a dropped dependency. */
function titles(analysis: TemplateUpdateAnalysis): Map<string, string> {
  const out = new Map<string, string>();
  for (const slot of analysis.slots)
    out.set(`template:${slot.key}`, ((slot.theirs ?? slot.base) as ComparableStep).title);
  for (const s of analysis.ours) out.set(s.id, s.title);
  return out;
}

/** A dependency on a step the merge removed (or never had) cannot survive: dropped, and said so. */
function dropMissingDependencies(
  sequence: RunbookStepEntity[],
  titleOf: ReadonlyMap<string, string>,
): MergedStepChange[] {
  const present = new Set(sequence.map((s) => s.id));
  const changes: MergedStepChange[] = [];
  for (const step of sequence) {
    const missing = step.dependsOn.filter((d) => !present.has(d));
    if (missing.length === 0) continue;
    step.dependsOn = step.dependsOn.filter((d) => present.has(d));
    changes.push({
      change: 'dependency_dropped',
      stepId: step.id,
      templateStepId: step.templateStepId,
      title: step.title,
      dependsOn: missing.map((d) => titleOf.get(d) ?? d),
    });
  }
  return changes;
}

/**
 * The sequence reordered as little as needed for every step to come after the steps it
 * depends on (the earliest step whose dependencies are placed goes next): unchanged when
 * it already holds. A cycle — the template's new dependencies against the organisation's
 * — is a CONFLICT for the caller to resolve in the draft.
 */
function inDependencyOrder(sequence: readonly RunbookStepEntity[]): RunbookStepEntity[] {
  const remaining = [...sequence];
  const placed = new Set<string>();
  const out: RunbookStepEntity[] = [];
  while (remaining.length) {
    const next = remaining.findIndex((s) => s.dependsOn.every((d) => placed.has(d)));
    if (next < 0) {
      const names = remaining.map((s) => `'${s.title}'`).join(', ');
      throw DomainError.conflict(
        `Updating from the template would make steps depend on each other in a cycle (${names}); change their dependencies in the draft first`,
      );
    }
    const [step] = remaining.splice(next, 1);
    placed.add(step.id);
    out.push(step);
  }
  return out;
}
