import { Module } from '@nestjs/common';
import { AssignmentsModule } from '@muster/assignments';
import { PostureBreaches } from './reports/posture-breaches';
import { PostureCsvImportService } from './reports/posture-csv-import.service';
import { PostureIngestionService } from './reports/posture-ingestion.service';
import { PostureQueriesService } from './reports/posture-queries.service';
import { PostureReportStore } from './reports/posture-report.store';
import { PostureResolver } from './reports/posture.resolver';

/** SOC posture, ingested (never scanned): daily reports per organisation, breaches raised as assignments. */
@Module({
  imports: [AssignmentsModule],
  providers: [
    PostureReportStore,
    PostureBreaches,
    PostureIngestionService,
    PostureCsvImportService,
    PostureQueriesService,
    PostureResolver,
  ],
  exports: [PostureIngestionService],
})
export class PostureModule {}
