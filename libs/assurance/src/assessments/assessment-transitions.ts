import { Guard as TransitionGuard, Transition, transitionTable } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { AssessmentStatus } from './assessment-enums';
import { ASSESSMENT_CONFIRMERS, ASSESSMENT_EDITORS } from './assessment.access';

const { DRAFT, SUBMITTED, CONFIRMED, PUBLISHED } = AssessmentStatus;

/** What a guard sees of the assessment. */
export interface AssessmentFacts {
  status: AssessmentStatus;
  /** Applicable requirements without a rating. */
  unrated: number;
  /** Requirements not fully met without a planned improvement and a target date. */
  gapsWithoutPlan: number;
  /** The comments a return carries. */
  comment: string;
}

type Guard = TransitionGuard<AssessmentFacts>;

export type AssessmentAction = 'edit' | 'submit' | 'confirm' | 'returnToDraft' | 'publish';

const allRated: Guard = (f) =>
  f.unrated ? DomainError.conflict(`${f.unrated} applicable requirement(s) are not rated yet`) : null;
const gapsPlanned: Guard = (f) =>
  f.gapsWithoutPlan
    ? DomainError.conflict(`${f.gapsWithoutPlan} gap(s) have no planned improvement and target date`)
    : null;
const withComments: Guard = (f) =>
  f.comment.trim() ? null : DomainError.badInput('comment', 'says what to change before it is submitted again');

/**
 * The lifecycle as a table. `edit` (rate a requirement, record evidence, a gap's plan or
 * action) keeps a DRAFT a DRAFT. Confirm and challenge is the ICB's: it confirms a
 * submitted assessment or returns it to DRAFT with comments. Confirmed and published
 * assessments are immutable (the database's triggers too).
 */
export const ASSESSMENT_TRANSITIONS: readonly Transition<AssessmentAction, AssessmentStatus, AssessmentFacts>[] = [
  {
    action: 'edit',
    from: [DRAFT],
    to: null,
    roles: ASSESSMENT_EDITORS,
    requires: [],
    summary: 'change the assessment',
  },
  {
    action: 'submit',
    from: [DRAFT],
    to: SUBMITTED,
    roles: ASSESSMENT_EDITORS,
    requires: [
      { rule: 'every applicable requirement rated', check: allRated },
      { rule: 'every gap has a planned improvement and target date', check: gapsPlanned },
    ],
    summary: 'submit',
  },
  {
    action: 'confirm',
    from: [SUBMITTED],
    to: CONFIRMED,
    roles: ASSESSMENT_CONFIRMERS,
    requires: [],
    summary: 'confirm',
  },
  {
    action: 'returnToDraft',
    from: [SUBMITTED],
    to: DRAFT,
    roles: ASSESSMENT_CONFIRMERS,
    requires: [{ rule: 'with comments', check: withComments }],
    summary: 'return to draft',
  },
  {
    action: 'publish',
    from: [CONFIRMED],
    to: PUBLISHED,
    roles: ASSESSMENT_CONFIRMERS,
    requires: [],
    summary: 'publish',
  },
];

export const AssessmentTransitions = transitionTable<AssessmentAction, AssessmentStatus, AssessmentFacts>({
  subject: 'assessment',
  rows: ASSESSMENT_TRANSITIONS,
  wrongStateHints: {
    [DRAFT]: 'is a draft (not submitted)',
    [SUBMITTED]: 'is submitted; the ICB confirms it or returns it to draft',
    [CONFIRMED]: 'is confirmed and can no longer change',
    [PUBLISHED]: 'is published and can no longer change',
  },
});
