import { Module } from '@nestjs/common';
import { ReadinessModule } from '@muster/readiness';
import { MetricsCsvService } from './csv/metrics-csv.service';
import { ReportsCsvController } from './csv/reports-csv.controller';
import { AssignmentMetricsStore } from './metrics/assignment-metrics.store';
import { AssuranceMetricsStore } from './metrics/assurance-metrics.store';
import { OnCallMetricsStore } from './metrics/oncall-metrics.store';
import { ExerciseIgMetricsStore } from './metrics/exercise-ig-metrics.store';
import { IncidentMetricsStore } from './metrics/incident-metrics.store';
import { MetricsResolver } from './metrics/metrics.resolver';
import { MetricsService } from './metrics/metrics.service';
import { ReportingDirectoryStore } from './metrics/reporting-directory.store';

/**
 * Reporting: the standardised metrics of the ICS, read from every domain below it in SQL
 * of its own stores, aggregated in the database. It writes nothing but the audit events
 * of its CSV exports. MetricsService is exported for reports built on the same figures.
 */
@Module({
  imports: [ReadinessModule],
  controllers: [ReportsCsvController],
  providers: [
    ReportingDirectoryStore,
    IncidentMetricsStore,
    AssignmentMetricsStore,
    ExerciseIgMetricsStore,
    AssuranceMetricsStore,
    OnCallMetricsStore,
    MetricsService,
    MetricsResolver,
    MetricsCsvService,
  ],
  exports: [MetricsService],
})
export class ReportingModule {}
