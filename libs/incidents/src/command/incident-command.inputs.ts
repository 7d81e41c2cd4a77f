import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { CommandRole } from '../incidents/incident-enums';

@InputType()
export class AffectedOrganisationInput {
  @Field(() => ID)
  @IsUUID()
  incidentId: string;

  @Field(() => ID)
  @IsUUID()
  organisationId: string;
}

@InputType()
export class AssignIncidentRoleInput {
  @Field(() => ID)
  @IsUUID()
  incidentId: string;

  @Field(() => CommandRole)
  @IsEnum(CommandRole)
  role: CommandRole;

  @Field(() => ID, { description: 'An active person of the lead or an affected organisation, or of the ICB.' })
  @IsUUID()
  userId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'LIAISON only: the affected organisation (or the lead) they speak for.',
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
