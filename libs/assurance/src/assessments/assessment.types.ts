import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FrameworkKind } from '../frameworks/framework-kind';
import { AssessmentStatus, AssuranceRating } from './assessment-enums';

export enum AssuranceBandName {
  FULL = 'FULL',
  SUBSTANTIAL = 'SUBSTANTIAL',
  PARTIAL = 'PARTIAL',
  NON_COMPLIANT = 'NON_COMPLIANT',
}

registerEnumType(AssuranceBandName, {
  name: 'AssuranceBand',
  description:
    'EPRR assurance band: the share of applicable standards rated fully compliant — FULL 100%, SUBSTANTIAL from 89%, PARTIAL from 77%, NON_COMPLIANT below (configurable).',
});

@ObjectType({
  description: 'An assignment raised from a gap: the gap shows its status (closing it does not change the rating).',
})
export class AssessmentGapAction {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'The assignment status (OPEN, IN_PROGRESS, DONE, …).' })
  status: string;
}

@ObjectType({ description: "A person an assessment names (a requirement's owner): the name only." })
export class AssessmentPerson {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field({ description: 'False once the person has been deactivated.' })
  active: boolean;
}

@ObjectType({
  description:
    "A requirement's row in an assessment: rating, evidence, owner and, when not fully met, the gap (planned improvement, target date). Its id is the gap's id.",
})
export class AssessmentRating {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  requirementId: string;

  @Field()
  reference: string;

  @Field()
  title: string;

  @Field({ description: 'The section it belongs to (an EPRR domain, a CAF principle).' })
  sectionReference: string;

  @Field(() => String, { nullable: true, description: "That section's parent (a CAF principle's objective)." })
  parentReference: string | null;

  @Field({ description: "A question of the year's deep dive: rated and reported apart, never counted in the band." })
  deepDive: boolean;

  @Field(() => AssuranceRating, { nullable: true, description: 'Null while unrated.' })
  rating: AssuranceRating | null;

  @Field()
  evidence: string;

  @Field(() => [String])
  evidenceLinks: string[];

  @Field(() => ID, { nullable: true })
  ownerUserId: string | null;

  @Field({ description: 'Rated but not fully met: a gap.' })
  isGap: boolean;

  @Field()
  improvement: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  targetDate: string | null;

  @Field(() => Date, { nullable: true })
  ratedAt: Date | null;
}

@ObjectType({
  description: 'The EPRR band of an assessment: applicable standards, fully compliant, the share and its band.',
})
export class AssessmentBand {
  @Field(() => Int)
  applicable: number;

  @Field(() => Int)
  fullyCompliant: number;

  @Field(() => Int, { description: 'Whole percentage, floored.' })
  percent: number;

  @Field(() => AssuranceBandName, { nullable: true, description: 'Null without applicable standards.' })
  band: AssuranceBandName | null;
}

@ObjectType({
  description: 'CAF outcomes rolled up to a principle or objective: its weakest outcome, once all are rated.',
})
export class CafRollUpEntry {
  @Field()
  reference: string;

  @Field(() => Int)
  achieved: number;

  @Field(() => Int)
  partiallyAchieved: number;

  @Field(() => Int)
  notAchieved: number;

  @Field(() => Int)
  unrated: number;

  @Field(() => AssuranceRating, { nullable: true })
  rating: AssuranceRating | null;
}

@ObjectType({ description: "An organisation's self-assessment against one framework version for a period." })
export class Assessment {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field(() => ID)
  frameworkId: string;

  @Field()
  frameworkName: string;

  @Field()
  frameworkVersion: string;

  @Field(() => FrameworkKind)
  frameworkKind: FrameworkKind;

  @Field({ description: 'The period assessed (e.g. 2025-26).' })
  period: string;

  @Field(() => AssessmentStatus)
  status: AssessmentStatus;

  @Field(() => ID, { nullable: true, description: 'The assessment it was copied from (startNextAssessment).' })
  previousAssessmentId: string | null;

  @Field({ description: "The ICB's comments when it returned the assessment to draft." })
  returnComment: string;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  confirmedAt: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int)
  version: number;
}

@ObjectType({ description: 'A cell of the heat map: one organisation × one top-level section, its ratings counted.' })
export class AssuranceOverviewCell {
  @Field()
  sectionReference: string;

  @Field(() => Int)
  full: number;

  @Field(() => Int)
  partial: number;

  @Field(() => Int)
  none: number;

  @Field(() => Int)
  unrated: number;
}

@ObjectType({
  description:
    "An organisation's row of the heat map: its latest assessment of the framework version, or — for an organisation the framework applies to that has none — a row not started.",
})
export class AssuranceOverviewRow {
  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field({
    description: 'False: no assessment of this framework version yet (assessment, status, band and cells empty).',
  })
  started: boolean;

  @Field(() => ID, { nullable: true, description: 'Null when not started.' })
  assessmentId: string | null;

  @Field(() => String, { nullable: true, description: 'Null when not started.' })
  period: string | null;

  @Field(() => AssessmentStatus, { nullable: true, description: 'Null when not started.' })
  status: AssessmentStatus | null;

  @Field(() => AssessmentBand, {
    nullable: true,
    description: 'Share of applicable requirements fully met, and (EPRR) its band. Null when not started.',
  })
  band: AssessmentBand | null;

  @Field(() => String, { nullable: true, description: 'The period of the assessment this one was copied from.' })
  previousPeriod: string | null;

  @Field(() => AssessmentBand, {
    nullable: true,
    description:
      'Movement since last period: the band of the assessment this one was copied from (startNextAssessment).',
  })
  previousBand: AssessmentBand | null;

  @Field(() => [AssuranceOverviewCell])
  cells: AssuranceOverviewCell[];
}

@ObjectType({
  description: 'A gap of the system: a requirement rated below fully met in an organisation’s latest assessment.',
})
export class AssuranceOverviewGap {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  assessmentId: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field()
  reference: string;

  @Field()
  title: string;

  @Field(() => AssuranceRating)
  rating: AssuranceRating;

  @Field()
  improvement: string;

  @Field(() => String, { nullable: true })
  targetDate: string | null;

  @Field(() => Date, { nullable: true })
  ratedAt: Date | null;
}

@ObjectType({ description: 'The section of a framework version a heat map column shows.' })
export class AssuranceOverviewSection {
  @Field()
  reference: string;

  @Field()
  name: string;

  @Field({ description: "The year's deep dive: shown as a column, not counted in the band." })
  deepDive: boolean;
}

@ObjectType({
  description: 'The ICS view of a framework version: organisations × sections, bands, and the system’s gaps.',
})
export class AssuranceOverview {
  @Field(() => ID)
  frameworkId: string;

  @Field(() => [AssuranceOverviewSection])
  sections: AssuranceOverviewSection[];

  @Field(() => [AssuranceOverviewRow], {
    description:
      'Organisations not started first (every one in sight the framework applies to, by name), then those with an assessment, by name.',
  })
  organisations: AssuranceOverviewRow[];

  @Field(() => [AssuranceOverviewGap], {
    description: 'Most severe first (non-compliant / not achieved), then oldest; at most 200.',
  })
  gaps: AssuranceOverviewGap[];
}
