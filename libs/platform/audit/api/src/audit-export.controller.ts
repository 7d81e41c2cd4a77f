import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, Principal } from '@muster/platform-access';
import { Clock } from '@muster/platform-core';
import { TRAIL_READERS } from './audit-access';
import { AuditExportQuery, exportFilterOf } from './audit-export.inputs';
import { AuditExportService, ExportSink } from './audit-export.service';

/**
 * `GET /audit/export?organisationId=…&from=…&to=…` (and the other trail filters): the
 * events as NDJSON, oldest first, streamed. `organisationId=ics` exports the ICS-wide
 * chain. Bearer token or API key, like the API. Errors are answered by the global
 * DomainErrorFilter, which cuts the connection of an export that fails once begun.
 */
@Controller('audit')
export class AuditExportController {
  constructor(
    private readonly exports: AuditExportService,
    private readonly clock: Clock,
  ) {}

  @Get('export')
  @Allow(...TRAIL_READERS)
  async export(
    @CurrentPrincipal() principal: Principal,
    @Query() query: AuditExportQuery,
    @Res() res: Response,
  ): Promise<void> {
    const filter = exportFilterOf(query);
    const stream = await this.exports.begin(principal, filter);
    const stamp = this.clock.now().toISOString().replace(/[:.]/g, '-');
    res.status(200);
    res.setHeader('content-type', 'application/x-ndjson; charset=utf-8');
    res.setHeader(
      'content-disposition',
      `attachment; filename="audit-${filter.chainId ?? filter.organisationId ?? 'trail'}-${stamp}.ndjson"`,
    );
    res.setHeader('cache-control', 'no-store');
    await stream(sinkOf(res));
    res.end();
  }
}

/** Writes to the response, waiting for 'drain' when its buffer is full; stops if the client goes. */
function sinkOf(res: Response): ExportSink {
  return async (chunk) => {
    if (res.destroyed) throw new Error('export client disconnected');
    if (res.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.on('drain', done);
      res.on('close', done);
    });
  };
}
