import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { PostureAccess } from '../posture.access';
import { parsePostureCsv } from './posture-csv';
import { assertDay } from './posture-day';
import { PostureIngestionService } from './posture-ingestion.service';
import { PostureReportStore } from './posture-report.store';
import { ImportPostureCsvInput } from './posture.inputs';
import { PostureIngestion } from './posture.types';

/** The same day's rows as CSV (organisations by ODS code), ingested exactly as reportPosture does. */
@Injectable()
export class PostureCsvImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: PostureReportStore,
    private readonly ingestion: PostureIngestionService,
  ) {}

  async import(principal: Principal, input: ImportPostureCsvInput): Promise<PostureIngestion> {
    const manager = this.dataSource.manager;
    const kinds = await this.store.organisationKinds(manager, principal.organisationIds);
    PostureAccess.assertSocKey(principal, (id) => kinds.get(id));
    assertDay('day', input.day);
    const rows = parsePostureCsv(input.csv);
    const ids = await this.store.idsByOdsCode(manager, [...new Set(rows.map((r) => r.odsCode))]);
    const seen = new Set<string>();
    const reports = rows.map(({ odsCode, line, ...values }) => {
      const organisationId = ids.get(odsCode);
      if (!organisationId) throw DomainError.badInput('csv', `line ${line}: no organisation has ODS code ${odsCode}`);
      if (seen.has(odsCode)) throw DomainError.badInput('csv', `line ${line}: ${odsCode} is reported twice`);
      seen.add(odsCode);
      return { organisationId, ...values };
    });
    return this.ingestion.report(principal, { day: input.day, reports });
  }
}
