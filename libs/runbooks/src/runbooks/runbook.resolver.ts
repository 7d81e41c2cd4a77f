import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { Clock } from '@muster/platform-core';
import type { GraphqlContext } from '@muster/platform-graphql';
import { RunbookLoaders } from '../runbooks.loaders';
import { RunbookStep } from '../steps/runbook-step.types';
import { RunbookVersion } from '../versions/runbook-version.types';
import { isDueForReview } from './review-dates';
import { RunbookStatus } from './runbook-status';
import { RunbookQueriesService } from './runbook-queries.service';
import { RunbookIdArgs, RunbooksArgs } from './runbook.inputs';
import { Runbook, RunbookConnection, RunbookPerson, RunbookTemplateStatus } from './runbook.types';

/** Runbook queries and the nested fields of a runbook (batched per request). */
@Resolver(() => Runbook)
export class RunbookResolver {
  constructor(
    private readonly queries: RunbookQueriesService,
    private readonly loaders: RunbookLoaders,
    private readonly clock: Clock,
  ) {}

  @Query(() => RunbookConnection, {
    description:
      "Runbooks the caller may see: their organisations' own and the ICS templates; every organisation's with a system-wide role or as the ICB's EPRR lead or incident commander (read only).",
  })
  @Authenticated()
  runbooks(@CurrentPrincipal() principal: Principal, @Args() args: RunbooksArgs) {
    return this.queries.list(principal, args);
  }

  @Query(() => Runbook)
  @Authenticated()
  runbook(@CurrentPrincipal() principal: Principal, @Args() { id }: RunbookIdArgs): Promise<Runbook> {
    return this.queries.get(principal, id);
  }

  @ResolveField(() => [RunbookStep], { description: 'The working copy, in order.' })
  steps(@Parent() runbook: Runbook, @Context() ctx: GraphqlContext): Promise<RunbookStep[]> {
    return this.loaders.for(ctx).stepsByRunbook.load(runbook.id);
  }

  @ResolveField(() => [RunbookVersion], { description: 'Approved versions, newest first.' })
  versions(@Parent() runbook: Runbook, @Context() ctx: GraphqlContext): Promise<RunbookVersion[]> {
    return this.loaders.for(ctx).versionsByRunbook.load(runbook.id);
  }

  @ResolveField(() => RunbookVersion, { nullable: true, description: 'The approved version in force.' })
  async currentVersion(@Parent() runbook: Runbook, @Context() ctx: GraphqlContext): Promise<RunbookVersion | null> {
    return runbook.currentVersionId ? this.loaders.for(ctx).versionById.load(runbook.currentVersionId) : null;
  }

  @ResolveField(() => RunbookPerson, { nullable: true })
  async owner(@Parent() runbook: Runbook, @Context() ctx: GraphqlContext): Promise<RunbookPerson | null> {
    return runbook.ownerUserId ? this.loaders.for(ctx).personById.load(runbook.ownerUserId) : null;
  }

  @ResolveField(() => RunbookPerson, { nullable: true, description: 'Who submitted the draft now in review.' })
  async submittedBy(@Parent() runbook: Runbook, @Context() ctx: GraphqlContext): Promise<RunbookPerson | null> {
    return runbook.submittedById ? this.loaders.for(ctx).personById.load(runbook.submittedById) : null;
  }

  @ResolveField(() => RunbookPerson, { nullable: true, description: 'The EPRR lead who retired it.' })
  async retiredBy(@Parent() runbook: Runbook, @Context() ctx: GraphqlContext): Promise<RunbookPerson | null> {
    return runbook.retiredById ? this.loaders.for(ctx).personById.load(runbook.retiredById) : null;
  }

  @ResolveField(() => RunbookPerson, {
    nullable: true,
    description:
      'Who last reviewed the version in force (its approver, or the EPRR lead who reviewed it without change).',
  })
  async lastReviewedBy(@Parent() runbook: Runbook, @Context() ctx: GraphqlContext): Promise<RunbookPerson | null> {
    return runbook.lastReviewedById ? this.loaders.for(ctx).personById.load(runbook.lastReviewedById) : null;
  }

  @ResolveField(() => Boolean, { description: 'The next review date has come (by the server clock).' })
  dueForReview(@Parent() runbook: Runbook): boolean {
    return runbook.status !== RunbookStatus.RETIRED && isDueForReview(runbook.nextReviewAt, this.clock.now());
  }

  @ResolveField(() => RunbookTemplateStatus, {
    nullable: true,
    description: 'For adopted runbooks: whether the ICS template has moved on.',
  })
  async templateStatus(
    @Parent() runbook: Runbook,
    @Context() ctx: GraphqlContext,
  ): Promise<RunbookTemplateStatus | null> {
    if (!runbook.templateRunbookId || runbook.adoptedTemplateVersion === null) return null;
    const template = await this.loaders.for(ctx).templateById.load(runbook.templateRunbookId);
    if (!template) return null;
    return {
      templateId: template.id,
      templateTitle: template.title,
      adoptedVersion: runbook.adoptedTemplateVersion,
      latestVersion: template.latestVersionNumber,
      behind: template.latestVersionNumber > runbook.adoptedTemplateVersion,
    };
  }
}
