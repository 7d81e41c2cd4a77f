import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Trim } from '@muster/platform-graphql';

@InputType()
export class NotificationWebhookTargetInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A team of the organisation; omitted: the organisation’s own webhook.',
  })
  @IsOptional()
  @IsUUID()
  teamId?: string;
}

@InputType()
export class SetNotificationWebhookInput extends NotificationWebhookTargetInput {
  @Field({ description: 'The incoming-webhook URL (Teams: Workflows or Incoming Webhook); https on an allowed host.' })
  @Trim()
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  url: string;
}

@ArgsType()
export class NotificationWebhooksArgs {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;
}
