import { ACCOUNT_COMPROMISE_TEMPLATE } from './account-compromise';
import { DATA_BREACH_TEMPLATE } from './data-breach';
import { DDOS_TEMPLATE } from './ddos';
import { EPR_OUTAGE_TEMPLATE } from './epr-outage';
import { RANSOMWARE_TEMPLATE } from './ransomware';
import { SUPPLIER_COMPROMISE_TEMPLATE } from './supplier-compromise';
import { IcsTemplateSpec } from './template-spec';

export type { IcsTemplateSpec, TemplateStepSpec } from './template-spec';

/** The ICS template runbooks of the demo ICB (content only; the seed decides who adopts what). */
export const ICS_TEMPLATES: readonly IcsTemplateSpec[] = [
  RANSOMWARE_TEMPLATE,
  DATA_BREACH_TEMPLATE,
  SUPPLIER_COMPROMISE_TEMPLATE,
  DDOS_TEMPLATE,
  ACCOUNT_COMPROMISE_TEMPLATE,
  EPR_OUTAGE_TEMPLATE,
];
