import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

// Generous bounds: a wrong value simply fails to sign in, but argon2 never hashes megabytes.
const MAX_EMAIL = 320;
const MAX_PASSWORD_INPUT = 1024;
const MAX_TOKEN = 512;

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_EMAIL)
  email: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_PASSWORD_INPUT)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_PASSWORD_INPUT)
  currentPassword: string;

  @Field({ description: 'At least 12 characters, not a common password; no other rules.' })
  @IsString()
  @MaxLength(MAX_PASSWORD_INPUT)
  newPassword: string;
}

@ArgsType()
export class RefreshTokenArgs {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_TOKEN)
  token: string;
}

@ArgsType()
export class LogoutArgs {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_TOKEN)
  refreshToken: string;
}
