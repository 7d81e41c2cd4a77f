import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { Clock } from '@muster/platform-core';
import { type Connection, type GraphqlContext } from '@muster/platform-graphql';
import { AssignmentLoaders } from '../assignments.loaders';
import { UNFINISHED_STATUSES } from './assignment-enums';
import { AssignmentQueriesService } from './assignment-queries.service';
import { AssignmentIdArgs, AssignmentsArgs, MyAssignmentsArgs } from './assignment.inputs';
import {
  Assignment,
  AssignmentConnection,
  AssignmentDependency,
  AssignmentEvent,
  AssignmentEvidence,
  AssignmentParty,
} from './assignment.types';

/** Queries of assignments and their nested fields (each through a per-request loader). */
@Resolver(() => Assignment)
export class AssignmentResolver {
  constructor(
    private readonly queries: AssignmentQueriesService,
    private readonly loaders: AssignmentLoaders,
    private readonly clock: Clock,
  ) {}

  @Query(() => AssignmentConnection, { description: "Your assignments and your teams', soonest due first." })
  @Authenticated()
  myAssignments(
    @CurrentPrincipal() principal: Principal,
    @Args() args: MyAssignmentsArgs,
  ): Promise<Connection<Assignment>> {
    return this.queries.mine(principal, args);
  }

  @Query(() => AssignmentConnection, {
    description:
      "Assignments you may see: your organisations' own, those your organisation assigned, and those of incidents you command.",
  })
  @Authenticated()
  assignments(
    @CurrentPrincipal() principal: Principal,
    @Args() args: AssignmentsArgs,
  ): Promise<Connection<Assignment>> {
    return this.queries.list(principal, args);
  }

  @Query(() => Assignment)
  @Authenticated()
  assignment(@CurrentPrincipal() principal: Principal, @Args() { id }: AssignmentIdArgs): Promise<Assignment> {
    return this.queries.get(principal, id);
  }

  @ResolveField(() => Boolean, {
    description: 'Past its due time and not finished: derived from the clock, never stored.',
  })
  overdue(@Parent() a: Assignment): boolean {
    return a.dueAt !== null && a.dueAt.getTime() < this.clock.now().getTime() && UNFINISHED_STATUSES.includes(a.status);
  }

  @ResolveField(() => AssignmentParty, { description: 'The organisation that owns and works it.' })
  async organisation(@Parent() a: Assignment, @Context() ctx: GraphqlContext): Promise<AssignmentParty> {
    return (await this.loaders.for(ctx).organisation.load(a.organisationId)) as AssignmentParty;
  }

  @ResolveField(() => AssignmentParty, { description: 'The side that assigned it, which sees its progress.' })
  async assigningOrganisation(@Parent() a: Assignment, @Context() ctx: GraphqlContext): Promise<AssignmentParty> {
    return (await this.loaders.for(ctx).organisation.load(a.assigningOrganisationId)) as AssignmentParty;
  }

  @ResolveField(() => AssignmentParty, { nullable: true })
  team(@Parent() a: Assignment, @Context() ctx: GraphqlContext): Promise<AssignmentParty | null> {
    return a.teamId ? this.loaders.for(ctx).team.load(a.teamId) : Promise.resolve(null);
  }

  @ResolveField(() => AssignmentParty, { nullable: true, description: 'The named person, if any.' })
  assignee(@Parent() a: Assignment, @Context() ctx: GraphqlContext): Promise<AssignmentParty | null> {
    return a.assigneeUserId ? this.loaders.for(ctx).person.load(a.assigneeUserId) : Promise.resolve(null);
  }

  @ResolveField(() => [AssignmentEvidence])
  evidence(@Parent() a: Assignment, @Context() ctx: GraphqlContext): Promise<AssignmentEvidence[]> {
    return this.loaders.for(ctx).evidence.load(a.id);
  }

  @ResolveField(() => [AssignmentDependency], { description: 'What it waits for.' })
  async dependencies(@Parent() a: Assignment, @Context() ctx: GraphqlContext): Promise<AssignmentDependency[]> {
    return (await this.loaders.for(ctx).dependencies.load(a.id)) as AssignmentDependency[];
  }

  @ResolveField(() => [AssignmentEvent], {
    description: 'Its history (audit events), oldest first: reassignments included.',
  })
  async history(@Parent() a: Assignment, @Context() ctx: GraphqlContext): Promise<AssignmentEvent[]> {
    const rows = await this.loaders.for(ctx).history.load(a.id);
    return rows.map((r) => ({ at: r.occurredAt, action: r.action, actor: r.actorLabel, summary: r.summary }));
  }
}
