import { Context, Resolver, Subscription } from '@nestjs/graphql';
import { authenticateRequest, Authenticated } from '@muster/platform-access';
import { type GraphqlContext, LiveEvents } from '@muster/platform-graphql';
import { CREDENTIALS_ENDED, Delivery, FilteredStream, resolveStreamItem, StreamItem } from '@muster/incidents';
import { AssignmentQueriesService } from '../assignments/assignment-queries.service';
import { Assignment } from '../assignments/assignment.types';
import { AssignmentLiveEvent, ASSIGNMENTS_TOPIC } from './assignment-live';

/**
 * Live assignments over graphql-ws. Events carry ids only; each is judged at delivery: the
 * credentials again, then which of the changed assignments are the subscriber's or their
 * teams' and visible to them now, and only those are read and sent.
 */
@Resolver()
export class AssignmentSubscriptionsResolver {
  constructor(
    private readonly live: LiveEvents,
    private readonly queries: AssignmentQueriesService,
  ) {}

  @Authenticated()
  @Subscription(() => Assignment, {
    description: "Your assignments and your teams', as they change, while you may see them.",
    resolve: resolveStreamItem,
  })
  assignmentsChanged(@Context() ctx: GraphqlContext): AsyncIterableIterator<StreamItem<Assignment>> {
    return new FilteredStream(
      this.live.listen<AssignmentLiveEvent>(ASSIGNMENTS_TOPIC),
      async (event): Promise<Delivery<Assignment>> => {
        const now = await authenticateRequest(ctx.req);
        if (!now) return CREDENTIALS_ENDED;
        return this.queries.mineAmong(now, event.assignmentIds);
      },
    );
  }
}
