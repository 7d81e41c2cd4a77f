import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { RunbookOwnerCandidatesService } from './runbook-owner-candidates.service';
import { RunbookOwnerCandidate, RunbookOwnerCandidatesArgs } from './runbook-owner-candidates.types';

/** The people a runbook's owner may be set to (setRunbookOwner's picker). */
@Resolver()
export class RunbookOwnerCandidatesResolver {
  constructor(private readonly candidates: RunbookOwnerCandidatesService) {}

  @Query(() => [RunbookOwnerCandidate], {
    description:
      "Who may own the runbook: active members of its organisation, by name (first, narrowed by search). For its organisation's EPRR leads and administrators; NOT_FOUND for a runbook out of sight.",
  })
  // Any signed-in caller, so that `first` is checked before anything (as on every list); the
  // service refuses those who may not assign, with the same rule as the mutation.
  @Authenticated()
  runbookOwnerCandidates(
    @CurrentPrincipal() principal: Principal,
    @Args() args: RunbookOwnerCandidatesArgs,
  ): Promise<RunbookOwnerCandidate[]> {
    return this.candidates.list(principal, args);
  }
}
