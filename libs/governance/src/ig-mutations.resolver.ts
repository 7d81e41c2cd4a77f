import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, Principal, Role } from '@muster/platform-access';
import { IgDecisionsService } from './decisions/ig-decisions.service';
import { IgNotificationsService } from './decisions/ig-notifications.service';
import {
  OpenIgThreadInput,
  RecordIgDecisionInput,
  RecordIgNotificationInput,
  SupersedeIgDecisionInput,
} from './ig.inputs';
import { IgDecision, IgNotificationRecord, IgThread } from './ig.types';
import { IgThreadsService } from './threads/ig-threads.service';

/**
 * The IG decision log's changes: appends only, by an IG officer of the thread's organisation
 * (the guard asks for the role somewhere; the service for it in that organisation). The log
 * has no states to move between, so no transition table: every change is an append.
 */
@Resolver()
export class IgMutationsResolver {
  constructor(
    private readonly threads: IgThreadsService,
    private readonly decisions: IgDecisionsService,
    private readonly notifications: IgNotificationsService,
  ) {}

  @Mutation(() => IgThread, {
    description:
      "Opens an organisation's IG thread on an incident with the awareness time (the 72-hour clock starts from it). An IG officer of that organisation.",
  })
  @Allow(Role.IG_OFFICER)
  openIgThread(@CurrentPrincipal() principal: Principal, @Args('input') input: OpenIgThreadInput): Promise<IgThread> {
    return this.threads.open(principal, input);
  }

  @Mutation(() => IgDecision, {
    description:
      'The first decision of a type in a thread; immutable. CONFLICT when the thread has a current one of the type: supersede it.',
  })
  @Allow(Role.IG_OFFICER)
  recordIgDecision(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RecordIgDecisionInput,
  ): Promise<IgDecision> {
    return this.decisions.record(principal, input);
  }

  @Mutation(() => IgDecision, {
    description:
      'A correction: a new decision that supersedes the current one, with its reason. The earlier one stays.',
  })
  @Allow(Role.IG_OFFICER)
  supersedeIgDecision(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SupersedeIgDecisionInput,
  ): Promise<IgDecision> {
    return this.decisions.supersede(principal, input);
  }

  @Mutation(() => IgNotificationRecord, {
    description:
      'A notification made, or a further submission (the next phase, Art. 33(4)); a first one after its deadline needs the reasons for the delay.',
  })
  @Allow(Role.IG_OFFICER)
  recordIgNotification(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RecordIgNotificationInput,
  ): Promise<IgNotificationRecord> {
    return this.notifications.record(principal, input);
  }
}
