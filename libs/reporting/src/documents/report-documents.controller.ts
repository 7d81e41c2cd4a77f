import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Authenticated, CurrentPrincipal, Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { GrabPackService } from './grab-pack/grab-pack.service';
import { IncidentReportService } from './incident-report/incident-report.service';
import { PdfPrinter } from './pdf-printer';

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(html|pdf)$/i;

/** `<uuid>.html` or `<uuid>.pdf`: the id and the format, or BAD_USER_INPUT. */
function parseFile(file: string, field: string): { id: string; format: 'html' | 'pdf' } {
  const match = FILE.exec(file);
  if (!match) throw DomainError.badInput(field, 'must be a UUID followed by .html or .pdf');
  return { id: match[1].toLowerCase(), format: match[2].toLowerCase() as 'html' | 'pdf' };
}

/**
 * Printed documents, over plain HTTP with the API's credentials (bearer token or API key):
 * - `GET /reports/grab-pack/<organisationId>.html|.pdf`: the organisation's grab pack;
 * - `GET /reports/incidents/<incidentId>.html|.pdf`: the incident report, as the caller may see it.
 * Each request generates the document afresh and audits it with its checksum (also in the
 * `x-muster-checksum` header). What the caller may not see is 404 NOT_FOUND; a PDF without a
 * browser on the server is 503 SERVICE_UNAVAILABLE.
 */
@Controller('reports')
export class ReportDocumentsController {
  constructor(
    private readonly grabPacks: GrabPackService,
    private readonly incidentReports: IncidentReportService,
    private readonly pdf: PdfPrinter,
  ) {}

  @Get('grab-pack/:file')
  @Authenticated()
  async grabPack(
    @CurrentPrincipal() principal: Principal,
    @Param('file') file: string,
    @Res() res: Response,
  ): Promise<void> {
    const { id, format } = parseFile(file, 'organisationId');
    if (format === 'pdf') this.pdf.assertAvailable();
    const pack = await this.grabPacks.generate(principal, id);
    await this.send(res, format, pack.html, pack.checksum, `grab-pack-${id}`);
  }

  @Get('incidents/:file')
  @Authenticated()
  async incidentReport(
    @CurrentPrincipal() principal: Principal,
    @Param('file') file: string,
    @Res() res: Response,
  ): Promise<void> {
    const { id, format } = parseFile(file, 'incidentId');
    if (format === 'pdf') this.pdf.assertAvailable();
    const report = await this.incidentReports.generate(principal, id);
    await this.send(res, format, report.html, report.checksum, `incident-${report.reference}`);
  }

  private async send(res: Response, format: 'html' | 'pdf', html: string, checksum: string, name: string) {
    const body = format === 'pdf' ? await this.pdf.print(html) : Buffer.from(html, 'utf8');
    res.status(200);
    res.setHeader('content-type', format === 'pdf' ? 'application/pdf' : 'text/html; charset=utf-8');
    res.setHeader('content-disposition', `inline; filename="${name}.${format}"`);
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    res.setHeader('x-muster-checksum', `sha256:${checksum}`);
    res.end(body);
  }
}
