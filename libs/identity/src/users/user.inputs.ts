import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Role } from '@muster/platform-access';
import { Trim } from '@muster/platform-graphql';

@InputType()
export class SetMobileNumberInput {
  @Field(() => ID, { description: 'Yourself, or a person of an organisation you administer.' })
  @IsUUID('loose')
  userId: string;

  @Field(() => String, {
    nullable: true,
    description: 'A UK mobile number, in any usual form (07700 900123, +44 7700 900123); null to remove it.',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(30)
  mobileNumber?: string | null;
}

@InputType()
export class CreateUserInput {
  @Field(() => ID, { description: 'The organisation the person joins, with `role`.' })
  @IsUUID('loose')
  organisationId: string;

  @Field({ description: 'Stored lower case; unique across the ICS.' })
  @Trim({ lowerCase: true })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 200)
  displayName: string;

  @Field({ nullable: true, description: 'Leave out to create the account without a password (it cannot sign in yet).' })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  password?: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('loose')
  teamId?: string;
}
