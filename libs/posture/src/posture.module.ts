import { Module } from '@nestjs/common';
import { AssignmentsModule } from '@muster/assignments';
import { NotificationsModule } from '@muster/notifications';
import { CyberAlertDeadlineJobs } from './alerts/cyber-alert-deadlines.jobs';
import { CyberAlertMutationsResolver } from './alerts/cyber-alert-mutations.resolver';
import { CyberAlertNotices } from './alerts/cyber-alert-notices';
import { CyberAlertQueriesService } from './alerts/cyber-alert-queries.service';
import { CyberAlertRecordingService } from './alerts/cyber-alert-recording.service';
import { CyberAlertResponseService } from './alerts/cyber-alert-response.service';
import { CyberAlertWatchers } from './alerts/cyber-alert-watchers';
import { CyberAlertLoaders } from './alerts/cyber-alert.loaders';
import { CyberAlertResolver, CyberAlertResponseResolver } from './alerts/cyber-alert.resolver';
import { CyberAlertStore } from './alerts/cyber-alert.store';
import { PostureBreaches } from './reports/posture-breaches';
import { PostureCsvImportService } from './reports/posture-csv-import.service';
import { PostureIngestionService } from './reports/posture-ingestion.service';
import { PostureQueriesService } from './reports/posture-queries.service';
import { PostureReportStore } from './reports/posture-report.store';
import { PostureResolver } from './reports/posture.resolver';

/**
 * SOC posture, ingested (never scanned): daily reports per organisation, breaches raised as
 * assignments; and NHS cyber alerts, recorded once by the SOC and answered per organisation.
 */
@Module({
  imports: [AssignmentsModule, NotificationsModule],
  providers: [
    PostureReportStore,
    PostureBreaches,
    PostureIngestionService,
    PostureCsvImportService,
    PostureQueriesService,
    PostureResolver,
    CyberAlertStore,
    CyberAlertWatchers,
    CyberAlertNotices,
    CyberAlertDeadlineJobs,
    CyberAlertRecordingService,
    CyberAlertResponseService,
    CyberAlertQueriesService,
    CyberAlertLoaders,
    CyberAlertResolver,
    CyberAlertResponseResolver,
    CyberAlertMutationsResolver,
  ],
  exports: [
    PostureIngestionService,
    CyberAlertWatchers,
    CyberAlertRecordingService,
    CyberAlertResponseService,
    CyberAlertDeadlineJobs,
  ],
})
export class PostureModule {}
