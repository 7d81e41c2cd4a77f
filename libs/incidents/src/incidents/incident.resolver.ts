import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { Clock } from '@muster/platform-core';
import { Connection, type GraphqlContext } from '@muster/platform-graphql';
import { IncidentLoaders } from '../incidents.loaders';
import { CommandDecision, Lesson, MethaneReport, SitRep } from '../records/incident-records.types';
import { SitRepCadence } from '../records/sitrep-cadence';
import { CommandRole } from './incident-enums';
import { IncidentActionOption, incidentActionKind } from './incident-actions.types';
import { IncidentQueriesService } from './incident-queries.service';
import { IncidentTransitions } from './incident-transitions';
import { IncidentAccess } from './incident.access';
import { IncidentIdArgs, IncidentReferenceArgs, IncidentsArgs } from './incident.inputs';
import {
  Incident,
  IncidentConnection,
  IncidentCounts,
  IncidentOrganisation,
  IncidentPerson,
  IncidentRoleHolding,
} from './incident.types';

/** Incident queries and the nested fields of an incident (batched per request). */
@Resolver(() => Incident)
export class IncidentResolver {
  constructor(
    private readonly queries: IncidentQueriesService,
    private readonly loaders: IncidentLoaders,
    private readonly cadence: SitRepCadence,
    private readonly clock: Clock,
  ) {}

  @Query(() => Incident, { description: 'An incident the caller may see (else NOT_FOUND, as for a missing id).' })
  @Authenticated()
  async incident(
    @CurrentPrincipal() principal: Principal,
    @Args() { id }: IncidentIdArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<Incident> {
    const read = await this.queries.get(principal, id);
    this.loaders.prime(ctx, [read.scene]);
    return read.incident;
  }

  @Query(() => Incident, { description: 'An incident by its reference (INC-YYYY-NNNN).' })
  @Authenticated()
  async incidentByReference(
    @CurrentPrincipal() principal: Principal,
    @Args() { reference }: IncidentReferenceArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<Incident> {
    const read = await this.queries.getByReference(principal, reference);
    this.loaders.prime(ctx, [read.scene]);
    return read.incident;
  }

  @Query(() => IncidentConnection, {
    description:
      "Incidents the caller may see: their organisations' (lead or affected), those they hold a command role on; every one for system admins, auditors and the ICB's incident commanders and EPRR lead.",
  })
  @Authenticated()
  async incidents(
    @CurrentPrincipal() principal: Principal,
    @Args() args: IncidentsArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<Connection<Incident>> {
    const { connection, scenes } = await this.queries.list(principal, args);
    this.loaders.prime(ctx, scenes);
    return connection;
  }

  @ResolveField(() => IncidentOrganisation)
  async leadOrganisation(
    @Parent() incident: Incident,
    @Context() ctx: GraphqlContext,
  ): Promise<IncidentOrganisation | null> {
    return this.loaders.for(ctx).organisationById.load(incident.leadOrganisationId);
  }

  @ResolveField(() => [IncidentOrganisation], { description: 'Besides the lead, in the order they were added.' })
  async affectedOrganisations(
    @Parent() incident: Incident,
    @Context() ctx: GraphqlContext,
  ): Promise<IncidentOrganisation[]> {
    const loaders = this.loaders.for(ctx);
    const ids = await loaders.affectedByIncident.load(incident.id);
    const orgs = await loaders.organisationById.loadMany(ids);
    return orgs.filter((o): o is IncidentOrganisation => o !== null && !(o instanceof Error));
  }

  @ResolveField(() => IncidentPerson, { nullable: true, description: 'Who holds the commander role now.' })
  async commander(@Parent() incident: Incident, @Context() ctx: GraphqlContext): Promise<IncidentPerson | null> {
    const holdings = await this.loaders.for(ctx).holdingsByIncident.load(incident.id);
    const current = holdings.find((h) => h.role === CommandRole.COMMANDER && h.endedAt === null);
    return current ? this.loaders.for(ctx).personById.load(current.userId) : null;
  }

  @ResolveField(() => [IncidentRoleHolding], { description: 'Command roles held now.' })
  async roles(@Parent() incident: Incident, @Context() ctx: GraphqlContext): Promise<IncidentRoleHolding[]> {
    return (await this.loaders.for(ctx).holdingsByIncident.load(incident.id)).filter((h) => h.endedAt === null);
  }

  @ResolveField(() => [IncidentRoleHolding], {
    description: 'Every holding of every command role, in order of start (handover history).',
  })
  roleHistory(@Parent() incident: Incident, @Context() ctx: GraphqlContext): Promise<IncidentRoleHolding[]> {
    return this.loaders.for(ctx).holdingsByIncident.load(incident.id);
  }

  @ResolveField(() => IncidentPerson, { nullable: true, description: 'Null when reported by an API key.' })
  async reportedBy(@Parent() incident: Incident, @Context() ctx: GraphqlContext): Promise<IncidentPerson | null> {
    return incident.reportedById ? this.loaders.for(ctx).personById.load(incident.reportedById) : null;
  }

  @ResolveField(() => IncidentPerson, { nullable: true })
  async declaredBy(@Parent() incident: Incident, @Context() ctx: GraphqlContext): Promise<IncidentPerson | null> {
    return incident.declaredById ? this.loaders.for(ctx).personById.load(incident.declaredById) : null;
  }

  @ResolveField(() => IncidentCounts)
  async counts(@Parent() incident: Incident, @Context() ctx: GraphqlContext): Promise<IncidentCounts> {
    return (
      (await this.loaders.for(ctx).countsByIncident.load(incident.id)) ?? {
        sitReps: 0,
        decisions: 0,
        lessons: 0,
        methaneRevisions: 0,
      }
    );
  }

  @ResolveField(() => Date, {
    nullable: true,
    description:
      'When the next SitRep is due: the cadence of the level after the latest SitRep (or the declaration); null unless declared and not stood down.',
  })
  nextSitRepDueAt(@Parent() incident: Incident): Date | null {
    return this.cadence.nextDueAt(incident);
  }

  @ResolveField(() => Boolean, { description: 'The next SitRep is due and none has come (by the server clock).' })
  sitRepOverdue(@Parent() incident: Incident): boolean {
    const due = this.cadence.nextDueAt(incident);
    return due !== null && due.getTime() <= this.clock.now().getTime();
  }

  @ResolveField(() => [IncidentActionOption], {
    description:
      'What you may do to it now, from the transition table: by its status, your roles (in its lead organisation, at the ICB, or as a holder of a command role on it) and the rules about who may act. A screen offers these and no others.',
  })
  async availableActions(
    @Parent() incident: Incident,
    @CurrentPrincipal() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<IncidentActionOption[]> {
    const l = this.loaders.for(ctx);
    const [affected, holdings, counts, icbIds] = await Promise.all([
      l.affectedByIncident.load(incident.id),
      l.holdingsByIncident.load(incident.id),
      l.countsByIncident.load(incident.id),
      l.icbIdsAmong.load(IncidentAccess.icbCandidates(principal).sort().join(',')),
    ]);
    const sight = {
      leadOrganisationId: incident.leadOrganisationId,
      affectedOrganisationIds: affected,
      roleHolders: holdings.filter((h) => h.endedAt === null),
    };
    const facts = {
      status: incident.status,
      actorUserId: principal.userId,
      actorIsIcbCommander: IncidentAccess.isIcbCommander(principal, icbIds),
      actorIsCommander: IncidentAccess.holdsCommandRole(principal, sight, CommandRole.COMMANDER),
      type: incident.type,
      level: incident.level,
      scope: incident.scope,
      hasMethane: (counts?.methaneRevisions ?? 0) > 0,
      reason: null,
      wasDeclared: incident.declaredAt !== null,
      lessonCount: counts?.lessons ?? 0,
      objections: [],
    };
    return IncidentTransitions.available(facts, (roles) => IncidentAccess.canAct(principal, sight, roles, icbIds)).map(
      (t) => ({
        action: incidentActionKind(t.action),
        summary: t.summary,
        to: t.to,
        requires: t.requires.map((r) => r.rule),
      }),
    );
  }

  @ResolveField(() => SitRep, { nullable: true })
  latestSitRep(@Parent() incident: Incident, @Context() ctx: GraphqlContext): Promise<SitRep | null> {
    return this.loaders.for(ctx).latestSitRepByIncident.load(incident.id);
  }

  @ResolveField(() => [SitRep], { description: 'Newest first.' })
  sitReps(@Parent() incident: Incident, @Context() ctx: GraphqlContext): Promise<SitRep[]> {
    return this.loaders.for(ctx).sitRepsByIncident.load(incident.id);
  }

  @ResolveField(() => MethaneReport, { nullable: true, description: 'The latest revision.' })
  async methane(@Parent() incident: Incident, @Context() ctx: GraphqlContext): Promise<MethaneReport | null> {
    return (await this.loaders.for(ctx).methaneByIncident.load(incident.id))[0] ?? null;
  }

  @ResolveField(() => [MethaneReport], { description: 'Every revision, newest first.' })
  methaneRevisions(@Parent() incident: Incident, @Context() ctx: GraphqlContext): Promise<MethaneReport[]> {
    return this.loaders.for(ctx).methaneByIncident.load(incident.id);
  }

  @ResolveField(() => [CommandDecision], { description: 'The decision log, in order of decision.' })
  decisions(@Parent() incident: Incident, @Context() ctx: GraphqlContext): Promise<CommandDecision[]> {
    return this.loaders.for(ctx).decisionsByIncident.load(incident.id);
  }

  @ResolveField(() => [Lesson])
  lessons(@Parent() incident: Incident, @Context() ctx: GraphqlContext): Promise<Lesson[]> {
    return this.loaders.for(ctx).lessonsByIncident.load(incident.id);
  }
}

/** The person on a role holding. */
@Resolver(() => IncidentRoleHolding)
export class IncidentRoleHoldingResolver {
  constructor(private readonly loaders: IncidentLoaders) {}

  @ResolveField(() => IncidentPerson, { nullable: true })
  holder(@Parent() holding: IncidentRoleHolding, @Context() ctx: GraphqlContext): Promise<IncidentPerson | null> {
    return this.loaders.for(ctx).personById.load(holding.userId);
  }

  @ResolveField(() => IncidentOrganisation, {
    nullable: true,
    description: 'For a liaison: the organisation they speak for.',
  })
  organisation(
    @Parent() holding: IncidentRoleHolding,
    @Context() ctx: GraphqlContext,
  ): Promise<IncidentOrganisation | null> {
    return holding.organisationId
      ? this.loaders.for(ctx).organisationById.load(holding.organisationId)
      : Promise.resolve(null);
  }
}
