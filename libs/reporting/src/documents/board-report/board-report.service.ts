import { Injectable } from '@nestjs/common';
import { Principal } from '@muster/platform-access';
import { Clock } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { MetricsService } from '../../metrics/metrics.service';
import { MetricsPeriod } from '../../periods/metrics-period';
import { REPORT_ENTITY, ReportDocumentsAudit } from '../report-documents.audit';
import { toBoardReportData } from './board-report.mapper';
import { renderBoardReport } from './board-report.render';

/** The whole system's report, as its subject reads on the cover. */
export const SYSTEM_SUBJECT = 'Integrated care system (every organisation)';

/**
 * The board report of a period: the standardised metrics (as the reader may see them: the
 * metrics service checks) laid out for printing, for the system or one organisation.
 * Each generation is audited with the checksum printed on its pages.
 */
@Injectable()
export class BoardReportService {
  constructor(
    private readonly metrics: MetricsService,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async generate(
    principal: Principal,
    period: MetricsPeriod,
    organisationId: string | null,
  ): Promise<{ html: string; checksum: string; name: string }> {
    const m = organisationId
      ? await this.metrics.organisation(principal, organisationId, period)
      : await this.metrics.system(principal, period);
    const subject = m.organisationName ?? SYSTEM_SUBJECT;
    const { html, checksum } = renderBoardReport(toBoardReportData(m, subject, this.clock.now()));
    await this.uow.run(
      async (tx) => {
        tx.record({
          action: ReportDocumentsAudit.boardReportGenerated,
          organisationId,
          entityType: organisationId ? REPORT_ENTITY.organisation : REPORT_ENTITY.system,
          entityId: organisationId,
          summary: `Board report of ${subject} for ${m.period.label} generated: SHA-256 ${checksum}`,
          changes: { checksum, period: m.period.label, asAt: m.period.asAt },
        });
      },
      { actor: principal.actor },
    );
    return {
      html,
      checksum,
      name: `board-report-${organisationId ?? 'ics'}-${m.period.label.replace(/[^0-9A-Za-z]+/g, '-')}`,
    };
  }
}
