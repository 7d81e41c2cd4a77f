import { addMonths, IncidentCategory, RunbookStatus } from '@muster/runbooks';
import {
  countOf,
  designationBit,
  dutiesOf,
  Duty,
  dutyBit,
  dutyKey,
  DutySet,
  isEmpty,
  NO_DUTIES,
  roleBits,
  union,
  without,
} from '../duty-bits/duty-set';
import { CriterionStatus, ReadinessCriterion } from './readiness.enums';
import { ExerciseFacts, HolderFacts, RunbookFacts, StepFact, TemplateFacts } from './readiness.facts';
import {
  categoryWords,
  dateWords,
  designatedWords,
  functionWords,
  listWords,
  plural,
  quoted,
  roleWords,
} from './readiness.words';

/**
 * The readiness rules and thresholds, in one place: pure functions over the plain rows of
 * readiness.facts.ts. Readiness is derived on every read, never stored.
 *
 * Score: the share of EVALUATED criteria that pass, 0..1 (UNKNOWN and NOT_APPLICABLE
 * criteria are left out of the denominator), rounded to 2 decimals only when shown. Roll-ups are means of their
 * parts (readiness.rollup.ts).
 */
export const READINESS_RULES = {
  /** A runbook counts as exercised when its last exercise is at most this many months old. */
  exerciseIntervalMonths: 12,
  /** A role gap names at most this many steps, then "and N more". */
  stepsNamedPerGap: 3,
  scoreDecimals: 2,
} as const;

export const EXERCISES_NOT_RECORDED = 'Exercises are not recorded in Muster yet';

export interface CriterionOutcome {
  criterion: ReadinessCriterion;
  status: CriterionStatus;
  /** Why, in one sentence ('' unless words were asked for). */
  reason: string;
  /** For a FAIL: what to fix, each prefixed with the runbook title ([] unless words were asked for). */
  gaps: string[];
  /** How many gaps a FAIL makes, words or not. */
  gapCount: number;
}

export interface RunbookAssessment {
  runbook: RunbookFacts;
  criteria: CriterionOutcome[];
  score: number | null;
  gaps: string[];
  gapCount: number;
}

export interface AssessmentContext {
  now: Date;
  organisationName: string;
  /** Duties the organisation's people hold (heldDuties). */
  held: DutySet;
  /** Reasons and gaps in words: the organisation view wants them, the matrix only counts. */
  words: boolean;
  /** On-call designations whose rota has a gap in the next 14 days, and the first gap in words (onCallGaps). */
  onCallGaps?: ReadonlyMap<string, string>;
}

/**
 * What an organisation's people cover: a role held by a named person with an active
 * account covers that role for the function of the person's team, or for every function
 * when the person is in no team; a designation held by an active member covers itself.
 */
export function heldDuties(holders: readonly HolderFacts[]): DutySet {
  let held = NO_DUTIES;
  for (const h of holders) {
    if (h.designation) {
      if (!h.uncovered) held = union(held, designationBit(h.designation));
    } else if (h.role)
      held = union(held, h.function ? dutyBit({ role: h.role, function: h.function }) : roleBits(h.role));
  }
  return held;
}

/** The on-call designations whose rota has someone missing in the next 14 days: the first gap of each, in words. */
export function onCallGaps(holders: readonly HolderFacts[]): ReadonlyMap<string, string> {
  return new Map(holders.flatMap((h) => (h.designation && h.uncovered ? [[h.designation, h.uncovered] as const] : [])));
}

/** Duties of the runbook's steps that nobody holds. */
export const uncoveredDuties = (r: RunbookFacts, held: DutySet): Duty[] => dutiesOf(without(r.requiredDuties, held));

const NO_GAPS: readonly string[] = Object.freeze([]);
const { PASS, FAIL, UNKNOWN, NOT_APPLICABLE } = CriterionStatus;

/** An outcome in words; a FAIL makes one gap per line of `gaps`. */
const worded = (
  criterion: ReadinessCriterion,
  status: CriterionStatus,
  reason: string,
  gaps: string[] = [],
): CriterionOutcome => ({
  criterion,
  status,
  reason,
  gaps,
  gapCount: gaps.length,
});

// Without words (the matrix judges 10,000 runbooks per request) outcomes are shared
// constants: no words, no allocation.
const STATUS_INDEX: Record<CriterionStatus, number> = { PASS: 0, FAIL: 1, UNKNOWN: 2, NOT_APPLICABLE: 3 };
const JUDGED = new Map<ReadinessCriterion, CriterionOutcome[][]>();
function judged(criterion: ReadinessCriterion, status: CriterionStatus, gapCount: number): CriterionOutcome {
  let table = JUDGED.get(criterion);
  if (!table) JUDGED.set(criterion, (table = [[], [], [], []]));
  const row = table[STATUS_INDEX[status]];
  return (row[gapCount] ??= Object.freeze({ criterion, status, reason: '', gaps: NO_GAPS as string[], gapCount }));
}

/** 1. An approved version is in force. */
export function approvedVersion(r: RunbookFacts, ctx: AssessmentContext): CriterionOutcome {
  const c = ReadinessCriterion.APPROVED_VERSION;
  const v = r.approvedVersion;
  if (v) {
    if (!ctx.words) return judged(c, PASS, 0);
    return worded(c, PASS, `Version ${v.number} approved${v.approvedAt ? ` on ${dateWords(v.approvedAt)}` : ''}`);
  }
  if (!ctx.words) return judged(c, FAIL, 1);
  const state = r.status === RunbookStatus.IN_REVIEW ? 'in review, awaiting approval' : 'still a draft';
  return worded(c, FAIL, `No version has been approved: the runbook is ${state}`, [
    `${r.title}: no approved version (${state})`,
  ]);
}

/** 2. In date: the next review date has not passed (a review due today is still in date). */
export function inReviewDate(r: RunbookFacts, ctx: AssessmentContext): CriterionOutcome {
  const c = ReadinessCriterion.IN_REVIEW_DATE;
  const due = r.nextReviewAt;
  const inDate = r.approvedVersion !== null && due !== null && ctx.now.getTime() <= due.getTime();
  const lessons = r.exercises?.lessonsSince ?? null;
  if (!ctx.words) return inDate && !lessons ? judged(c, PASS, 0) : judged(c, FAIL, 1);
  if (!r.approvedVersion) {
    return worded(c, FAIL, 'No version has been approved, so there is no review date', [
      `${r.title}: no review date until a version is approved`,
    ]);
  }
  if (!due) return worded(c, FAIL, 'No next review date is set', [`${r.title}: no next review date is set`]);
  if (!inDate)
    return worded(c, FAIL, `Review was due on ${dateWords(due)}`, [`${r.title}: review was due on ${dateWords(due)}`]);
  if (lessons) {
    const words = `lessons identified on ${dateWords(lessons)} by an exercise or activation that tested it, since its last review`;
    return worded(c, FAIL, `Due for review: ${words}`, [`${r.title}: due for review, ${words}`]);
  }
  return worded(c, PASS, `Next review due on ${dateWords(due)}`);
}

/**
 * 3. Every step's responsible role is held by a named, active person of the organisation,
 * and every designation a step names by an active member (see heldDuties). Steps are
 * those of the approved version in force, else the draft's. One gap per missing duty,
 * naming its steps; and one more when the runbook's owner is inactive or no longer a
 * member of the organisation (`ownerGone`).
 */
export function rolesHeld(r: RunbookFacts, ctx: AssessmentContext): CriterionOutcome {
  const c = ReadinessCriterion.ROLES_HELD;
  const missing = without(r.requiredDuties, ctx.held);
  const ownerGaps = r.ownerGone ? 1 : 0;
  if (!ctx.words) {
    if (r.stepCount === 0) return judged(c, FAIL, 1 + ownerGaps);
    const gapCount = countOf(missing) + ownerGaps;
    return gapCount === 0 ? judged(c, PASS, 0) : judged(c, FAIL, gapCount);
  }
  const owner = r.ownerGone ? [ownerGap(r, ctx.organisationName)] : [];
  const which = r.approvedVersion ? `version ${r.approvedVersion.number}` : 'the draft';
  if (r.stepCount === 0)
    return worded(c, FAIL, `${capitalise(which)} has no steps`, [`${r.title}: has no steps`, ...owner]);
  if (isEmpty(missing)) {
    if (owner.length > 0) return worded(c, FAIL, capitalise(ownerWords(r, ctx.organisationName)), owner);
    return worded(
      c,
      PASS,
      `Every step of ${which} (${plural(r.stepCount, 'step')}) has a named, active person in its role`,
    );
  }
  const duties = dutiesOf(missing);
  return worded(
    c,
    FAIL,
    `No named, active ${listWords(duties.map(dutyWords))} at ${ctx.organisationName} for steps of ${which}`,
    [...duties.map((duty) => roleGap(r, duty, ctx.organisationName, ctx.onCallGaps)), ...owner],
  );
}

/** The runbook's owner is inactive or no longer a member of the organisation: nobody answers for the plan. */
const ownerWords = (r: RunbookFacts, organisationName: string): string =>
  `owner ${r.ownerName ? r.ownerName : 'of the runbook'} is no longer active at ${organisationName}`;
const ownerGap = (r: RunbookFacts, organisationName: string): string =>
  `${r.title}: ${ownerWords(r, organisationName)}; name an active owner`;

function roleGap(
  r: RunbookFacts,
  duty: Duty,
  organisationName: string,
  gaps: ReadonlyMap<string, string> | undefined,
): string {
  const when = duty.designation !== undefined ? gaps?.get(duty.designation) : undefined;
  const who = `${dutyWords(duty)} at ${organisationName}${when ? ` ${when}` : ''}`;
  const steps = (r.uncoveredSteps ?? [])
    .filter((s) => stepDutyKey(s) === dutyKey(duty))
    .sort((a, b) => a.position - b.position);
  if (steps.length === 0) return `${r.title}: no ${who} for its steps`;
  const named = listWords(steps.map(stepWords), READINESS_RULES.stepsNamedPerGap);
  return steps.length === 1 ? `${r.title}: step ${named} has no ${who}` : `${r.title}: steps ${named} have no ${who}`;
}

const dutyWords = (duty: Duty): string =>
  duty.designation !== undefined
    ? designatedWords(duty.designation)
    : `${roleWords(duty.role)} (${functionWords(duty.function)})`;
const stepDutyKey = (s: StepFact): string => s.designation ?? `${s.role}:${s.function}`;
const stepWords = (step: StepFact): string => `${step.position} ${quoted(step.title)}`;
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * 4. Exercised within the last `exerciseIntervalMonths` months. A plan never exercised is due
 * its first exercise that long after its first approval (as its review is due after approval):
 * until then it passes, saying when the first exercise is due.
 */
export function exercised(r: RunbookFacts, exercises: ExerciseFacts | null, ctx: AssessmentContext): CriterionOutcome {
  const c = ReadinessCriterion.EXERCISED;
  if (!exercises) return ctx.words ? worded(c, UNKNOWN, EXERCISES_NOT_RECORDED) : judged(c, UNKNOWN, 0);
  const months = READINESS_RULES.exerciseIntervalMonths;
  const last = exercises.lastExercisedAt;
  const since = last ?? exercises.firstApprovedAt ?? null;
  const due = since ? addMonths(since, months) : null;
  const inDate = due !== null && ctx.now.getTime() <= due.getTime();
  if (!ctx.words) return inDate ? judged(c, PASS, 0) : judged(c, FAIL, 1);
  if (!last) {
    if (inDate) return worded(c, PASS, `Not exercised yet: its first exercise is due by ${dateWords(due)}`);
    const by = due ? ` (its first exercise was due by ${dateWords(due)})` : '';
    return worded(c, FAIL, `Never exercised${by}`, [`${r.title}: never exercised${by}`]);
  }
  if (!inDate) {
    return worded(c, FAIL, `Last exercised on ${dateWords(last)}, more than ${months} months ago`, [
      `${r.title}: last exercised on ${dateWords(last)}; it is due an exercise every ${months} months`,
    ]);
  }
  return worded(c, PASS, `Last exercised on ${dateWords(last)}`);
}

/** 5. No overdue actions from exercises of the runbook. */
export function noOverdueExerciseActions(
  r: RunbookFacts,
  exercises: ExerciseFacts | null,
  ctx: AssessmentContext,
): CriterionOutcome {
  const c = ReadinessCriterion.NO_OVERDUE_EXERCISE_ACTIONS;
  if (!exercises) return ctx.words ? worded(c, UNKNOWN, EXERCISES_NOT_RECORDED) : judged(c, UNKNOWN, 0);
  const none = exercises.overdueActions === 0;
  if (!ctx.words) return none ? judged(c, PASS, 0) : judged(c, FAIL, 1);
  if (none) return worded(c, PASS, 'No overdue actions from its exercises');
  const overdue = plural(exercises.overdueActions, 'overdue action');
  return worded(c, FAIL, `${overdue} from its exercises`, [`${r.title}: ${overdue} from its exercises`]);
}

/**
 * 6. Not behind the latest approved version of the ICS template it was adopted from,
 * judged by the template version its version in force is based on. NOT_APPLICABLE (left
 * out of the score, not a free PASS) for an organisation's own runbook.
 */
export function templateCurrent(r: RunbookFacts, ctx: AssessmentContext): CriterionOutcome {
  const c = ReadinessCriterion.TEMPLATE_CURRENT;
  const t = r.template;
  const behind = t !== null && t.adoptedVersion < t.latestVersion;
  if (!ctx.words) return t === null ? judged(c, NOT_APPLICABLE, 0) : behind ? judged(c, FAIL, 1) : judged(c, PASS, 0);
  if (!t) return worded(c, NOT_APPLICABLE, 'Not adopted from an ICS template');
  if (behind) {
    const words = `behind ICS template ${quoted(t.title)} (adopted version ${t.adoptedVersion}, latest version ${t.latestVersion})`;
    return worded(c, FAIL, capitalise(words), [`${r.title}: ${words}`]);
  }
  return worded(c, PASS, `Up to date with ICS template ${quoted(t.title)} (version ${t.adoptedVersion})`);
}

/** The six criteria, in the order they are shown. */
const CRITERIA: readonly ((r: RunbookFacts, ctx: AssessmentContext) => CriterionOutcome)[] = [
  approvedVersion,
  inReviewDate,
  rolesHeld,
  (r, ctx) => exercised(r, r.exercises, ctx),
  (r, ctx) => noOverdueExerciseActions(r, r.exercises, ctx),
  templateCurrent,
];

export function assessRunbook(r: RunbookFacts, ctx: AssessmentContext): RunbookAssessment {
  const criteria = CRITERIA.map((judge) => judge(r, ctx));
  const tally = new CriteriaTally();
  for (const c of criteria) tally.add(c);
  const gaps = ctx.words ? criteria.flatMap((c) => c.gaps) : (NO_GAPS as string[]);
  return { runbook: r, criteria, score: tally.score, gaps, gapCount: tally.gapCount };
}

/**
 * A runbook's score and gap count without keeping its criteria: what the matrix needs of
 * 10,000 runbooks per request. Fills and returns `into` (reused by the caller).
 */
export function tallyRunbook(r: RunbookFacts, ctx: AssessmentContext, into: CriteriaTally): CriteriaTally {
  into.reset();
  for (const judge of CRITERIA) into.add(judge(r, ctx));
  return into;
}

/** Passed / evaluated, UNKNOWN and NOT_APPLICABLE criteria not evaluated (null when nothing is); and the gaps. */
export class CriteriaTally {
  private passed = 0;
  private evaluated = 0;
  gapCount = 0;

  add(outcome: Pick<CriterionOutcome, 'status' | 'gapCount'>): void {
    this.gapCount += outcome.gapCount;
    if (outcome.status === UNKNOWN || outcome.status === NOT_APPLICABLE) return;
    this.evaluated += 1;
    if (outcome.status === PASS) this.passed += 1;
  }

  get score(): number | null {
    return this.evaluated === 0 ? null : this.passed / this.evaluated;
  }

  reset(): void {
    this.passed = this.evaluated = this.gapCount = 0;
  }
}

/** Passed / evaluated; UNKNOWN criteria are not evaluated. Null when nothing is evaluated. */
export function scoreOf(criteria: readonly Pick<CriterionOutcome, 'status'>[]): number | null {
  const tally = new CriteriaTally();
  for (const c of criteria) tally.add({ status: c.status, gapCount: 0 });
  return tally.score;
}

/**
 * The gap of a category an ICS template covers but no runbook of the organisation does;
 * `retired` when an approved runbook of the organisation for it was retired and nothing replaced it.
 */
export function missingRunbookGap(
  category: IncidentCategory,
  templates: readonly TemplateFacts[],
  retired = false,
): string {
  const names = listWords(templates.map((t) => quoted(t.title)));
  const which = templates.length === 1 ? `ICS template ${names}` : `ICS templates ${names}`;
  const why = retired ? `its runbook was retired without a replacement; ${which} not adopted` : `${which} not adopted`;
  return `No runbook for ${categoryWords(category)} (${why})`;
}

/**
 * The ICS templates an organisation keeps (the ICB) whose review date has passed: every
 * organisation that adopted one is measured against it, so a stale template is a gap of its
 * keeper — in each of its categories that apply to the keeper, and once in its total. A
 * review due today is still in date.
 */
export function staleTemplatesOf(
  organisationId: string,
  templates: readonly TemplateFacts[],
  now: Date,
): TemplateFacts[] {
  return templates.filter(
    (t) => t.organisationId === organisationId && t.nextReviewAt != null && t.nextReviewAt.getTime() < now.getTime(),
  );
}

export const staleTemplateGap = (t: TemplateFacts): string =>
  `ICS template ${quoted(t.title)}: review was due on ${t.nextReviewAt ? dateWords(t.nextReviewAt) : 'an unknown date'}`;

/** The mean of the scores that exist; null when none does. */
export function meanScore(scores: readonly (number | null)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const s of scores) {
    if (s === null) continue;
    sum += s;
    count += 1;
  }
  return count === 0 ? null : sum / count;
}

/**
 * Rounded to `scoreDecimals` for showing. A mean of fifths and sixths summed in another order
 * can land a hair either side of a half (0.775 as 0.77499999… or 0.77500000…): the nudge
 * rounds both alike, so the matrix and the organisation view, which add their runbooks in
 * different orders, show the same score.
 */
export function roundScore(score: number | null): number | null {
  const factor = 10 ** READINESS_RULES.scoreDecimals;
  return score === null ? null : Math.round(score * factor + 1e-9) / factor;
}
