import { Context, Resolver, Subscription } from '@nestjs/graphql';
import { Authenticated, CredentialStrategies, CurrentPrincipal, Principal } from '@muster/platform-access';
import { type GraphqlContext, LiveEvents } from '@muster/platform-graphql';
import { CREDENTIALS_ENDED, Delivery, FilteredStream, resolveStreamItem, StreamItem } from '@muster/incidents';
import { AssignmentQueriesService } from '../assignments/assignment-queries.service';
import { Assignment } from '../assignments/assignment.types';
import { AssignmentLiveEvent, assignmentsTopic } from './assignment-live';
import { mergedStreams } from './merged-streams';

/**
 * Live assignments over graphql-ws, from the topics of the subscriber's organisations (an
 * organisation joined later needs a new subscription). Events carry ids only; each is judged at delivery: the
 * credentials again, then which of the changed assignments are the subscriber's or their
 * teams' and visible to them now, and only those are read and sent.
 */
@Resolver()
export class AssignmentSubscriptionsResolver {
  constructor(
    private readonly live: LiveEvents,
    private readonly queries: AssignmentQueriesService,
    private readonly credentials: CredentialStrategies,
  ) {}

  @Authenticated()
  @Subscription(() => Assignment, {
    description: "Your assignments and your teams', as they change, while you may see them.",
    resolve: resolveStreamItem,
  })
  assignmentsChanged(
    @CurrentPrincipal() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): AsyncIterableIterator<StreamItem<Assignment>> {
    // The topics of the organisations the subscriber is a member of when subscribing.
    const topics = principal.organisationIds.map(assignmentsTopic);
    return new FilteredStream(
      mergedStreams(topics.map((topic) => this.live.listen<AssignmentLiveEvent>(topic))),
      async (event): Promise<Delivery<Assignment>> => {
        const now = await this.credentials.recheck(ctx.req);
        if (!now) return CREDENTIALS_ENDED;
        return this.queries.mineAmong(now, event.assignmentIds);
      },
    );
  }
}
