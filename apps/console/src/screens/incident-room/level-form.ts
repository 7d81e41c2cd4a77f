import type { FormProblem } from '../../components/FormErrorSummary';
import type { ChangeIncidentLevelInput, IncidentScope, IncidentType } from '../../generated/graphql';

export interface LevelValues {
  level: number;
  type: IncidentType;
  scope: IncidentScope;
  reason: string;
}

/** Something must change, and the reason is at least a few characters (the API's rule: three). */
export function validateLevelChange(current: Omit<LevelValues, 'reason'>, values: LevelValues): FormProblem[] {
  const problems: FormProblem[] = [];
  if (values.level === current.level && values.type === current.type && values.scope === current.scope) {
    problems.push({ field: 'level-level', message: 'Choose a different level, type or scope' });
  }
  if (values.reason.trim().length < 3) problems.push({ field: 'level-reason', message: 'Enter why it changes' });
  return problems;
}

/** Only what changes is sent, with the reason and the version seen. */
export function levelChangeInput(
  incident: Omit<LevelValues, 'reason'> & { id: string; version: number },
  values: LevelValues,
): ChangeIncidentLevelInput {
  return {
    id: incident.id,
    version: incident.version,
    reason: values.reason.trim(),
    level: values.level !== incident.level ? values.level : undefined,
    type: values.type !== incident.type ? values.type : undefined,
    scope: values.scope !== incident.scope ? values.scope : undefined,
  };
}
