import type { FormProblem } from '../../components/FormErrorSummary';
import type { RecordCommandDecisionInput } from '../../generated/graphql';
import { requireFilled } from './room-state';

/** The JESIP decision record: the decision and what it rests on, each required. */
export const DECISION_FIELDS = [
  { name: 'decision', label: 'Decision', hint: 'What was decided' },
  { name: 'rationale', label: 'Rationale', hint: 'Why' },
  { name: 'information', label: 'Information and intelligence', hint: 'What it rests on' },
  { name: 'riskAssessment', label: 'Risk assessment and working strategy', hint: '' },
  { name: 'powersAndPolicy', label: 'Powers, policies and procedures', hint: 'Those considered' },
  { name: 'optionsConsidered', label: 'Options and contingencies', hint: 'Those considered' },
] as const;

export type DecisionField = (typeof DECISION_FIELDS)[number]['name'];
export type DecisionValues = Record<DecisionField, string> & { revisitsDecisionId: string };

export const EMPTY_DECISION: DecisionValues = {
  decision: '',
  rationale: '',
  information: '',
  riskAssessment: '',
  powersAndPolicy: '',
  optionsConsidered: '',
  revisitsDecisionId: '',
};

export function validateDecision(values: DecisionValues): FormProblem[] {
  return requireFilled(
    values,
    'decision',
    Object.fromEntries(DECISION_FIELDS.map((f) => [f.name, `Enter the ${f.label.toLowerCase()}`])),
  );
}

export function decisionInput(incidentId: string, values: DecisionValues): RecordCommandDecisionInput {
  const input = { incidentId } as RecordCommandDecisionInput;
  for (const f of DECISION_FIELDS) input[f.name] = values[f.name].trim();
  if (values.revisitsDecisionId) input.revisitsDecisionId = values.revisitsDecisionId;
  return input;
}
