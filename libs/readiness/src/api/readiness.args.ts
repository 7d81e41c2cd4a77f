import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { IncidentCategory } from '@muster/runbooks';

@ArgsType()
export class ReadinessArgs {
  @Field(() => ID)
  @IsUUID('loose')
  organisationId: string;
}

@ArgsType()
export class SystemReadinessArgs {
  @Field(() => IncidentCategory, { nullable: true, description: 'Only this category (one column).' })
  @IsOptional()
  @IsEnum(IncidentCategory)
  category?: IncidentCategory;
}
