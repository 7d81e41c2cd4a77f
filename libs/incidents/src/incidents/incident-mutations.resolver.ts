import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, Performs, Principal } from '@muster/platform-access';
import { AffectedOrganisationInput, AssignIncidentRoleInput } from '../command/incident-command.inputs';
import { IncidentCommandService } from '../command/incident-command.service';
import { IncidentLifecycleService } from './incident-lifecycle.service';
import { IncidentTransitions, REPORTER_ROLES } from './incident-transitions';
import {
  CancelIncidentInput,
  ChangeIncidentLevelInput,
  DeclareIncidentInput,
  ReportIncidentInput,
  TransitionIncidentInput,
} from './incident.inputs';
import { Incident } from './incident.types';

/** Reporting incidents, their lifecycle and their command. */
@Resolver(() => Incident)
export class IncidentMutationsResolver {
  constructor(
    private readonly lifecycle: IncidentLifecycleService,
    private readonly command: IncidentCommandService,
  ) {}

  @Mutation(() => Incident, {
    description:
      "A new REPORTED incident led by the reporting organisation: RESPONDER and above there, or its API key (the SOC's SIEM). Idempotent by `clientKey` per organisation: a retry returns the same incident and writes nothing.",
  })
  @Allow(...REPORTER_ROLES)
  reportIncident(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ReportIncidentInput,
  ): Promise<Incident> {
    return this.lifecycle.report(principal, input);
  }

  @Mutation(() => Incident, { description: 'REPORTED → STANDBY (an incident commander).' })
  @Allow(...IncidentTransitions.rolesFor('standby'))
  @Performs(IncidentTransitions, 'standby')
  standbyIncident(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: TransitionIncidentInput,
  ): Promise<Incident> {
    return this.lifecycle.standby(principal, input);
  }

  @Mutation(() => Incident, {
    description:
      'REPORTED or STANDBY → DECLARED by an incident commander, who becomes its commander. A major incident needs `methane`; system-wide scope or level 2 and above needs an incident commander of the ICB.',
  })
  @Allow(...IncidentTransitions.rolesFor('declare'))
  @Performs(IncidentTransitions, 'declare')
  declareIncident(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: DeclareIncidentInput,
  ): Promise<Incident> {
    return this.lifecycle.declare(principal, input);
  }

  @Mutation(() => Incident, { description: 'DECLARED → CONTAINED (its commander or an ICB commander).' })
  @Allow(...IncidentTransitions.rolesFor('contain'))
  @Performs(IncidentTransitions, 'contain')
  containIncident(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: TransitionIncidentInput,
  ): Promise<Incident> {
    return this.lifecycle.contain(principal, input);
  }

  @Mutation(() => Incident, { description: 'CONTAINED → RECOVERING (its commander or an ICB commander).' })
  @Allow(...IncidentTransitions.rolesFor('recover'))
  @Performs(IncidentTransitions, 'recover')
  recoverIncident(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: TransitionIncidentInput,
  ): Promise<Incident> {
    return this.lifecycle.recover(principal, input);
  }

  @Mutation(() => Incident, {
    description: 'RECOVERING → STOOD_DOWN: its commander only, while no registered stand-down check objects.',
  })
  @Allow(...IncidentTransitions.rolesFor('standDown'))
  @Performs(IncidentTransitions, 'standDown')
  standDownIncident(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: TransitionIncidentInput,
  ): Promise<Incident> {
    return this.lifecycle.standDown(principal, input);
  }

  @Mutation(() => Incident, {
    description:
      'REPORTED, STANDBY or DECLARED → CANCELLED, with a reason (a false alarm, a standby or declaration withdrawn).',
  })
  @Allow(...IncidentTransitions.rolesFor('cancel'))
  @Performs(IncidentTransitions, 'cancel')
  cancelIncident(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CancelIncidentInput,
  ): Promise<Incident> {
    return this.lifecycle.cancel(principal, input);
  }

  @Mutation(() => Incident, {
    description:
      'STOOD_DOWN or CANCELLED → CLOSED: a declared incident needs a lesson identified, and every registered closure check must pass.',
  })
  @Allow(...IncidentTransitions.rolesFor('close'))
  @Performs(IncidentTransitions, 'close')
  closeIncident(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: TransitionIncidentInput,
  ): Promise<Incident> {
    return this.lifecycle.close(principal, input);
  }

  @Mutation(() => Incident, {
    description:
      "Stands up the Incident Coordination Centre (once, on a declared incident, by its commander): with lessons and an action plan it is the command post exercise of the incident's organisations.",
  })
  @Allow(...IncidentTransitions.rolesFor('openCoordinationCentre'))
  @Performs(IncidentTransitions, 'openCoordinationCentre')
  openCoordinationCentre(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: TransitionIncidentInput,
  ): Promise<Incident> {
    return this.lifecycle.openCoordinationCentre(principal, input);
  }

  @Mutation(() => Incident, {
    description:
      'Raises or lowers the level, or changes the type or scope, at any live status, with a reason (on the timeline). Once declared, level 2+ or system-wide needs an ICB commander, and major needs METHANE.',
  })
  @Allow(...IncidentTransitions.rolesFor('changeLevel'))
  @Performs(IncidentTransitions, 'changeLevel')
  changeIncidentLevel(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ChangeIncidentLevelInput,
  ): Promise<Incident> {
    return this.lifecycle.changeLevel(principal, input);
  }

  @Mutation(() => Incident, {
    description:
      'Assigns a command role; a held role is handed over (history kept). Its commander or an ICB commander.',
  })
  @Allow(...IncidentTransitions.rolesFor('command'))
  @Performs(IncidentTransitions, 'command')
  assignIncidentRole(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AssignIncidentRoleInput,
  ): Promise<Incident> {
    return this.command.assignRole(principal, input);
  }

  @Mutation(() => Incident, {
    description: 'Its members see the incident from their next request. Its commander or an ICB commander.',
  })
  @Allow(...IncidentTransitions.rolesFor('command'))
  @Performs(IncidentTransitions, 'command')
  addAffectedOrganisation(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AffectedOrganisationInput,
  ): Promise<Incident> {
    return this.command.addAffectedOrganisation(principal, input);
  }

  @Mutation(() => Incident, {
    description: 'Its members stop seeing the incident (unless they hold a role on it); its liaison stands down.',
  })
  @Allow(...IncidentTransitions.rolesFor('command'))
  @Performs(IncidentTransitions, 'command')
  removeAffectedOrganisation(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AffectedOrganisationInput,
  ): Promise<Incident> {
    return this.command.removeAffectedOrganisation(principal, input);
  }
}
