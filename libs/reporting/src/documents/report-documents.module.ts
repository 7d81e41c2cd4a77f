import { Module } from '@nestjs/common';
import { AssignmentsModule } from '@muster/assignments';
import { GovernanceModule } from '@muster/governance';
import { IdentityModule } from '@muster/identity';
import { IncidentsModule } from '@muster/incidents';
import { GrabPackService } from './grab-pack/grab-pack.service';
import { GrabPackStore } from './grab-pack/grab-pack.store';
import { IncidentReportService } from './incident-report/incident-report.service';
import { IncidentReportStore } from './incident-report/incident-report.store';
import { PdfPrinter } from './pdf-printer';
import { ReportDocumentsController } from './report-documents.controller';

/**
 * Printed documents of reporting: grab packs (an organisation's runbooks in force, for when
 * the network is down) and incident reports, as self-contained HTML and, with a browser on
 * the server, PDF. Reads other domains through their query services or SQL in its stores;
 * writes nothing but its own audit events.
 */
@Module({
  imports: [IdentityModule, IncidentsModule, GovernanceModule, AssignmentsModule],
  controllers: [ReportDocumentsController],
  providers: [GrabPackStore, GrabPackService, IncidentReportStore, IncidentReportService, PdfPrinter],
})
export class ReportDocumentsModule {}
