import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { PageArgs } from '@muster/platform-graphql';

/** One record by id; a malformed id is BAD_USER_INPUT, not a database error. */
@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('loose')
  id: string;
}

/** A page of an organisation's records (teams, people). */
@ArgsType()
export class OrganisationPageArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('loose')
  organisationId: string;
}
