import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'Where an organisation (or one of its teams) receives notifications as Teams cards / JSON posts.',
})
export class NotificationWebhook {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID, { nullable: true, description: 'Null: the organisation’s own webhook.' })
  teamId: string | null;

  @Field({ description: 'Scheme, host and the last four characters: the URL embeds a token and is never shown whole.' })
  urlPreview: string;

  @Field()
  updatedAt: Date;
}
