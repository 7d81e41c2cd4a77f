import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { type GraphqlContext, LiveEvents } from '@muster/platform-graphql';
import { IncidentQueriesService } from '../incidents/incident-queries.service';
import { IncidentIdArgs } from '../incidents/incident.inputs';
import { Incident } from '../incidents/incident.types';
import { TimelineService } from '../timeline/timeline.service';
import { TimelineEntry } from '../timeline/timeline.types';
import { IncidentDeliveries } from './incident-deliveries';
import { IncidentLiveEvent, incidentTopic, INCIDENTS_TOPIC } from './incident-live';
import { CREDENTIALS_ENDED, Delivery, FilteredStream, resolveStreamItem, StreamItem } from './incident-stream';

/**
 * Live incidents over graphql-ws (credentials in connection_init, as for HTTP). Events are
 * published after commit and carry only ids; each is judged at delivery: the credentials
 * again (a lapsed token or deactivated person ends the stream with UNAUTHENTICATED), then
 * whether the subscriber may see the incident now, and only then is it sent — read once
 * per event for all its subscribers in this process (IncidentDeliveries).
 */
@Resolver()
export class IncidentSubscriptionsResolver {
  constructor(
    private readonly live: LiveEvents,
    private readonly queries: IncidentQueriesService,
    private readonly timeline: TimelineService,
    private readonly deliveries: IncidentDeliveries,
  ) {}

  @Authenticated()
  @Subscription(() => Incident, {
    description: 'The incident as it changes (status, level, organisations, roles, records), while you may see it.',
    resolve: resolveStreamItem,
  })
  async incidentChanged(
    @CurrentPrincipal() principal: Principal,
    @Args() { id }: IncidentIdArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<AsyncIterableIterator<StreamItem<Incident>>> {
    await this.queries.get(principal, id);
    return new FilteredStream(this.live.listen<IncidentLiveEvent>(incidentTopic(id)), (event) =>
      event.incidentChanged ? this.deliveries.asSeen(ctx, event.incidentId) : Promise.resolve([]),
    );
  }

  @Authenticated()
  @Subscription(() => TimelineEntry, {
    description: "New entries of the incident's timeline, oldest first, while you may see it.",
    resolve: resolveStreamItem,
  })
  async incidentTimelineAdded(
    @CurrentPrincipal() principal: Principal,
    @Args() { id }: IncidentIdArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<AsyncIterableIterator<StreamItem<TimelineEntry>>> {
    let lastId = await this.timeline.lastEntryId(principal, id);
    return new FilteredStream(
      this.live.listen<IncidentLiveEvent>(incidentTopic(id)),
      async (event): Promise<Delivery<TimelineEntry>> => {
        const sees = await this.deliveries.canSeeNow(ctx, event.incidentId);
        if (sees === null) return CREDENTIALS_ENDED;
        if (!sees) return [];
        const entries = await this.deliveries.entriesSince(event.incidentId, lastId);
        if (entries.length) lastId = entries[entries.length - 1].id;
        return entries;
      },
    );
  }

  @Authenticated()
  @Subscription(() => Incident, {
    description: 'The board: every incident you may see, as it changes.',
    resolve: resolveStreamItem,
  })
  incidentsChanged(@Context() ctx: GraphqlContext): AsyncIterableIterator<StreamItem<Incident>> {
    return new FilteredStream(this.live.listen<IncidentLiveEvent>(INCIDENTS_TOPIC), (event) =>
      this.deliveries.asSeen(ctx, event.incidentId),
    );
  }
}
