import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ALL_ROLES, Allow, CurrentPrincipal, Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { periodFromLabel } from '../periods/metrics-period';
import { MetricsCsvService } from './metrics-csv.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `GET /reports/<table>.csv?period=2026-10` (or `period=2026/27`, URL-encoded `2026%2F27`)
 * and `&organisationId=…` for one organisation's: a metric table as CSV. Bearer token or
 * API key, like the API, and the same access as systemMetrics / organisationMetrics.
 * Tables: docs/reporting.md. Errors are answered by the global DomainErrorFilter.
 */
@Controller('reports')
export class ReportsCsvController {
  constructor(private readonly csv: MetricsCsvService) {}

  @Get(':file')
  @Allow(...ALL_ROLES)
  async download(
    @CurrentPrincipal() principal: Principal,
    @Param('file') file: string,
    @Query('period') period: string | undefined,
    @Query('organisationId') organisationId: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    if (!file.endsWith('.csv')) throw DomainError.notFound('Report table');
    if (organisationId !== undefined && (typeof organisationId !== 'string' || !UUID.test(organisationId)))
      throw DomainError.badInput('organisationId', 'must be a UUID');
    const out = await this.csv.export(principal, file.slice(0, -4), periodFromLabel(period), organisationId ?? null);
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8; header=present');
    res.setHeader('content-disposition', `attachment; filename="${out.filename}"`);
    res.setHeader('cache-control', 'no-store');
    res.send(out.body);
  }
}
