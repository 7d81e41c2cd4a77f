import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { Connection, type GraphqlContext } from '@muster/platform-graphql';
import { Incident } from '@muster/incidents';
import { IgDecisionsService } from './decisions/ig-decisions.service';
import { IgDeadlinesArgs, IgHistoryArgs, IgIncidentArgs, IgThreadArgs } from './ig.inputs';
import { IgLoaders } from './ig.loaders';
import { toDecision, toNotificationRecord } from './ig.mappers';
import { IgDecision, IgNotificationRecord, IgThread, IgThreadConnection } from './ig.types';
import { IgThreadsService } from './threads/ig-threads.service';

/**
 * The IG decision log's queries and a thread's nested fields. What a decision shows is
 * decided once, on its thread (contentVisible), and carried to every nested decision and
 * notification: no path reaches a decision but through its thread.
 */
@Resolver(() => IgThread)
export class IgResolver {
  constructor(
    private readonly threads: IgThreadsService,
    private readonly decisionLog: IgDecisionsService,
    private readonly loaders: IgLoaders,
  ) {}

  @Query(() => [IgThread], {
    description:
      "An incident's IG threads, one per data controller (NOT_FOUND for an incident the caller does not see).",
  })
  @Authenticated()
  igThreads(@CurrentPrincipal() principal: Principal, @Args() { incidentId }: IgIncidentArgs): Promise<IgThread[]> {
    return this.threads.ofIncident(principal, incidentId);
  }

  @Query(() => IgThread, { description: 'An IG thread whose incident the caller sees (else NOT_FOUND).' })
  @Authenticated()
  igThread(@CurrentPrincipal() principal: Principal, @Args() { id }: IgThreadArgs): Promise<IgThread> {
    return this.threads.get(principal, id);
  }

  @Query(() => [IgDecision], {
    description:
      'Every decision of a thread in the order recorded, superseded ones included (content as the caller may see it).',
  })
  @Authenticated()
  igDecisionHistory(
    @CurrentPrincipal() principal: Principal,
    @Args() { threadId }: IgHistoryArgs,
  ): Promise<IgDecision[]> {
    return this.decisionLog.history(principal, threadId);
  }

  @Query(() => IgThreadConnection, {
    description:
      'Threads of incidents the caller sees whose 72-hour deadline is within 24 hours or has passed, with nothing notified to the ICO (or through the DSPT) and no current NOT_REPORTABLE decision; soonest first.',
  })
  @Authenticated()
  igDeadlines(@CurrentPrincipal() principal: Principal, @Args() args: IgDeadlinesArgs): Promise<Connection<IgThread>> {
    return this.threads.deadlines(principal, args);
  }

  @ResolveField(() => [IgDecision], {
    description: 'The current position: the latest non-superseded decision per type.',
  })
  async currentDecisions(
    @Parent() thread: IgThread,
    @CurrentPrincipal() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<IgDecision[]> {
    const rows = await this.loaders.for(ctx, principal).decisionsByThread.load(thread.id);
    return rows.filter((d) => d.supersededByDecisionId === null).map((d) => toDecision(d, thread.contentVisible));
  }

  @ResolveField(() => [IgDecision], { description: 'Every decision, in the order recorded (the history).' })
  async decisions(
    @Parent() thread: IgThread,
    @CurrentPrincipal() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<IgDecision[]> {
    const rows = await this.loaders.for(ctx, principal).decisionsByThread.load(thread.id);
    return rows.map((d) => toDecision(d, thread.contentVisible));
  }

  @ResolveField(() => [IgNotificationRecord], { description: 'Notifications made, with their phases.' })
  async notifications(
    @Parent() thread: IgThread,
    @CurrentPrincipal() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<IgNotificationRecord[]> {
    const rows = await this.loaders.for(ctx, principal).notificationsByThread.load(thread.id);
    return rows.map((n) => toNotificationRecord(n, thread.contentVisible));
  }
}

/** An incident's IG threads as a nested field (the incident is in sight, or it was not reached). */
@Resolver(() => Incident)
export class IgIncidentResolver {
  constructor(private readonly loaders: IgLoaders) {}

  @ResolveField(() => [IgThread], {
    description: "The incident's IG threads, one per data controller (decision content as the caller may see it).",
  })
  igThreads(
    @Parent() incident: Incident,
    @CurrentPrincipal() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<IgThread[]> {
    return this.loaders.for(ctx, principal).threadsByIncident.load(incident.id);
  }
}
