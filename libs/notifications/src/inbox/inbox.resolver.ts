import { Args, Context, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Authenticated, CredentialStrategies, CurrentPrincipal, Principal } from '@muster/platform-access';
import { Connection, type GraphqlContext, LiveEvents } from '@muster/platform-graphql';
import { LiveNotification, notificationTopic } from '../outbox/notifications.service';
import { InboxService, personOf } from './inbox.service';
import { MarkNotificationsReadArgs, NotificationsArgs } from './notification.inputs';
import { NotificationStream, resolveStreamEvent, StreamEvent } from './notification-stream';
import { Notification, NotificationConnection } from './notification.types';

/** The caller's own inbox: every field reads or changes only the caller's entries. */
@Resolver(() => Notification)
export class InboxResolver {
  constructor(
    private readonly inbox: InboxService,
    private readonly live: LiveEvents,
    private readonly credentials: CredentialStrategies,
  ) {}

  @Authenticated()
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(
    @CurrentPrincipal() principal: Principal,
    @Args() args: NotificationsArgs,
  ): Promise<Connection<Notification>> {
    return this.inbox.list(principal, args.unreadOnly, args.first, args.after);
  }

  @Authenticated()
  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@CurrentPrincipal() principal: Principal): Promise<number> {
    return this.inbox.unreadCount(principal);
  }

  @Authenticated()
  @Mutation(() => [Notification], {
    description: 'Marks your notifications read; an id that is not one of yours is NOT_FOUND and nothing is marked.',
  })
  markNotificationsRead(
    @CurrentPrincipal() principal: Principal,
    @Args() { ids }: MarkNotificationsReadArgs,
  ): Promise<Notification[]> {
    return this.inbox.markRead(principal, ids);
  }

  @Authenticated()
  @Subscription(() => Notification, {
    description: 'Your notifications as they are raised (graphql-ws on /graphql; credentials in connection_init).',
    resolve: resolveStreamEvent,
  })
  notificationReceived(
    @CurrentPrincipal() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): AsyncIterableIterator<StreamEvent> {
    const userId = personOf(principal);
    const stillValid = async () => (await this.credentials.recheck(ctx.req))?.userId === userId;
    return new NotificationStream(this.live.listen<LiveNotification>(notificationTopic(userId)), userId, stillValid);
  }
}
