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
