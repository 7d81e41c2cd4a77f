import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, Principal, Role } from '@muster/platform-access';
import {
  NotificationWebhooksArgs,
  NotificationWebhookTargetInput,
  SetNotificationWebhookInput,
} from './webhook.inputs';
import { WebhookService } from './webhook.service';
import { NotificationWebhook } from './webhook.types';

@Resolver(() => NotificationWebhook)
export class WebhookResolver {
  constructor(private readonly webhooks: WebhookService) {}

  @Allow(Role.ORG_ADMIN, Role.SYSTEM_ADMIN, Role.AUDITOR)
  @Query(() => [NotificationWebhook], { description: "An organisation's notification webhooks (URLs masked)." })
  notificationWebhooks(
    @CurrentPrincipal() principal: Principal,
    @Args() args: NotificationWebhooksArgs,
  ): Promise<NotificationWebhook[]> {
    return this.webhooks.list(principal, args.organisationId);
  }

  @Allow(Role.ORG_ADMIN, Role.SYSTEM_ADMIN)
  @Mutation(() => NotificationWebhook, {
    description:
      'Sets (or replaces) the webhook of an organisation or one of its teams: urgent notifications are posted there.',
  })
  setNotificationWebhook(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetNotificationWebhookInput,
  ): Promise<NotificationWebhook> {
    return this.webhooks.set(principal, input);
  }

  @Allow(Role.ORG_ADMIN, Role.SYSTEM_ADMIN)
  @Mutation(() => NotificationWebhook, {
    description: 'Removes the webhook of an organisation or one of its teams; deliveries not yet sent to it then fail.',
  })
  removeNotificationWebhook(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: NotificationWebhookTargetInput,
  ): Promise<NotificationWebhook> {
    return this.webhooks.remove(principal, input);
  }
}
