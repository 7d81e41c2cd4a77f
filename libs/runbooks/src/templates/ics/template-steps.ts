import { IcsTemplateSpec, TemplateStepSpec } from './template-spec';

/** The template's steps as of `version` (1, or 2 with the `version2` steps inserted). */
export function templateSteps(spec: IcsTemplateSpec, version: number): TemplateStepSpec[] {
  if (version < 2 || !spec.version2) return [...spec.steps];
  const { afterKey, steps } = spec.version2;
  const at = spec.steps.findIndex((s) => s.key === afterKey) + 1;
  return [...spec.steps.slice(0, at), ...steps, ...spec.steps.slice(at)];
}

/** The latest version the demo data publishes of a template. */
export const latestTemplateVersion = (spec: IcsTemplateSpec): number => (spec.version2 ? 2 : 1);
