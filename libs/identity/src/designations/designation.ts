import { registerEnumType } from '@nestjs/graphql';

/**
 * The statutory and command duties an organisation designates named people for. A
 * runbook step may name one instead of an operational role: "the SIRO decides", not "an
 * incident commander of the executive on-call team decides".
 */
export enum Designation {
  ACCOUNTABLE_EMERGENCY_OFFICER = 'ACCOUNTABLE_EMERGENCY_OFFICER',
  SIRO = 'SIRO',
  CALDICOTT_GUARDIAN = 'CALDICOTT_GUARDIAN',
  DATA_PROTECTION_OFFICER = 'DATA_PROTECTION_OFFICER',
  STRATEGIC_ON_CALL = 'STRATEGIC_ON_CALL',
  TACTICAL_ON_CALL = 'TACTICAL_ON_CALL',
  OPERATIONAL_ON_CALL = 'OPERATIONAL_ON_CALL',
}

export const DESIGNATIONS: readonly Designation[] = Object.values(Designation);

/** Held by one person at a time: designating another replaces them. On-call rotas have several. */
export const SINGLE_HOLDER_DESIGNATIONS: readonly Designation[] = [
  Designation.ACCOUNTABLE_EMERGENCY_OFFICER,
  Designation.SIRO,
  Designation.CALDICOTT_GUARDIAN,
  Designation.DATA_PROTECTION_OFFICER,
];

const WORDS: Record<Designation, string> = {
  [Designation.ACCOUNTABLE_EMERGENCY_OFFICER]: 'Accountable Emergency Officer',
  [Designation.SIRO]: 'SIRO',
  [Designation.CALDICOTT_GUARDIAN]: 'Caldicott Guardian',
  [Designation.DATA_PROTECTION_OFFICER]: 'Data Protection Officer',
  [Designation.STRATEGIC_ON_CALL]: 'strategic (gold) on-call commander',
  [Designation.TACTICAL_ON_CALL]: 'tactical (silver) on-call commander',
  [Designation.OPERATIONAL_ON_CALL]: 'operational (bronze) on-call commander',
};

export const designationWords = (d: Designation): string => WORDS[d] ?? d;

registerEnumType(Designation, {
  name: 'Designation',
  description:
    'A duty an organisation designates named people for: ACCOUNTABLE_EMERGENCY_OFFICER, SIRO, CALDICOTT_GUARDIAN, ' +
    'DATA_PROTECTION_OFFICER (one person each), STRATEGIC_ON_CALL (gold), TACTICAL_ON_CALL (silver), OPERATIONAL_ON_CALL (bronze) (rotas of several).',
});
