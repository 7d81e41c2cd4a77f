import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Principal } from '@muster/platform-access';
import type { GraphqlContext } from '@muster/platform-graphql';
import { Incident } from '@muster/incidents';
import { ActivationLoaders } from './activation.loaders';
import { IncidentRunbookActivation } from './incident-activations.types';

/** An incident's runbook activations as a nested field (the incident is in sight, or it was not reached). */
@Resolver(() => Incident)
export class IncidentActivationsResolver {
  constructor(private readonly loaders: ActivationLoaders) {}

  @ResolveField(() => [IncidentRunbookActivation], {
    description:
      'The runbooks activated on the incident, in order of activation: version, organisation, who and when, and counts of their assignments by status.',
  })
  runbookActivations(
    @Parent() incident: Incident,
    @CurrentPrincipal() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<IncidentRunbookActivation[]> {
    return this.loaders.for(ctx, principal).activationsByIncident.load(incident.id);
  }
}
