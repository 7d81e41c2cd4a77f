import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Role } from '@muster/platform-access';
import { PageArgs, Trim } from '@muster/platform-graphql';

@InputType()
export class CreateApiKeyInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field(() => Role, {
    description:
      'INCIDENT_COMMANDER, EPRR_LEAD, RESPONDER or VIEWER (never IG_OFFICER: IG content is read by named people).',
  })
  @IsEnum(Role)
  role: Role;

  @Field({ description: 'What the key is for, e.g. "SOC SIEM"; unique among the live keys of the organisation.' })
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;
}

@ArgsType()
export class ApiKeyIdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class ApiKeysArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;
}
