import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '@muster/platform-graphql';
import { NotificationKind } from '../kinds/notification-kind';

export const MAX_MARKED_AT_ONCE = 100;

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only those not yet read.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly = false;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { description: `Inbox entries of yours, at most ${MAX_MARKED_AT_ONCE}.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_MARKED_AT_ONCE)
  @IsUUID('all', { each: true })
  ids: string[];
}

@InputType()
export class SetNotificationPreferenceInput {
  @Field(() => NotificationKind)
  @IsEnum(NotificationKind)
  kind: NotificationKind;

  @Field({ description: 'Also email me this kind.' })
  @IsBoolean()
  email: boolean;
}

@InputType()
export class SetSmsPreferenceInput {
  @Field(() => NotificationKind, { description: 'A kind whose smsRule is BY_CHOICE.' })
  @IsEnum(NotificationKind)
  kind: NotificationKind;

  @Field({ description: 'Also text me this kind, at my mobile number.' })
  @IsBoolean()
  sms: boolean;
}
