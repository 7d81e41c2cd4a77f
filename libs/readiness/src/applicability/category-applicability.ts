import { OrganisationKind } from '@muster/identity';
import { IncidentCategory, INCIDENT_CATEGORIES } from '@muster/runbooks';

const {
  ICB,
  ACUTE_TRUST,
  COMMUNITY_TRUST,
  MENTAL_HEALTH_TRUST,
  AMBULANCE_TRUST,
  PRIMARY_CARE,
  LOCAL_AUTHORITY,
  SOC,
  OTHER,
} = OrganisationKind;

/** NHS providers of care: the organisations with patients, records and clinical systems. */
const CARE_PROVIDERS = [ACUTE_TRUST, COMMUNITY_TRUST, MENTAL_HEALTH_TRUST, AMBULANCE_TRUST, PRIMARY_CARE] as const;
/** The NHS bodies of the ICS: the ICB (a Category 1 responder itself) and the care providers. */
const NHS = [ICB, ...CARE_PROVIDERS] as const;

/**
 * The one table of which incident categories apply to which kinds of organisation: readiness
 * holds an organisation to a category only if it applies to its kind, or the organisation has
 * opted in to it (readiness_opt_in). An ICS template applies through its categories.
 *
 * - Councils (LOCAL_AUTHORITY) are Category 1 responders assured through their Local
 *   Resilience Forum, not NHS EPRR: of the NHS plans only ransomware and personal data breach
 *   apply (they run their own IT and hold social care records); they opt in to the rest.
 * - The ICS SOC delivers a cyber service: the attacks it defends against and its own
 *   continuity apply; breach notification, NHS supply chains and clinical systems belong to
 *   the data controllers and providers it serves.
 * - IT_OUTAGE is the loss of clinical systems (the EPR): care providers only.
 * - The clinical EPRR hazards apply to the NHS bodies, the acute-only ones (mass casualty,
 *   CBRN/HAZMAT, mass gatherings) to the ICB, acute and ambulance trusts, evacuation and
 *   shelter to the ICB and the providers with beds.
 * - OTHER (the category) applies to every kind: no template covers it, so it is only judged
 *   where an organisation writes a runbook for it. OTHER (the kind) gets nothing else by
 *   default: it opts in to what it plans for.
 */
export const CATEGORY_APPLICABILITY: Readonly<Record<IncidentCategory, readonly OrganisationKind[]>> = {
  [IncidentCategory.RANSOMWARE]: [...NHS, LOCAL_AUTHORITY, SOC],
  [IncidentCategory.DATA_BREACH]: [...NHS, LOCAL_AUTHORITY],
  [IncidentCategory.DDOS]: [...NHS, SOC],
  [IncidentCategory.ACCOUNT_COMPROMISE]: [...NHS, SOC],
  [IncidentCategory.SUPPLIER_COMPROMISE]: [...NHS],
  [IncidentCategory.IT_OUTAGE]: [...CARE_PROVIDERS],
  [IncidentCategory.BUSINESS_CONTINUITY]: [...NHS, SOC],
  [IncidentCategory.HEATWAVE]: [...NHS],
  [IncidentCategory.COLD_WEATHER]: [...NHS],
  [IncidentCategory.FLOODING]: [...NHS],
  [IncidentCategory.MASS_CASUALTY]: [ICB, ACUTE_TRUST, AMBULANCE_TRUST],
  [IncidentCategory.CBRN_HAZMAT]: [ICB, ACUTE_TRUST, AMBULANCE_TRUST],
  [IncidentCategory.INFECTIOUS_DISEASE]: [...NHS],
  [IncidentCategory.EVACUATION_AND_SHELTER]: [ICB, ACUTE_TRUST, COMMUNITY_TRUST, MENTAL_HEALTH_TRUST],
  [IncidentCategory.POWER_FAILURE]: [...NHS],
  [IncidentCategory.WATER_FAILURE]: [...NHS],
  [IncidentCategory.FUEL_DISRUPTION]: [...NHS],
  [IncidentCategory.INDUSTRIAL_ACTION]: [...NHS],
  [IncidentCategory.MASS_GATHERING]: [ICB, ACUTE_TRUST, AMBULANCE_TRUST],
  [IncidentCategory.OTHER]: [...NHS, LOCAL_AUTHORITY, SOC, OTHER],
};

/** Whether the category applies to the kind by default (without an opt-in). */
export const appliesToKind = (category: IncidentCategory, kind: OrganisationKind): boolean =>
  CATEGORY_APPLICABILITY[category].includes(kind);

/** The categories that apply to the kind by default, in their order. */
export const categoriesForKind = (kind: OrganisationKind): IncidentCategory[] =>
  INCIDENT_CATEGORIES.filter((c) => appliesToKind(c, kind));

/** Whether readiness holds the organisation to the category: its kind, or its opt-in. */
export const appliesTo = (
  category: IncidentCategory,
  organisation: { kind: OrganisationKind; optIns: readonly IncidentCategory[] },
): boolean => appliesToKind(category, organisation.kind) || organisation.optIns.includes(category);
