import { describe, expect, it } from 'vitest';
import { decisionInput, EMPTY_DECISION, validateDecision } from './decision-form';

describe('the command decision form', () => {
  it('asks for every part of the record, in order', () => {
    const problems = validateDecision({ ...EMPTY_DECISION, decision: 'Divert ambulances' });
    expect(problems.map((p) => p.field)).toEqual([
      'decision-rationale',
      'decision-information',
      'decision-riskAssessment',
      'decision-powersAndPolicy',
      'decision-optionsConsidered',
    ]);
    expect(problems[0].message).toBe('Enter the rationale');
  });

  it('sends the record trimmed, naming the decision it revisits', () => {
    const values = {
      decision: ' Divert ',
      rationale: 'r',
      information: 'i',
      riskAssessment: 'ra',
      powersAndPolicy: 'p',
      optionsConsidered: 'o',
      revisitsDecisionId: 'd1',
    };
    expect(decisionInput('inc', values)).toEqual({ incidentId: 'inc', ...values, decision: 'Divert' });
    expect(decisionInput('inc', { ...values, revisitsDecisionId: '' })).not.toHaveProperty('revisitsDecisionId');
  });
});
