import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@muster/platform-graphql';
import { NotificationKind } from '../kinds/notification-kind';

@ObjectType({ description: 'What a notification is about: open it with the query for its type (runbook(id), …).' })
export class NotificationSubject {
  @Field({ description: 'runbook, api_key, user, …' })
  entityType: string;

  @Field(() => ID, { nullable: true })
  entityId: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation it concerns.' })
  organisationId: string | null;
}

@ObjectType({ description: "A notification in the caller's inbox." })
export class Notification {
  @Field(() => ID, { description: 'This inbox entry: what markNotificationsRead takes.' })
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field({ description: 'One line, as the email subject.' })
  title: string;

  @Field({ description: 'A few sentences, as the email text.' })
  body: string;

  @Field({ description: 'Sent by every configured channel.' })
  urgent: boolean;

  @Field(() => NotificationSubject)
  about: NotificationSubject;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

export const NotificationConnection = ConnectionType(Notification, 'NotificationConnection');

/** How a kind goes by SMS (SMS_KINDS). */
export enum SmsRule {
  /** Never texted: a choice has no effect. */
  NEVER = 'NEVER',
  /** Texted unless you turn it off. */
  BY_CHOICE = 'BY_CHOICE',
  /** Always texted to whoever has a mobile number (a page): it cannot be turned off. */
  ALWAYS = 'ALWAYS',
}

registerEnumType(SmsRule, {
  name: 'SmsRule',
  description: 'How a kind of notification goes by SMS (GOV.UK Notify) to people with a mobile number.',
  valuesMap: {
    NEVER: { description: 'Never texted.' },
    BY_CHOICE: { description: 'Texted unless you turn it off (setSmsPreference).' },
    ALWAYS: { description: 'Always texted (a page): it cannot be turned off.' },
  },
});

@ObjectType({
  description: "A person's email and SMS choices for one kind of notification (the inbox always gets every kind).",
})
export class NotificationPreference {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field({ description: 'Whether this kind is also emailed to you (when the server sends email).' })
  email: boolean;

  @Field({ description: 'Urgent kinds are emailed whatever you choose.' })
  urgent: boolean;

  @Field({ description: 'False for kinds that are never emailed (your choice has no effect).' })
  emailable: boolean;

  @Field({
    description:
      'Whether this kind also reaches your mobile by SMS (when you have a mobile number and the server sends SMS).',
  })
  sms: boolean;

  @Field(() => SmsRule, { description: 'How this kind goes by SMS: never, unless you turn it off, or always.' })
  smsRule: SmsRule;
}
