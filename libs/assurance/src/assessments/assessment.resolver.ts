import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { type GraphqlContext } from '@muster/platform-graphql';
import { AssuranceLoaders } from '../assurance.loaders';
import { FrameworkKind } from '../frameworks/framework-kind';
import { cafRollUp } from '../ratings/caf-rollup';
import { isFullyMet } from './assessment-enums';
import { AssessmentQueriesService } from './assessment-queries.service';
import { AssessmentIdArgs, AssuranceOverviewArgs, OrganisationAssessmentsArgs } from './assessment.inputs';
import { toCafOutcome } from './assessment.mappers';
import {
  Assessment,
  AssessmentBand,
  AssessmentGapAction,
  AssessmentPerson,
  AssessmentRating,
  AssuranceOverview,
  CafRollUpEntry,
} from './assessment.types';
import { BandPolicy } from './band-policy';

@Resolver(() => Assessment)
export class AssessmentResolver {
  constructor(
    private readonly queries: AssessmentQueriesService,
    private readonly loaders: AssuranceLoaders,
    private readonly bands: BandPolicy,
  ) {}

  @Authenticated()
  @Query(() => Assessment, {
    description:
      "One assessment: the organisation's members, the ICB's EPRR lead and system-wide roles; NOT_FOUND otherwise.",
  })
  assessment(@CurrentPrincipal() principal: Principal, @Args() { id }: AssessmentIdArgs): Promise<Assessment> {
    return this.queries.get(principal, id);
  }

  @Authenticated()
  @Query(() => [Assessment], { description: "An organisation's assessments, newest period first (the same people)." })
  organisationAssessments(
    @CurrentPrincipal() principal: Principal,
    @Args() { organisationId }: OrganisationAssessmentsArgs,
  ): Promise<Assessment[]> {
    return this.queries.ofOrganisation(principal, organisationId);
  }

  @Authenticated()
  @Query(() => AssuranceOverview, {
    description:
      "The ICS view of a framework version: each organisation's latest assessment as a heat map row per top-level section with its band, and the system's gaps (most severe, then oldest). The ICB's EPRR lead and system-wide roles see every organisation; others their own.",
  })
  assuranceOverview(
    @CurrentPrincipal() principal: Principal,
    @Args() { frameworkId }: AssuranceOverviewArgs,
  ): Promise<AssuranceOverview> {
    return this.queries.overview(principal, frameworkId);
  }

  @ResolveField(() => [AssessmentRating], { description: 'A row per applicable requirement, in framework order.' })
  ratings(@Parent() a: Assessment, @Context() ctx: GraphqlContext): Promise<AssessmentRating[]> {
    return this.loaders.for(ctx).ratingsByAssessment.load(a.id);
  }

  @ResolveField(() => AssessmentBand, {
    description:
      "Applicable requirements fully met; for EPRR core standards, the assurance band. The deep dive's questions do not count.",
  })
  async band(@Parent() a: Assessment, @Context() ctx: GraphqlContext): Promise<AssessmentBand> {
    const ratings = (await this.loaders.for(ctx).ratingsByAssessment.load(a.id)).filter((r) => !r.deepDive);
    const full = ratings.filter((r) => isFullyMet(r.rating)).length;
    return this.bands.band(full, ratings.length, a.frameworkKind === FrameworkKind.EPRR_CORE_STANDARDS);
  }

  @ResolveField(() => AssessmentBand, {
    nullable: true,
    description:
      "The year's deep dive, reported apart: its questions fully met and their share (never a band). Null when the framework has none.",
  })
  async deepDive(@Parent() a: Assessment, @Context() ctx: GraphqlContext): Promise<AssessmentBand | null> {
    const questions = (await this.loaders.for(ctx).ratingsByAssessment.load(a.id)).filter((r) => r.deepDive);
    if (!questions.length) return null;
    return this.bands.band(questions.filter((r) => isFullyMet(r.rating)).length, questions.length, false);
  }

  @ResolveField(() => [CafRollUpEntry], { description: 'CAF: outcomes rolled up per principle (empty for EPRR).' })
  async cafPrinciples(@Parent() a: Assessment, @Context() ctx: GraphqlContext): Promise<CafRollUpEntry[]> {
    if (a.frameworkKind === FrameworkKind.EPRR_CORE_STANDARDS) return [];
    const ratings = await this.loaders.for(ctx).ratingsByAssessment.load(a.id);
    return cafRollUp(ratings.map(toCafOutcome)).principles as CafRollUpEntry[];
  }

  @ResolveField(() => [CafRollUpEntry], { description: 'CAF: outcomes rolled up per objective (empty for EPRR).' })
  async cafObjectives(@Parent() a: Assessment, @Context() ctx: GraphqlContext): Promise<CafRollUpEntry[]> {
    if (a.frameworkKind === FrameworkKind.EPRR_CORE_STANDARDS) return [];
    const ratings = await this.loaders.for(ctx).ratingsByAssessment.load(a.id);
    return cafRollUp(ratings.map(toCafOutcome)).objectives as CafRollUpEntry[];
  }
}

@Resolver(() => AssessmentRating)
export class AssessmentRatingResolver {
  constructor(private readonly loaders: AssuranceLoaders) {}

  @ResolveField(() => AssessmentGapAction, {
    nullable: true,
    description: 'The latest action raised from this gap, with its status (closing it does not change the rating).',
  })
  action(@Parent() r: AssessmentRating, @Context() ctx: GraphqlContext): Promise<AssessmentGapAction | null> {
    return this.loaders.for(ctx).actionByGap.load(r.id);
  }

  @ResolveField(() => AssessmentPerson, {
    nullable: true,
    description: "Who owns the requirement in the organisation: the person's name only (ownerUserId); null when none.",
  })
  owner(@Parent() r: AssessmentRating, @Context() ctx: GraphqlContext): Promise<AssessmentPerson | null> | null {
    return r.ownerUserId ? this.loaders.for(ctx).personById.load(r.ownerUserId) : null;
  }
}
