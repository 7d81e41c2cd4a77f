import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Min } from 'class-validator';
import { Trim } from '@muster/platform-graphql';
import { OrganisationKind } from './organisation-kind';

export const ODS_CODE = /^[A-Z0-9]{3,10}$/;
const ODS_CODE_MESSAGE = 'must be 3 to 10 capital letters or digits (an ODS code, e.g. RJE)';

@InputType()
export class CreateOrganisationInput {
  @Field({ description: 'ODS code: 3 to 10 capital letters or digits.' })
  @IsString()
  @Matches(ODS_CODE, { message: ODS_CODE_MESSAGE })
  odsCode: string;

  @Field()
  @Trim()
  @IsString()
  @Length(2, 200)
  name: string;

  @Field(() => OrganisationKind)
  @IsEnum(OrganisationKind)
  kind: OrganisationKind;
}

@InputType()
export class UpdateOrganisationInput {
  @Field(() => ID)
  @IsUUID('loose')
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one means someone else changed it (CONFLICT).' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(2, 200)
  name?: string;

  @Field({ nullable: true, description: 'System administrators only (e.g. to correct a placeholder).' })
  @IsOptional()
  @IsString()
  @Matches(ODS_CODE, { message: ODS_CODE_MESSAGE })
  odsCode?: string;
}
