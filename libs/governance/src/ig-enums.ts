import { registerEnumType } from '@nestjs/graphql';
import { OrganisationKind } from '@muster/identity';

/** What an IG decision is about: which duty to notify it decides. */
export enum IgDecisionType {
  /** UK GDPR Art. 33: notify the ICO within 72 hours of awareness. */
  ICO_ART33 = 'ICO_ART33',
  /** UK GDPR Art. 34: tell the data subjects, without undue delay, when the risk is high. */
  DATA_SUBJECTS_ART34 = 'DATA_SUBJECTS_ART34',
  /** The DSPT incident report (one DSPT notification serves GDPR and NIS). */
  DSPT_REPORT = 'DSPT_REPORT',
  /** NIS Regulations 2018 reg. 11: the competent authority (DHSC), within 72 hours of awareness. */
  NIS_NOTIFICATION = 'NIS_NOTIFICATION',
  OTHER = 'OTHER',
}

export enum IgOutcome {
  REPORTABLE = 'REPORTABLE',
  NOT_REPORTABLE = 'NOT_REPORTABLE',
  /** Facts are awaited; a review time is required. */
  DEFERRED_PENDING_FACTS = 'DEFERRED_PENDING_FACTS',
}

/** Who was consulted before deciding (patient data: the Caldicott Guardian and the SIRO). */
export enum IgConsultee {
  CALDICOTT_GUARDIAN = 'CALDICOTT_GUARDIAN',
  SIRO = 'SIRO',
  DPO = 'DPO',
}

/** Whom a notification went to. */
export enum IgRecipient {
  ICO = 'ICO',
  DSPT = 'DSPT',
  NIS_COMPETENT_AUTHORITY = 'NIS_COMPETENT_AUTHORITY',
  DATA_SUBJECTS = 'DATA_SUBJECTS',
  /** The organisation's senior management (DSPT: within 12 hours of detection). */
  SENIOR_MANAGEMENT = 'SENIOR_MANAGEMENT',
}

/** Where the 72-hour clock of a thread stands. */
export enum IgDeadlineStatus {
  /** More than 24 hours left. */
  RUNNING = 'RUNNING',
  /** 24 hours or less left. */
  DUE_SOON = 'DUE_SOON',
  /** Passed with no notification and no NOT_REPORTABLE decision. */
  OVERDUE = 'OVERDUE',
  NOTIFIED_IN_TIME = 'NOTIFIED_IN_TIME',
  NOTIFIED_LATE = 'NOTIFIED_LATE',
  /** The current ICO (or DSPT) decision is NOT_REPORTABLE: the clock stopped. */
  NOT_REPORTABLE = 'NOT_REPORTABLE',
}

/** The decision a notification to each recipient rests on (senior management needs none). */
export const DECISION_FOR_RECIPIENT: Record<IgRecipient, IgDecisionType | null> = {
  [IgRecipient.ICO]: IgDecisionType.ICO_ART33,
  [IgRecipient.DSPT]: IgDecisionType.DSPT_REPORT,
  [IgRecipient.NIS_COMPETENT_AUTHORITY]: IgDecisionType.NIS_NOTIFICATION,
  [IgRecipient.DATA_SUBJECTS]: IgDecisionType.DATA_SUBJECTS_ART34,
  [IgRecipient.SENIOR_MANAGEMENT]: null,
};

/** Recipients whose first notification stops the 72-hour clock (a DSPT report reaches the ICO). */
export const CLOCK_STOPPING_RECIPIENTS: readonly IgRecipient[] = [IgRecipient.ICO, IgRecipient.DSPT];

/** Decision types whose current NOT_REPORTABLE outcome stops the 72-hour clock. */
export const CLOCK_STOPPING_TYPES: readonly IgDecisionType[] = [IgDecisionType.ICO_ART33, IgDecisionType.DSPT_REPORT];

/**
 * Operators of essential services under the NIS Regulations 2018: NHS trusts and foundation
 * trusts, and every ICB (deemed an OES, reg. 8(2A)). Only they can be REPORTABLE under NIS.
 */
export const NIS_OPERATOR_KINDS: readonly OrganisationKind[] = [
  OrganisationKind.ICB,
  OrganisationKind.ACUTE_TRUST,
  OrganisationKind.COMMUNITY_TRUST,
  OrganisationKind.MENTAL_HEALTH_TRUST,
  OrganisationKind.AMBULANCE_TRUST,
];

export const DECISION_TYPE_LABELS: Record<IgDecisionType, string> = {
  [IgDecisionType.ICO_ART33]: 'ICO notification (UK GDPR Art. 33)',
  [IgDecisionType.DATA_SUBJECTS_ART34]: 'data subjects (UK GDPR Art. 34)',
  [IgDecisionType.DSPT_REPORT]: 'DSPT incident report',
  [IgDecisionType.NIS_NOTIFICATION]: 'NIS notification (competent authority)',
  [IgDecisionType.OTHER]: 'other',
};

registerEnumType(IgDecisionType, {
  name: 'IgDecisionType',
  description:
    'ICO_ART33: UK GDPR Art. 33 (ICO, 72 h); DATA_SUBJECTS_ART34: Art. 34; DSPT_REPORT: the DSPT incident report; NIS_NOTIFICATION: NIS Regulations 2018 reg. 11 (DHSC, 72 h); OTHER.',
});
registerEnumType(IgOutcome, {
  name: 'IgOutcome',
  description: 'REPORTABLE, NOT_REPORTABLE, or DEFERRED_PENDING_FACTS (with a review time).',
});
registerEnumType(IgConsultee, { name: 'IgConsultee', description: 'Caldicott Guardian, SIRO, DPO.' });
registerEnumType(IgRecipient, {
  name: 'IgRecipient',
  description: 'ICO, DSPT, the NIS competent authority (DHSC), the data subjects, or senior management.',
});
registerEnumType(IgDeadlineStatus, {
  name: 'IgDeadlineStatus',
  description:
    'The 72-hour clock: RUNNING (more than 24 h left), DUE_SOON, OVERDUE, NOTIFIED_IN_TIME, NOTIFIED_LATE, NOT_REPORTABLE.',
});
