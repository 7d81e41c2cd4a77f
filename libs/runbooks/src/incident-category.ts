import { registerEnumType } from '@nestjs/graphql';

/** What kind of incident a runbook (and later an incident) is for. */
export enum IncidentCategory {
  RANSOMWARE = 'RANSOMWARE',
  DATA_BREACH = 'DATA_BREACH',
  DDOS = 'DDOS',
  ACCOUNT_COMPROMISE = 'ACCOUNT_COMPROMISE',
  SUPPLIER_COMPROMISE = 'SUPPLIER_COMPROMISE',
  IT_OUTAGE = 'IT_OUTAGE',
  OTHER = 'OTHER',
}

export const INCIDENT_CATEGORIES: readonly IncidentCategory[] = Object.values(IncidentCategory);

registerEnumType(IncidentCategory, {
  name: 'IncidentCategory',
  description: 'Incident categories: ransomware, personal-data breach, DDoS, phishing/account compromise, supplier compromise, IT outage, other.',
});
