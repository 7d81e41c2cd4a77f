import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageArgs, Trim } from '@muster/platform-graphql';
import { TimelineOrder } from '../incidents/incident-enums';

@ArgsType()
export class IncidentTimelineArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  incidentId: string;

  @Field(() => TimelineOrder, { nullable: true, defaultValue: TimelineOrder.NEWEST_FIRST })
  @IsOptional()
  @IsEnum(TimelineOrder)
  order: TimelineOrder = TimelineOrder.NEWEST_FIRST;
}

@InputType()
export class AddTimelineEntryInput {
  @Field(() => ID)
  @IsUUID()
  incidentId: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 4000)
  text: string;
}

@InputType({
  description: 'A correction: a new entry pointing at the manual entry it corrects, which stays as written.',
})
export class CorrectTimelineEntryInput {
  @Field(() => ID)
  @IsUUID()
  incidentId: string;

  @Field(() => ID, { description: 'The `entryId` of the manual entry corrected.' })
  @IsUUID()
  correctsEntryId: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 4000)
  text: string;
}
