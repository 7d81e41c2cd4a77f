import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { API_KEY_ROLES } from '@muster/identity';
import { Allow, Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { PostureCsvImportService } from './posture-csv-import.service';
import { PostureIngestionService } from './posture-ingestion.service';
import { PostureQueriesService } from './posture-queries.service';
import { ImportPostureCsvInput, PostureLeagueTableArgs, PostureSeriesArgs, ReportPostureInput } from './posture.inputs';
import { PostureDay, PostureIngestion, PostureLeagueRow } from './posture.types';

/** SOC posture: reported by the SOC's API key, read by the organisation, its ICB's EPRR lead and system roles. */
@Resolver()
export class PostureResolver {
  constructor(
    private readonly ingestion: PostureIngestionService,
    private readonly queries: PostureQueriesService,
    private readonly csvImport: PostureCsvImportService,
  ) {}

  @Mutation(() => PostureIngestion, {
    description:
      "The SOC's tooling reports a day of posture for one or every organisation (an API key of the SOC only). Idempotent per organisation and day: the same values again change nothing, other values supersede the day.",
  })
  @Allow(...API_KEY_ROLES)
  reportPosture(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ReportPostureInput,
  ): Promise<PostureIngestion> {
    return this.ingestion.report(principal, input);
  }

  @Mutation(() => PostureIngestion, {
    description:
      'reportPosture with the rows as CSV, organisations by ODS code (an API key of the SOC only); faults named by line and column on `csv`.',
  })
  @Allow(...API_KEY_ROLES)
  importPostureCsv(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ImportPostureCsvInput,
  ): Promise<PostureIngestion> {
    return this.csvImport.import(principal, input);
  }

  @Query(() => [PostureDay], {
    description:
      "An organisation's reported posture from `from` to `to` (at most 12 months), oldest first: its members, the ICB's EPRR lead and system-wide roles.",
  })
  @Authenticated()
  posture(@CurrentPrincipal() principal: Principal, @Args() args: PostureSeriesArgs): Promise<PostureDay[]> {
    return this.queries.series(principal, args.organisationId, args.from, args.to);
  }

  @Query(() => [PostureLeagueRow], {
    description:
      "Each organisation's latest posture on or before the day, ranked best first (fewest critical then high vulnerabilities past target, fewest critical open, best patch compliance). Every organisation for the ICB's EPRR lead and system-wide roles; the caller's own otherwise.",
  })
  @Authenticated()
  postureLeagueTable(
    @CurrentPrincipal() principal: Principal,
    @Args() { day }: PostureLeagueTableArgs,
  ): Promise<PostureLeagueRow[]> {
    return this.queries.leagueTable(principal, day);
  }
}
