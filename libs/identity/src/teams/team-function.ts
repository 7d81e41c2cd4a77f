import { registerEnumType } from '@nestjs/graphql';

/** An organisation's functions; runbook steps and assignments are for one of these. */
export enum TeamFunction {
  INFORMATION_GOVERNANCE = 'INFORMATION_GOVERNANCE',
  EPRR = 'EPRR',
  DIGITAL = 'DIGITAL',
  CYBER_SOC = 'CYBER_SOC',
  COMMUNICATIONS = 'COMMUNICATIONS',
  CLINICAL = 'CLINICAL',
  EXECUTIVE_ON_CALL = 'EXECUTIVE_ON_CALL',
}

registerEnumType(TeamFunction, { name: 'TeamFunction' });

const FUNCTION_WORDS: Record<TeamFunction, string> = {
  [TeamFunction.INFORMATION_GOVERNANCE]: 'Information Governance',
  [TeamFunction.EPRR]: 'EPRR',
  [TeamFunction.DIGITAL]: 'Digital',
  [TeamFunction.CYBER_SOC]: 'Cyber/SOC',
  [TeamFunction.COMMUNICATIONS]: 'Communications',
  [TeamFunction.CLINICAL]: 'Clinical',
  [TeamFunction.EXECUTIVE_ON_CALL]: 'Executive on-call',
};

/** A function in words: "Information Governance", "Cyber/SOC". */
export const functionWords = (fn: TeamFunction): string => FUNCTION_WORDS[fn] ?? fn;
