import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { METRIC_DEFINITIONS as D } from '../definitions/metric-definitions';

@ObjectType({ description: D.onCall.figures })
export class OnCallFigures {
  @Field(() => ID, { nullable: true, description: 'The organisation paged; null in the totals.' })
  organisationId: string | null;

  @Field(() => String, { nullable: true })
  organisationName: string | null;

  @Field(() => String, { nullable: true, description: 'The duty paged (OnCallDuty); null in the totals.' })
  duty: string | null;

  @Field(() => Int, { description: D.onCall.pages })
  pages: number;

  @Field(() => Int, { description: D.onCall.acknowledged })
  acknowledged: number;

  @Field(() => Int, { description: D.onCall.exhausted })
  exhausted: number;

  @Field(() => Int, { description: D.onCall.escalations })
  escalations: number;

  @Field(() => Float, { nullable: true, description: D.onCall.medianSecondsToAcknowledge })
  medianSecondsToAcknowledge: number | null;

  @Field(() => Float, { nullable: true, description: D.onCall.p90SecondsToAcknowledge })
  p90SecondsToAcknowledge: number | null;
}

@ObjectType({ description: D.onCall.section })
export class OnCallMetrics {
  @Field(() => OnCallFigures)
  all: OnCallFigures;

  @Field(() => [OnCallFigures])
  byOrganisationAndDuty: OnCallFigures[];
}
