import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, Principal, Role } from '@muster/platform-access';
import type { GraphqlContext } from '@muster/platform-graphql';
import { DirectoryLoaders } from '../directory/directory.loaders';
import { Organisation } from '../organisations/organisation.types';
import { Team } from '../teams/team.types';
import { GrantRoleInput, RevokeRoleInput } from './membership.inputs';
import { Grant, Membership } from './membership.types';
import { MembershipsService } from './memberships.service';

@Resolver(() => Membership)
export class MembershipResolver {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Allow(Role.SYSTEM_ADMIN, Role.ORG_ADMIN)
  @Mutation(() => Membership, {
    description: 'ORG_ADMIN in their organisation; SYSTEM_ADMIN and AUDITOR only by a system administrator.',
  })
  grantRole(@CurrentPrincipal() principal: Principal, @Args('input') input: GrantRoleInput): Promise<Membership> {
    return this.memberships.grant(principal, input);
  }

  @Allow(Role.SYSTEM_ADMIN, Role.ORG_ADMIN)
  @Mutation(() => Boolean, {
    description: 'Takes effect on their next request. The last system administrator cannot be revoked.',
  })
  revokeRole(@CurrentPrincipal() principal: Principal, @Args('input') input: RevokeRoleInput): Promise<boolean> {
    return this.memberships.revoke(principal, input);
  }

  @ResolveField(() => Organisation)
  organisation(
    @Parent() m: Membership,
    @CurrentPrincipal() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<Organisation> {
    return this.loaders.for(ctx, principal).organisation.load(m.organisationId);
  }

  @ResolveField(() => Team, { nullable: true })
  team(
    @Parent() m: Membership,
    @CurrentPrincipal() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<Team | null> {
    return m.teamId ? this.loaders.for(ctx, principal).team.load(m.teamId) : Promise.resolve(null);
  }
}

/** The same two fields on a caller's grant (`me.grants`). */
@Resolver(() => Grant)
export class GrantResolver {
  constructor(private readonly loaders: DirectoryLoaders) {}

  @ResolveField(() => Organisation)
  organisation(
    @Parent() g: Grant,
    @CurrentPrincipal() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<Organisation> {
    return this.loaders.for(ctx, principal).organisation.load(g.organisationId);
  }

  @ResolveField(() => Team, { nullable: true })
  team(
    @Parent() g: Grant,
    @CurrentPrincipal() principal: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<Team | null> {
    return g.teamId ? this.loaders.for(ctx, principal).team.load(g.teamId) : Promise.resolve(null);
  }
}
