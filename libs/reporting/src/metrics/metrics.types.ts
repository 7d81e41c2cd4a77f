import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { METRIC_DEFINITIONS as D, TREND_METRIC_WORDS, TrendMetric } from '../definitions/metric-definitions';
import { AssignmentMetrics, ExerciseMetrics, IncidentMetrics } from './section.types';
import { OnCallMetrics } from './oncall.types';
import { AssuranceMetrics, InformationGovernanceMetrics, ReadinessMetrics } from './standing.types';

registerEnumType(TrendMetric, {
  name: 'TrendMetric',
  description: 'A metric taken per month in a trend.',
  valuesMap: Object.fromEntries(Object.entries(TREND_METRIC_WORDS).map(([k, description]) => [k, { description }])),
});

@ObjectType({ description: 'The period the figures are for.' })
export class MetricsPeriodInfo {
  @Field({ description: '"2026-10" for a month, "2026/27" for a financial year.' })
  label: string;

  @Field({ description: 'MONTH or FINANCIAL_YEAR.' })
  kind: string;

  @Field({ description: 'First instant (midnight in London), inclusive.' })
  start: Date;

  @Field({ description: 'The instant after it, exclusive.' })
  end: Date;

  @Field({ description: D.period.asAt })
  asAt: Date;
}

@ObjectType({ description: 'One metric, one value per month of the trend.' })
export class TrendSeries {
  @Field(() => TrendMetric)
  metric: TrendMetric;

  @Field(() => [Float], { nullable: 'items' })
  values: (number | null)[];
}

@ObjectType({ description: D.trend.section })
export class MetricsTrend {
  @Field(() => [String], { description: 'The 12 London months, YYYY-MM, oldest first.' })
  months: string[];

  @Field(() => [TrendSeries])
  series: TrendSeries[];
}

@ObjectType({
  description:
    'Standardised metrics of the ICS for a period: one set of numbers for every organisation, the board and NHS England. ' +
    'docs/reporting.md defines each. ' +
    D.onCall.section,
})
export class Metrics {
  @Field(() => MetricsPeriodInfo)
  period: MetricsPeriodInfo;

  @Field(() => ID, { nullable: true, description: 'The organisation; null for the whole system.' })
  organisationId: string | null;

  @Field(() => String, { nullable: true })
  organisationName: string | null;

  @Field(() => IncidentMetrics)
  incidents: IncidentMetrics;

  @Field(() => AssignmentMetrics)
  assignments: AssignmentMetrics;

  @Field(() => ExerciseMetrics)
  exercises: ExerciseMetrics;

  @Field(() => ReadinessMetrics)
  readiness: ReadinessMetrics;

  @Field(() => InformationGovernanceMetrics)
  informationGovernance: InformationGovernanceMetrics;

  @Field(() => AssuranceMetrics)
  assurance: AssuranceMetrics;

  @Field(() => OnCallMetrics)
  onCall: OnCallMetrics;

  @Field(() => MetricsTrend)
  trend: MetricsTrend;
}
