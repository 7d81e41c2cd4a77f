import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { Clock } from '@muster/platform-core';
import { BandThresholds } from '@muster/assurance';
import { ExerciseType } from '@muster/exercises';
import { ReadinessService } from '@muster/readiness';
import { asAtOf, londonDay, MetricsPeriod } from '../periods/metrics-period';
import { ReportingAccess } from '../reporting.access';
import { AssignmentMetricsStore } from './assignment-metrics.store';
import { AssuranceMetricsStore } from './assurance-metrics.store';
import { ExerciseIgMetricsStore } from './exercise-ig-metrics.store';
import { IncidentMetricsStore } from './incident-metrics.store';
import {
  fromOrganisationReadiness,
  fromSystemReadiness,
  toAssignmentMetrics,
  toAssuranceMetrics,
  toExerciseMetrics,
  toIgMetrics,
  toIncidentMetrics,
  toTrend,
} from './metrics.mappers';
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
  private readonly exerciseTypes: string[];
  private readonly exerciseMonths: number[];
  private readonly bands: BandThresholds;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly directory: ReportingDirectoryStore,
    private readonly incidents: IncidentMetricsStore,
    private readonly assignments: AssignmentMetricsStore,
    private readonly exercisesAndIg: ExerciseIgMetricsStore,
    private readonly assurance: AssuranceMetricsStore,
    private readonly readiness: ReadinessService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const months = config.exerciseIntervalMonths;
    const byType: Record<ExerciseType, number> = {
      [ExerciseType.COMMUNICATIONS]: months.communications,
      [ExerciseType.TABLE_TOP]: months.tableTop,
      [ExerciseType.LIVE_PLAY]: months.livePlay,
      [ExerciseType.COMMAND_POST]: months.commandPost,
    };
    this.exerciseTypes = Object.keys(byType);
    this.exerciseMonths = Object.values(byType);
    this.bands = config.assuranceBands;
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

  private async compute(
    period: MetricsPeriod,
    organisationId: string | null,
    organisationName: string | null,
    readiness: () => Promise<ReadinessMetrics>,
  ): Promise<Metrics> {
    const asAt = asAtOf(period, this.clock.now());
    const scope: MetricsScope = { manager: this.db.manager, period, asAt, organisationId };
    const [incidents, incidentTrend, assignments, assignmentTrend, exercises, ig, igTrend, assessments, posture, postureTrend, ready] =
      await Promise.all([
        this.incidents.counts(scope),
        this.incidents.trend(scope),
        this.assignments.figures(scope),
        this.assignments.trend(scope),
        this.exercisesAndIg.exerciseCells(scope, this.exerciseTypes, this.exerciseMonths),
        this.exercisesAndIg.ig(scope),
        this.exercisesAndIg.igTrend(scope),
        this.assurance.assessments(scope),
        this.assurance.posture(scope),
        this.assurance.trend(scope),
        readiness(),
      ]);
    return {
      period: { label: period.label, kind: period.kind, start: period.start, end: period.end, asAt },
      organisationId,
      organisationName,
      incidents: toIncidentMetrics(incidents),
      assignments: toAssignmentMetrics(assignments),
      exercises: toExerciseMetrics(exercises),
      readiness: ready,
      informationGovernance: toIgMetrics(ig),
      assurance: toAssuranceMetrics(assessments, posture, this.bands),
      trend: toTrend(
        incidentTrend.map((r) => r.month),
        londonDay(new Date(asAt.getTime() - 1)).slice(0, 7),
        { incidents: incidentTrend, assignments: assignmentTrend, ig: igTrend, posture: postureTrend },
      ),
    };
  }
}
