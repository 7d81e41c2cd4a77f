import { Role } from '@muster/platform-access';
import { Designation, OrganisationKind, TeamFunction } from '@muster/identity';
import { IncidentCategory, RunbookStatus } from '@muster/runbooks';
import type { DutySet } from '../duty-bits/duty-set';

/**
 * The plain rows readiness is derived from. The store (data/readiness.store.ts) reads
 * them with a constant number of set-based statements; the rules turn them into
 * criteria, scores and gaps.
 */

/** A step whose duty nobody can take, named in the gap (organisation view only): a role within a function, or a designation. */
export interface StepFact {
  position: number;
  title: string;
  role: Role | null;
  function: TeamFunction | null;
  designation?: Designation | null;
}

export interface OrganisationFacts {
  id: string;
  name: string;
  odsCode: string;
  kind: OrganisationKind;
  /** Categories it has opted in to beyond those of its kind (applicability/). */
  optIns: IncidentCategory[];
  /** Categories of its retired runbooks that had an approved version (a NOT_COVERED gap says "retired without a replacement"). */
  retiredCategories: IncidentCategory[];
}

/** A published (approved, not retired) ICS template and the categories it covers. */
export interface TemplateFacts {
  id: string;
  title: string;
  categories: IncidentCategory[];
  /** The organisation that keeps it (the ICB): a template past its review date is that organisation's gap. */
  organisationId?: string;
  nextReviewAt?: Date | null;
}

/**
 * A role held by at least one named person with an active account in the organisation,
 * in a team of `function`, or in no team (`function` null); or (`designation`, role and
 * function null) a designation held by an active member of the organisation.
 */
export interface HolderFacts {
  organisationId: string;
  role: Role | null;
  function: TeamFunction | null;
  designation?: Designation | null;
  /**
   * For an on-call designation the organisation keeps a rota for: null when someone is on call
   * throughout the next 14 days (it is held), else its first gap in words ("on Saturday 5
   * December 02:00–09:00"): not held.
   */
  uncovered?: string | null;
}

/** What the exercises domain knows of a runbook; `null` where exercises are not read (UNKNOWN). */
export interface ExerciseFacts {
  /** The latest exercise that tested it. */
  lastExercisedAt: Date | null;
  /** When its first version was approved: a plan never exercised is due its first exercise an interval later. */
  firstApprovedAt?: Date | null;
  /**
   * When lessons were last identified by an exercise that tested it (the exercise's time) or an
   * incident it was activated on (the lesson's), after its last review: it is due for review.
   */
  lessonsSince?: Date | null;
  overdueActions: number;
}

/**
 * One live (not template, not retired) runbook of an organisation. Its labels (`id`,
 * `title`, the approval time and the template's title) are only loaded where words are
 * wanted (the organisation view): the matrix leaves them empty.
 */
export interface RunbookFacts {
  id: string;
  organisationId: string;
  title: string;
  status: RunbookStatus;
  categories: IncidentCategory[];
  /** The approved version in force, if any. */
  approvedVersion: { number: number; approvedAt: Date | null } | null;
  nextReviewAt: Date | null;
  /** Steps of the approved version in force, else of the draft. */
  stepCount: number;
  /** The duties of those steps, as bits (duty-bits/duty-set.ts). */
  requiredDuties: DutySet;
  /** Steps whose duty nobody holds, when loaded (the organisation view names them in gaps). */
  uncoveredSteps?: StepFact[];
  /** For a runbook adopted from an ICS template. */
  template: { title: string; adoptedVersion: number; latestVersion: number } | null;
  exercises: ExerciseFacts | null;
  /** Its owner's account is inactive, or the owner is no longer a member of the organisation (ROLES_HELD). */
  ownerGone: boolean;
  /** The owner's name, when loaded (labels) and `ownerGone`. */
  ownerName?: string | null;
}
