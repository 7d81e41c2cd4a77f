import { Args, Query, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, Allow, CurrentPrincipal, Principal } from '@muster/platform-access';
import { Clock } from '@muster/platform-core';
import { resolvePeriod } from '../periods/metrics-period';
import { SYSTEM_METRICS_READERS } from '../reporting.access';
import { OrganisationMetricsArgs, SystemMetricsArgs } from './metrics.inputs';
import { Metrics } from './metrics.types';
import { MetricsService } from './metrics.service';

@Resolver()
export class MetricsResolver {
  constructor(
    private readonly metrics: MetricsService,
    private readonly clock: Clock,
  ) {}

  @Allow(...SYSTEM_METRICS_READERS)
  @Query(() => Metrics, {
    description:
      'The standardised metrics of the whole ICS for a period: SYSTEM_ADMIN, AUDITOR, or a VIEWER (the board) or the EPRR lead at the ICB; FORBIDDEN otherwise. CSV: GET /reports/<table>.csv?period=…',
  })
  systemMetrics(@CurrentPrincipal() principal: Principal, @Args() { period }: SystemMetricsArgs): Promise<Metrics> {
    return this.metrics.system(principal, resolvePeriod(period, this.clock.now()));
  }

  @Allow(...ALL_ROLES)
  @Query(() => Metrics, {
    description:
      "The standardised metrics of one organisation for a period: any of its members, and whoever may see the system's; NOT_FOUND otherwise. CSV: GET /reports/<table>.csv?period=…&organisationId=…",
  })
  organisationMetrics(
    @CurrentPrincipal() principal: Principal,
    @Args() { organisationId, period }: OrganisationMetricsArgs,
  ): Promise<Metrics> {
    return this.metrics.organisation(principal, organisationId, resolvePeriod(period, this.clock.now()));
  }
}
