import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { Clock } from '@muster/platform-core';
import { ExerciseType } from '@muster/exercises';
import { ReadinessService } from '@muster/readiness';
import { asAtOf, MetricsPeriod } from '../periods/metrics-period';
import { ReportingAccess } from '../reporting.access';
import { AssignmentMetricsStore } from './assignment-metrics.store';
import { AssuranceMetricsStore } from './assurance-metrics.store';
import { OnCallMetricsStore } from './oncall-metrics.store';
import { ExerciseIgMetricsStore } from './exercise-ig-metrics.store';
import { IncidentMetricsStore } from './incident-metrics.store';
import { computeMetrics, MetricsSettings, MetricsStores } from './metrics-computation';
import { fromOrganisationReadiness, fromSystemReadiness } from './metrics.mappers';
import { MetricsScope } from './metrics-scope';
import { Metrics } from './metrics.types';
import { ReportingDirectoryStore } from './reporting-directory.store';
import { ReadinessMetrics } from './standing.types';

/**
 * The metrics of a period, for the system or one organisation: the one place they are
 * computed, for the GraphQL queries, the CSV export and any report built on them. Every
 * figure is aggregated in SQL, a constant number of statements whatever the number of
 * organisations (one per metric family and one per family's trend, the readiness
 * service's own, and one for access). Reads only: nothing here writes.
 */
@Injectable()
export class MetricsService {
  private readonly stores: MetricsStores;
  private readonly settings: MetricsSettings;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly directory: ReportingDirectoryStore,
    incidents: IncidentMetricsStore,
    assignments: AssignmentMetricsStore,
    exercisesAndIg: ExerciseIgMetricsStore,
    assurance: AssuranceMetricsStore,
    onCall: OnCallMetricsStore,
    private readonly readiness: ReadinessService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.stores = { incidents, assignments, exercisesAndIg, assurance, onCall };
    this.settings = settingsOf(config);
  }

  /** The whole system: system-wide roles and the ICB's board (VIEWER) and EPRR lead; FORBIDDEN otherwise. */
  async system(principal: Principal, period: MetricsPeriod): Promise<Metrics> {
    if (!principal.isSystemWide) {
      const { atIcb } = await this.directory.lookUp(this.db.manager, null, ReportingAccess.boardCandidates(principal));
      ReportingAccess.assertSeesSystem(principal, atIcb);
    }
    const reader = ReportingAccess.readerFor(principal, principal.organisationIds[0] ?? '');
    return this.compute(period, null, null, () => this.readiness.systemReadiness(reader).then(fromSystemReadiness));
  }

  /** One organisation: its members, and whoever sees the system; NOT_FOUND otherwise. */
  async organisation(principal: Principal, organisationId: string, period: MetricsPeriod): Promise<Metrics> {
    const asMember = ReportingAccess.seesAsMember(principal, organisationId);
    const { name, atIcb } = await this.directory.lookUp(
      this.db.manager,
      organisationId,
      asMember ? [] : ReportingAccess.boardCandidates(principal),
    );
    ReportingAccess.assertSeesOrganisation(principal, organisationId, atIcb, name !== null);
    const reader = ReportingAccess.readerFor(principal, organisationId);
    return this.compute(period, organisationId, name, () =>
      this.readiness.organisationReadiness(reader, organisationId).then(fromOrganisationReadiness),
    );
  }

  private compute(
    period: MetricsPeriod,
    organisationId: string | null,
    organisationName: string | null,
    readiness: () => Promise<ReadinessMetrics>,
  ): Promise<Metrics> {
    const asAt = asAtOf(period, this.clock.now());
    const scope: MetricsScope = { manager: this.db.manager, period, asAt, organisationId };
    return computeMetrics(this.stores, scope, this.settings, organisationName, readiness);
  }
}

/** The configured exercise intervals (EXERCISE_MONTHS_*) and assurance bands (ASSURANCE_BAND_*). */
export function settingsOf(config: AppConfig): MetricsSettings {
  const months = config.exerciseIntervalMonths;
  const byType: Record<ExerciseType, number> = {
    [ExerciseType.COMMUNICATIONS]: months.communications,
    [ExerciseType.TABLE_TOP]: months.tableTop,
    [ExerciseType.LIVE_PLAY]: months.livePlay,
    [ExerciseType.COMMAND_POST]: months.commandPost,
  };
  return { exerciseTypes: Object.keys(byType), exerciseMonths: Object.values(byType), bands: config.assuranceBands };
}
