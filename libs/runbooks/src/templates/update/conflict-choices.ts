import { DomainError } from '@muster/platform-core';
import { StepConflict, TemplateConflictChoice, TemplateStepChange, TemplateUpdateAnalysis } from './template-merge';

export interface ConflictResolution {
  templateStepId: string;
  choice: TemplateConflictChoice;
}

const LOCAL_WORDS: Record<TemplateStepChange, string> = {
  [TemplateStepChange.ADDED]: 'added here',
  [TemplateStepChange.CHANGED]: 'changed here',
  [TemplateStepChange.REMOVED]: 'removed here',
  [TemplateStepChange.DEPENDED_ON]: 'steps here depend on it',
};

const TEMPLATE_WORDS: Record<TemplateStepChange, string> = {
  [TemplateStepChange.ADDED]: 'added by the template',
  [TemplateStepChange.CHANGED]: 'changed by the template',
  [TemplateStepChange.REMOVED]: 'removed from the template',
  [TemplateStepChange.DEPENDED_ON]: 'depended on in the template',
};

/**
 * The caller's choice for each conflict. A conflict without one is a CONFLICT that lists
 * every such step, with what each side did; a choice that names no conflict of this update
 * (or one named twice) is BAD_USER_INPUT on that choice.
 */
export function choicesFor(
  analysis: TemplateUpdateAnalysis,
  resolutions: readonly ConflictResolution[],
  templateVersion: string,
): Map<string, TemplateConflictChoice> {
  const conflicts = new Set(analysis.conflicts.map((c) => c.templateStepId));
  const choices = new Map<string, TemplateConflictChoice>();
  resolutions.forEach((r, i) => {
    const field = `resolutions.${i}.templateStepId`;
    if (!conflicts.has(r.templateStepId))
      throw DomainError.badInput(
        field,
        `step ${r.templateStepId} is not a conflict of this update (see templateUpdatePreview)`,
      );
    if (choices.has(r.templateStepId)) throw DomainError.badInput(field, `step ${r.templateStepId} is chosen twice`);
    choices.set(r.templateStepId, r.choice);
  });
  const open = analysis.conflicts.filter((c) => !choices.has(c.templateStepId));
  if (open.length) {
    const position = new Map(analysis.ours.map((s) => [s.id, s.position]));
    const named = open.map((c) => `${stepName(c, position)} (${LOCAL_WORDS[c.local]}, ${TEMPLATE_WORDS[c.template]})`);
    throw DomainError.conflict(
      `Updating to ${templateVersion} conflicts with this draft's own changes in ${open.length} step${open.length > 1 ? 's' : ''}: ${named.join('; ')}. ` +
        'Choose KEEP_LOCAL or TAKE_TEMPLATE for each in resolutions (templateUpdatePreview lists them)',
    );
  }
  return choices;
}

function stepName(c: StepConflict, position: ReadonlyMap<string, number>): string {
  return c.stepId ? `step ${position.get(c.stepId)} '${c.title}'` : `'${c.title}'`;
}
