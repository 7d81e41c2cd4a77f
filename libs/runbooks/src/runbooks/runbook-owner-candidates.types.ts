import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { Role } from '@muster/platform-access';
import { MAX_PAGE_SIZE, Trim } from '@muster/platform-graphql';

export const MAX_OWNER_CANDIDATES = MAX_PAGE_SIZE;

@ArgsType()
export class RunbookOwnerCandidatesArgs {
  @Field(() => ID)
  @IsUUID()
  runbookId: string;

  @Field({ nullable: true, description: 'Part of the name.' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  search?: string;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: `How many, 1–${MAX_OWNER_CANDIDATES}, by name.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_OWNER_CANDIDATES)
  first = 20;
}

@ObjectType({
  description:
    'Someone who may own the runbook (an active member of its organisation): their name and roles there, nothing more (no contact details).',
})
export class RunbookOwnerCandidate {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => [Role], { description: "Their roles in the runbook's organisation." })
  roles: Role[];
}
