import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class SendInvitationArgs {
  @Field(() => ID, { description: 'A person of an organisation you administer who has not yet set a password.' })
  @IsUUID('loose')
  userId: string;
}

@ArgsType()
export class AcceptInvitationArgs {
  @Field({ description: "The token of the invitation's link (`/welcome?token=…`)." })
  @IsString()
  @IsNotEmpty()
  @MaxLength(512)
  token: string;

  @Field({ description: 'At least 12 characters, not a common password; no other rules.' })
  @IsString()
  @MaxLength(1024)
  password: string;
}
