import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsString, IsUUID, Length, Min } from 'class-validator';
import { Trim } from '@muster/platform-graphql';
import { TeamFunction } from './team-function';

@InputType()
export class CreateTeamInput {
  @Field(() => ID)
  @IsUUID('loose')
  organisationId: string;

  @Field()
  @Trim()
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
  @Trim()
  @IsString()
  @Length(2, 200)
  name: string;
}
