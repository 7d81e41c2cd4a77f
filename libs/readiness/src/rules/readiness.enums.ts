import { registerEnumType } from '@nestjs/graphql';

/** The checks behind a readiness score, in the order they are shown. */
export enum ReadinessCriterion {
  /** Only for a "missing" entry: an ICS template covers the category, the organisation has no runbook for it. */
  RUNBOOK_EXISTS = 'RUNBOOK_EXISTS',
  APPROVED_VERSION = 'APPROVED_VERSION',
  IN_REVIEW_DATE = 'IN_REVIEW_DATE',
  ROLES_HELD = 'ROLES_HELD',
  EXERCISED = 'EXERCISED',
  NO_OVERDUE_EXERCISE_ACTIONS = 'NO_OVERDUE_EXERCISE_ACTIONS',
  TEMPLATE_CURRENT = 'TEMPLATE_CURRENT',
}

export enum CriterionStatus {
  PASS = 'PASS',
  FAIL = 'FAIL',
  /** Muster cannot tell yet (no data recorded); left out of the score. */
  UNKNOWN = 'UNKNOWN',
  /** The criterion does not apply to the runbook (TEMPLATE_CURRENT of a runbook not adopted from a template); left out of the score. */
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

/** Readiness of one organisation for one incident category (a cell of the matrix). */
export enum ReadinessStatus {
  /** Every evaluated criterion of every runbook for the category passes. */
  READY = 'READY',
  /** At least one runbook for the category fails a criterion. */
  GAPS = 'GAPS',
  /** An ICS template covers the category, but the organisation has no runbook for it. */
  NOT_COVERED = 'NOT_COVERED',
  /**
   * Left out of every score and gap count: the category does not apply to the organisation's
   * kind and it has not opted in to it (its runbooks for the category are still listed with
   * their criteria), or neither an ICS template nor a runbook of the organisation covers it.
   */
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

registerEnumType(ReadinessCriterion, {
  name: 'ReadinessCriterion',
  description:
    'RUNBOOK_EXISTS (a category with an ICS template needs a runbook), APPROVED_VERSION, IN_REVIEW_DATE (next review not passed), ' +
    "ROLES_HELD (every step's responsible role held by a named, active person), EXERCISED (within 12 months), " +
    'NO_OVERDUE_EXERCISE_ACTIONS, TEMPLATE_CURRENT (not behind the latest version of its ICS template).',
});
registerEnumType(CriterionStatus, {
  name: 'CriterionStatus',
  description:
    'PASS, FAIL, UNKNOWN when Muster has no data to judge, or NOT_APPLICABLE (TEMPLATE_CURRENT of a runbook not adopted ' +
    'from an ICS template). UNKNOWN and NOT_APPLICABLE are left out of the score.',
});
registerEnumType(ReadinessStatus, {
  name: 'ReadinessStatus',
  description:
    'READY (no gaps), GAPS, NOT_COVERED (ICS template but no runbook), NOT_APPLICABLE (no score, no gaps: the category does not ' +
    "apply to the organisation's kind and it has not opted in (readinessOptIns), or neither a template nor a runbook of it covers it).",
});
