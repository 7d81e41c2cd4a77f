import { registerEnumType } from '@nestjs/graphql';

/**
 * What kind of incident a runbook (and an incident) is for: the EPRR hazards an NHS
 * organisation plans for. The order is deliberate and is the order of every list and
 * matrix column: the cyber and digital hazards first (as they were first added, so
 * ACCOUNT_COMPROMISE before SUPPLIER_COMPROMISE), then the other EPRR hazards, then OTHER.
 * A value, once stored, never changes; a new one is added to its group by a migration
 * that widens the CHECK constraints.
 */
export enum IncidentCategory {
  RANSOMWARE = 'RANSOMWARE',
  DATA_BREACH = 'DATA_BREACH',
  DDOS = 'DDOS',
  ACCOUNT_COMPROMISE = 'ACCOUNT_COMPROMISE',
  SUPPLIER_COMPROMISE = 'SUPPLIER_COMPROMISE',
  IT_OUTAGE = 'IT_OUTAGE',
  BUSINESS_CONTINUITY = 'BUSINESS_CONTINUITY',
  HEATWAVE = 'HEATWAVE',
  COLD_WEATHER = 'COLD_WEATHER',
  FLOODING = 'FLOODING',
  MASS_CASUALTY = 'MASS_CASUALTY',
  CBRN_HAZMAT = 'CBRN_HAZMAT',
  INFECTIOUS_DISEASE = 'INFECTIOUS_DISEASE',
  EVACUATION_AND_SHELTER = 'EVACUATION_AND_SHELTER',
  POWER_FAILURE = 'POWER_FAILURE',
  WATER_FAILURE = 'WATER_FAILURE',
  FUEL_DISRUPTION = 'FUEL_DISRUPTION',
  INDUSTRIAL_ACTION = 'INDUSTRIAL_ACTION',
  MASS_GATHERING = 'MASS_GATHERING',
  OTHER = 'OTHER',
}

/** Cyber and digital incidents, or the other EPRR hazards. */
export enum IncidentCategoryGroup {
  CYBER = 'CYBER',
  NON_CYBER = 'NON_CYBER',
}

export const INCIDENT_CATEGORIES: readonly IncidentCategory[] = Object.values(IncidentCategory);

interface CategoryInfo {
  group: IncidentCategoryGroup;
  /** In a sentence: "No runbook for <words>". */
  words: string;
}

const { CYBER, NON_CYBER } = IncidentCategoryGroup;

export const INCIDENT_CATEGORY_INFO: Readonly<Record<IncidentCategory, CategoryInfo>> = {
  [IncidentCategory.RANSOMWARE]: { group: CYBER, words: 'ransomware' },
  [IncidentCategory.DATA_BREACH]: { group: CYBER, words: 'personal data breach' },
  [IncidentCategory.DDOS]: { group: CYBER, words: 'DDoS' },
  [IncidentCategory.ACCOUNT_COMPROMISE]: { group: CYBER, words: 'phishing/account compromise' },
  [IncidentCategory.SUPPLIER_COMPROMISE]: { group: CYBER, words: 'supplier compromise' },
  [IncidentCategory.IT_OUTAGE]: { group: CYBER, words: 'IT outage' },
  [IncidentCategory.BUSINESS_CONTINUITY]: { group: NON_CYBER, words: 'business continuity (generic)' },
  [IncidentCategory.HEATWAVE]: { group: NON_CYBER, words: 'adverse weather: heat' },
  [IncidentCategory.COLD_WEATHER]: { group: NON_CYBER, words: 'adverse weather: cold' },
  [IncidentCategory.FLOODING]: { group: NON_CYBER, words: 'adverse weather: flooding' },
  [IncidentCategory.MASS_CASUALTY]: { group: NON_CYBER, words: 'mass casualty' },
  [IncidentCategory.CBRN_HAZMAT]: { group: NON_CYBER, words: 'CBRN/HAZMAT' },
  [IncidentCategory.INFECTIOUS_DISEASE]: { group: NON_CYBER, words: 'infectious disease/pandemic' },
  [IncidentCategory.EVACUATION_AND_SHELTER]: { group: NON_CYBER, words: 'evacuation and shelter' },
  [IncidentCategory.POWER_FAILURE]: { group: NON_CYBER, words: 'utilities failure: power' },
  [IncidentCategory.WATER_FAILURE]: { group: NON_CYBER, words: 'utilities failure: water' },
  [IncidentCategory.FUEL_DISRUPTION]: { group: NON_CYBER, words: 'fuel disruption' },
  [IncidentCategory.INDUSTRIAL_ACTION]: { group: NON_CYBER, words: 'industrial action' },
  [IncidentCategory.MASS_GATHERING]: { group: NON_CYBER, words: 'mass gatherings' },
  [IncidentCategory.OTHER]: { group: NON_CYBER, words: 'other incidents' },
};

export const categoryGroup = (category: IncidentCategory): IncidentCategoryGroup =>
  INCIDENT_CATEGORY_INFO[category].group;

export const categoriesOfGroup = (group: IncidentCategoryGroup): IncidentCategory[] =>
  INCIDENT_CATEGORIES.filter((c) => INCIDENT_CATEGORY_INFO[c].group === group);

registerEnumType(IncidentCategory, {
  name: 'IncidentCategory',
  description:
    'Incident categories, cyber first (ransomware, personal-data breach, DDoS, phishing/account compromise, supplier compromise, IT outage), ' +
    'then the other EPRR hazards (business continuity, heat, cold, flooding, mass casualty, CBRN/HAZMAT, infectious disease/pandemic, ' +
    'evacuation and shelter, power failure, water failure, fuel disruption, industrial action, mass gatherings), then other. ' +
    'The query incidentCategories gives each one its group.',
});
registerEnumType(IncidentCategoryGroup, {
  name: 'IncidentCategoryGroup',
  description: 'CYBER (cyber and digital) or NON_CYBER (the other EPRR hazards).',
});
