import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsString, IsUUID, Length, Min } from 'class-validator';
import { trim } from '../organisations/organisation.inputs';
import { TeamFunction } from './team-function';

@InputType()
export class CreateTeamInput {
  @Field(() => ID)
  @IsUUID('loose')
  organisationId: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;

  @Field(() => TeamFunction)
  @IsEnum(TeamFunction)
  function: TeamFunction;
}

@InputType()
export class UpdateTeamInput {
  @Field(() => ID)
  @IsUUID('loose')
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one means someone else changed it (CONFLICT).' })
  @IsInt()
  @Min(1)
  version: number;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;
}
