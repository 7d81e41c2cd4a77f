import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { METRIC_DEFINITIONS as D } from '../definitions/metric-definitions';
import { CountBy } from './section.types';

@ObjectType({ description: 'Readiness of one organisation for one incident category.' })
export class ReadinessMetricCell {
  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field()
  category: string;

  @Field({ description: 'As the readiness service says (READY, AT_RISK, NOT_READY, NOT_COVERED, NOT_APPLICABLE…).' })
  status: string;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field(() => Int)
  gapCount: number;
}

@ObjectType({ description: 'A readiness gap.' })
export class ReadinessMetricGap {
  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field(() => String, { nullable: true, description: 'The category, where the gap is a cell of the matrix.' })
  category: string | null;

  @Field()
  description: string;
}

@ObjectType({ description: D.readiness.section })
export class ReadinessMetrics {
  @Field()
  evaluatedAt: Date;

  @Field(() => Float, { nullable: true, description: 'Mean of the applicable cells.' })
  score: number | null;

  @Field(() => [ReadinessMetricCell], { description: D.readiness.cells })
  cells: ReadinessMetricCell[];

  @Field(() => [ReadinessMetricGap], { description: D.readiness.gaps })
  gaps: ReadinessMetricGap[];
}

@ObjectType({ description: D.informationGovernance.section })
export class InformationGovernanceMetrics {
  @Field(() => Int, { description: D.informationGovernance.threads })
  threads: number;

  @Field(() => Int, { description: D.informationGovernance.decidedWithin72Hours })
  decidedWithin72Hours: number;

  @Field(() => Float, { nullable: true, description: D.informationGovernance.decidedWithin72HoursPercent })
  decidedWithin72HoursPercent: number | null;

  @Field(() => Int, { description: D.informationGovernance.undecided })
  undecided: number;

  @Field(() => Int, { description: D.informationGovernance.notifications })
  notifications: number;

  @Field(() => Int, { description: D.informationGovernance.late })
  late: number;

  @Field(() => Int, { description: D.informationGovernance.lateWithReason })
  lateWithReason: number;

  @Field(() => [CountBy], { description: D.informationGovernance.lateByRecipient })
  lateByRecipient: CountBy[];
}

@ObjectType({ description: D.assurance.eprrBand })
export class EprrBandRow {
  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field({ description: 'The assessment’s period (2026, or 2026-27 style as recorded).' })
  assessmentPeriod: string;

  @Field(() => Int)
  applicable: number;

  @Field(() => Int)
  fullyCompliant: number;

  @Field(() => Int)
  percent: number;

  @Field(() => String, {
    nullable: true,
    description: 'FULL, SUBSTANTIAL, PARTIAL or NON_COMPLIANT; null with no applicable standard.',
  })
  band: string | null;
}

@ObjectType({ description: D.assurance.cafRatings })
export class CafRatingRow {
  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field()
  assessmentPeriod: string;

  @Field(() => Int)
  achieved: number;

  @Field(() => Int)
  partiallyAchieved: number;

  @Field(() => Int)
  notAchieved: number;

  @Field(() => Int)
  unrated: number;
}

@ObjectType({ description: D.assurance.socPosture })
export class SocPostureRow {
  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field({ description: 'The day of the report, YYYY-MM-DD.' })
  day: string;

  @Field(() => Int)
  criticalOpen: number;

  @Field(() => Int)
  criticalPastTarget: number;

  @Field(() => Float)
  patchCompliancePercent: number;
}

@ObjectType({ description: D.assurance.section })
export class AssuranceMetrics {
  @Field(() => [EprrBandRow])
  eprrBands: EprrBandRow[];

  @Field(() => [CafRatingRow])
  cafRatings: CafRatingRow[];

  @Field(() => [SocPostureRow])
  socPosture: SocPostureRow[];

  @Field(() => Int, { description: D.assurance.criticalPastTarget })
  criticalPastTarget: number;

  @Field(() => Float, { nullable: true, description: D.assurance.patchCompliancePercent })
  patchCompliancePercent: number | null;

  @Field(() => Float, { nullable: true, description: D.assurance.cyberAlertsAcknowledgedWithin48HoursPercent })
  cyberAlertsAcknowledgedWithin48HoursPercent: number | null;
}
