import { Injectable } from '@nestjs/common';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { MetricsPeriod } from '../periods/metrics-period';
import { MetricsService } from '../metrics/metrics.service';
import { ReportingAudit } from '../reporting.audit';
import { toCsv } from './csv';
import { METRIC_TABLE_NAMES, METRIC_TABLES } from './metric-tables';

export interface MetricsCsv {
  filename: string;
  body: string;
}

/** One metric table as CSV, with the same access as the query it comes from; each export is audited. */
@Injectable()
export class MetricsCsvService {
  constructor(
    private readonly metrics: MetricsService,
    private readonly uow: UnitOfWork,
  ) {}

  async export(
    principal: Principal,
    tableName: string,
    period: MetricsPeriod,
    organisationId: string | null,
  ): Promise<MetricsCsv> {
    const table = METRIC_TABLES[tableName];
    if (!table) throw DomainError.notFound(`Report table (one of ${METRIC_TABLE_NAMES.join(', ')})`);
    const m = organisationId
      ? await this.metrics.organisation(principal, organisationId, period)
      : await this.metrics.system(principal, period);
    const rows = table.rows(m);
    const body = toCsv(table.header, rows);
    await this.uow.run(
      async (tx) => {
        tx.record({
          action: ReportingAudit.csvExported,
          organisationId,
          entityType: 'report',
          entityId: null,
          summary: `Metrics table ${tableName} for ${period.label} exported as CSV (${rows.length} rows${
            m.organisationName ? `, ${m.organisationName}` : ', whole system'
          })`,
          changes: { table: tableName, period: period.label, organisationId, rows: rows.length },
        });
      },
      { actor: principal.actor },
    );
    const who = organisationId ?? 'system';
    return { filename: `${tableName}-${period.label.replace('/', '-')}-${who}.csv`, body };
  }
}
