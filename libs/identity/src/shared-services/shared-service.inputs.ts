import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Trim } from '@muster/platform-graphql';
import { TeamFunction } from '../teams/team-function';

@InputType()
export class RecordSharedServiceInput {
  @Field(() => ID, { description: 'The organisation the function is delivered for.' })
  @IsUUID('loose')
  clientOrganisationId: string;

  @Field(() => TeamFunction)
  @IsEnum(TeamFunction)
  function: TeamFunction;

  @Field(() => ID, { description: 'The organisation whose people deliver it.' })
  @IsUUID('loose')
  providerOrganisationId: string;

  @Field({ nullable: true, description: 'What is delivered and under which agreement (up to 500 characters).' })
  @IsOptional()
  @Trim()
  @MaxLength(500)
  note?: string;
}

@InputType()
export class EndSharedServiceInput {
  @Field(() => ID)
  @IsUUID('loose')
  clientOrganisationId: string;

  @Field(() => TeamFunction)
  @IsEnum(TeamFunction)
  function: TeamFunction;

  @Field({ description: 'Why the arrangement ends (3–500 characters): kept in the audit trail.' })
  @Trim()
  @Length(3, 500)
  reason: string;
}

@ArgsType()
export class SharedServicesArgs {
  @Field(() => ID, { description: 'The arrangements this organisation receives or provides.' })
  @IsUUID('loose')
  organisationId: string;
}
