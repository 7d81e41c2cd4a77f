import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { Role } from '@muster/platform-access';
import { MAX_PAGE_SIZE, Trim } from '@muster/platform-graphql';
import { CommandRole } from '../incidents/incident-enums';

/** The most candidates one answer lists: a picker narrows with `search`. */
export const MAX_CANDIDATES = MAX_PAGE_SIZE;

@ArgsType()
export class CommandRoleCandidatesArgs {
  @Field(() => ID)
  @IsUUID()
  incidentId: string;

  @Field(() => CommandRole)
  @IsEnum(CommandRole)
  role: CommandRole;

  @Field(() => ID, {
    nullable: true,
    description: 'LIAISON only: the organisation (the lead or an affected one) the liaison would speak for.',
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field({ nullable: true, description: 'Part of the name.' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  search?: string;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: `How many, 1–${MAX_CANDIDATES}, by name.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CANDIDATES)
  first = 20;
}

@ObjectType({ description: 'An organisation through which a candidate may hold the role, with their roles there.' })
export class CandidateOrganisation {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => [Role])
  roles: Role[];
}

@ObjectType({
  description:
    'Someone who may take a command role on the incident: their name and the roles that make them eligible, nothing more (no contact details).',
})
export class CommandRoleCandidate {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => [CandidateOrganisation], { description: 'The eligible organisations they belong to, by name.' })
  organisations: CandidateOrganisation[];
}
