import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { METRIC_DEFINITIONS as D } from '../definitions/metric-definitions';

@ObjectType({ description: 'How many, for one value of a dimension (a category, a type, a level, a recipient…).' })
export class CountBy {
  @Field({ description: 'The value counted (an enum name, a level, or an organisation id).' })
  key: string;

  @Field(() => String, { nullable: true, description: 'In words, where the key is an id (an organisation’s name).' })
  name?: string | null;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'A duration measured over some records: how many, median and 90th percentile, in minutes.' })
export class DurationStats {
  @Field(() => Int, { description: 'Records that have both timestamps.' })
  count: number;

  @Field(() => Float, { nullable: true })
  medianMinutes: number | null;

  @Field(() => Float, { nullable: true })
  p90Minutes: number | null;
}

@ObjectType({ description: D.incidents.section })
export class IncidentMetrics {
  @Field(() => Int, { description: D.incidents.total })
  total: number;

  @Field(() => [CountBy], { description: D.incidents.byCategory })
  byCategory: CountBy[];

  @Field(() => [CountBy], { description: D.incidents.byType })
  byType: CountBy[];

  @Field(() => [CountBy], { description: D.incidents.byLevel })
  byLevel: CountBy[];

  @Field(() => [CountBy], { description: D.incidents.byLeadOrganisation })
  byLeadOrganisation: CountBy[];

  @Field(() => DurationStats, { description: D.incidents.reportedToDeclared })
  reportedToDeclared: DurationStats;

  @Field(() => DurationStats, { description: D.incidents.declaredToContained })
  declaredToContained: DurationStats;

  @Field(() => DurationStats, { description: D.incidents.declaredToStoodDown })
  declaredToStoodDown: DurationStats;
}

@ObjectType({ description: 'Assignment figures of one group: all, a function, or an organisation.' })
export class AssignmentFigures {
  @Field(() => String, {
    nullable: true,
    description: 'The function (team function) of the group; null for all and per organisation.',
  })
  function?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The owning organisation of the group; null for all and per function.',
  })
  organisationId?: string | null;

  @Field(() => String, { nullable: true })
  organisationName?: string | null;

  @Field(() => Int, { description: D.assignments.open })
  open: number;

  @Field(() => Int, { description: D.assignments.overdue })
  overdue: number;

  @Field(() => Int, { description: D.assignments.done })
  done: number;

  @Field(() => Float, { nullable: true, description: D.assignments.doneOnTimePercent })
  doneOnTimePercent: number | null;

  @Field(() => Float, { nullable: true, description: D.assignments.medianMinutesToAcknowledge })
  medianMinutesToAcknowledge: number | null;

  @Field(() => Float, { nullable: true, description: D.assignments.medianMinutesToComplete })
  medianMinutesToComplete: number | null;
}

@ObjectType({ description: D.assignments.exerciseActions })
export class ExerciseActionFigures {
  @Field(() => Int)
  total: number;

  @Field(() => Int)
  closed: number;

  @Field(() => Float, { nullable: true })
  closedPercent: number | null;

  @Field(() => Int)
  overdue: number;
}

@ObjectType({ description: D.assignments.section })
export class AssignmentMetrics {
  @Field(() => AssignmentFigures)
  all: AssignmentFigures;

  @Field(() => [AssignmentFigures])
  byFunction: AssignmentFigures[];

  @Field(() => [AssignmentFigures])
  byOrganisation: AssignmentFigures[];

  @Field(() => ExerciseActionFigures)
  exerciseActions: ExerciseActionFigures;
}

@ObjectType({ description: 'An organisation’s standing for one exercise type, as at the period.' })
export class ExerciseComplianceCell {
  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field({ description: 'COMMUNICATIONS, TABLE_TOP, LIVE_PLAY or COMMAND_POST.' })
  type: string;

  @Field(() => Date, {
    nullable: true,
    description: 'The latest exercise (or incident that counts) before the as-at instant.',
  })
  lastAt: Date | null;

  @Field(() => Date, { nullable: true })
  nextDueAt: Date | null;

  @Field({ description: 'IN_DATE or OVERDUE.' })
  status: string;
}

@ObjectType({ description: D.exercises.section })
export class ExerciseMetrics {
  @Field(() => Float, { nullable: true, description: D.exercises.inDatePercent })
  inDatePercent: number | null;

  @Field(() => [ExerciseComplianceCell])
  cells: ExerciseComplianceCell[];
}
