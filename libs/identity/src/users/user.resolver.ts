import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, CurrentPrincipal, Principal, Role } from '@muster/platform-access';
import { Connection, type GraphqlContext } from '@muster/platform-graphql';
import { DirectoryLoaders } from '../directory/directory.loaders';
import { IdArgs, OrganisationPageArgs } from '../directory/id.args';
import { Membership } from '../memberships/membership.types';
import { MobileNumbersService } from './mobile-numbers.service';
import { CreateUserInput, SetMobileNumberInput } from './user.inputs';
import { User, UserConnection } from './user.types';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UserResolver {
  constructor(
    private readonly service: UsersService,
    private readonly loaders: DirectoryLoaders,
    private readonly mobileNumbers: MobileNumbersService,
  ) {}

  @Allow(Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.AUDITOR)
  @Query(() => UserConnection, {
    description: "An organisation's people: for its ORG_ADMIN, system administrators and auditors.",
  })
  users(
    @CurrentPrincipal() principal: Principal,
    @Args() { organisationId, ...page }: OrganisationPageArgs,
  ): Promise<Connection<User>> {
    return this.service.list(principal, organisationId, page);
  }

  @Allow(Role.SYSTEM_ADMIN, Role.ORG_ADMIN)
  @Mutation(() => User, {
    description: 'An account with its first role. ORG_ADMIN of the organisation, or a system administrator.',
  })
  createUser(@CurrentPrincipal() principal: Principal, @Args('input') input: CreateUserInput): Promise<User> {
    return this.service.create(principal, input);
  }

  @Allow(Role.SYSTEM_ADMIN, Role.ORG_ADMIN)
  @Mutation(() => User, { description: "Ends the account's access everywhere, from its next request. Not your own." })
  deactivateUser(@CurrentPrincipal() principal: Principal, @Args() { id }: IdArgs): Promise<User> {
    return this.service.deactivate(principal, id);
  }

  @Allow(Role.SYSTEM_ADMIN, Role.ORG_ADMIN)
  @Mutation(() => User)
  reactivateUser(@CurrentPrincipal() principal: Principal, @Args() { id }: IdArgs): Promise<User> {
    return this.service.reactivate(principal, id);
  }

  @Authenticated()
  @Mutation(() => User, {
    description:
      "Sets or removes a person's mobile number, for urgent notifications by SMS: your own, or as ORG_ADMIN of their organisation (or a system administrator).",
  })
  setMobileNumber(@CurrentPrincipal() principal: Principal, @Args('input') input: SetMobileNumberInput): Promise<User> {
    return this.mobileNumbers.set(principal, input);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "Their UK mobile number (+447…), where urgent notifications go by SMS. Personal data: shown only to them, their organisations' admins and system administrators; null for everyone else, and when they have none.",
  })
  mobileNumber(
    @Parent() user: User,
    @CurrentPrincipal() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<string | null> {
    return this.loaders.for(ctx, principal).mobileNumberOfUser.load(user.id);
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'True while they have not set a password yet: they were invited, and `sendInvitation` may send the link again. Only for an ORG_ADMIN of one of their organisations and system administrators; null for everyone else.',
  })
  awaitingPassword(
    @Parent() user: User,
    @CurrentPrincipal() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean | null> {
    return this.loaders.for(ctx, principal).awaitingPasswordOfUser.load(user.id);
  }

  @ResolveField(() => [Membership], { description: 'Their roles, in the organisations you can see.' })
  memberships(
    @Parent() user: User,
    @CurrentPrincipal() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<Membership[]> {
    return this.loaders.for(ctx, principal).membershipsOfUser.load(user.id);
  }
}
