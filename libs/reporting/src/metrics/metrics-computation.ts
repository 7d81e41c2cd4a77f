import { BandThresholds } from '@muster/assurance';
import { londonDay } from '../periods/metrics-period';
import { AssignmentMetricsStore } from './assignment-metrics.store';
import { AssuranceMetricsStore } from './assurance-metrics.store';
import { ExerciseIgMetricsStore } from './exercise-ig-metrics.store';
import { IncidentMetricsStore } from './incident-metrics.store';
import {
  toAssignmentMetrics,
  toAssuranceMetrics,
  toExerciseMetrics,
  toIgMetrics,
  toIncidentMetrics,
  toTrend,
} from './metrics.mappers';
import { MetricsScope } from './metrics-scope';
import { OnCallMetricsStore } from './oncall-metrics.store';
import { toOnCallMetrics } from './oncall.mappers';
import { Metrics } from './metrics.types';
import { ReadinessMetrics } from './standing.types';

export interface MetricsStores {
  incidents: IncidentMetricsStore;
  assignments: AssignmentMetricsStore;
  exercisesAndIg: ExerciseIgMetricsStore;
  assurance: AssuranceMetricsStore;
  onCall: OnCallMetricsStore;
}

export interface MetricsSettings {
  exerciseTypes: string[];
  exerciseMonths: number[];
  bands: BandThresholds;
}

/**
 * Every family's statements at once (each one statement, whatever the organisations), the
 * readiness beside them, mapped to the API's shape. The service runs it on TypeORM's
 * manager; the bench's raw handler on a pg pool, the same statements.
 */
export async function computeMetrics(
  stores: MetricsStores,
  scope: MetricsScope,
  settings: MetricsSettings,
  organisationName: string | null,
  readiness: () => Promise<ReadinessMetrics>,
): Promise<Metrics> {
  const { period, asAt, organisationId } = scope;
  const [
    incidents,
    incidentTrend,
    assignments,
    assignmentTrend,
    exercises,
    ig,
    igTrend,
    assessments,
    posture,
    postureTrend,
    alertAcks,
    pages,
    ready,
  ] = await Promise.all([
    stores.incidents.counts(scope),
    stores.incidents.trend(scope),
    stores.assignments.figures(scope),
    stores.assignments.trend(scope),
    stores.exercisesAndIg.exerciseCells(scope, settings.exerciseTypes, settings.exerciseMonths),
    stores.exercisesAndIg.ig(scope),
    stores.exercisesAndIg.igTrend(scope),
    stores.assurance.assessments(scope),
    stores.assurance.posture(scope),
    stores.assurance.trend(scope),
    stores.assurance.cyberAlertAcks(scope),
    stores.onCall.pages(scope),
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
    assurance: toAssuranceMetrics(assessments, posture, alertAcks, settings.bands),
    onCall: toOnCallMetrics(pages),
    trend: toTrend(
      incidentTrend.map((r) => r.month),
      londonDay(new Date(asAt.getTime() - 1)).slice(0, 7),
      { incidents: incidentTrend, assignments: assignmentTrend, ig: igTrend, posture: postureTrend },
    ),
  };
}
