import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { CommandRoleCandidatesService } from './command-role-candidates.service';
import { CommandRoleCandidate, CommandRoleCandidatesArgs } from './command-role-candidates.types';

/** The people a command role may be assigned or handed over to (assignIncidentRole's picker). */
@Resolver()
export class CommandRoleCandidatesResolver {
  constructor(private readonly candidates: CommandRoleCandidatesService) {}

  @Query(() => [CommandRoleCandidate], {
    description:
      'Who may take the command role on the incident, by name (first, narrowed by search): active members of its lead or affected organisations or of an ICB (a liaison: of the organisation they speak for); commander and deputy only incident commanders. For those who may assign the role (its commander or an ICB commander); NOT_FOUND for an incident out of sight.',
  })
  // Any signed-in caller, so that `first` is checked before anything (as on every list); the
  // service refuses those who may not assign, with the same rule as the mutation.
  @Authenticated()
  commandRoleCandidates(
    @CurrentPrincipal() principal: Principal,
    @Args() args: CommandRoleCandidatesArgs,
  ): Promise<CommandRoleCandidate[]> {
    return this.candidates.list(principal, args);
  }
}
