import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditFilter, exportAuditTrail, ICS_CHAIN } from '@muster/platform-audit';
import { Principal } from '@muster/platform-access';
import { UnitOfWork } from '@muster/platform-database';
import { assertCanReadTrail, trailScope } from './audit-access';
import { AuditTrailAudit } from './audit-trail.audit';

/** Where export lines go; resolves when the reader can take more. */
export type ExportSink = (chunk: string) => Promise<void>;

/**
 * Exports a filtered trail as NDJSON. Unlike reading, an export is recorded
 * (`audit.exported`, who and which filter) — before the first line leaves, so an export
 * cut short is on the record too.
 */
@Injectable()
export class AuditExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  /** Checks access and records the export; returns the function that streams it. */
  async begin(principal: Principal, filter: AuditFilter): Promise<(sink: ExportSink) => Promise<number>> {
    // A whole chain (the ICS-wide one: `chainId` ics) is read, and its export recorded, like an organisation's trail.
    const chainOwner = filter.chainId ? (filter.chainId === ICS_CHAIN ? null : filter.chainId) : undefined;
    if (chainOwner !== undefined) assertCanReadTrail(principal, chainOwner);
    if (filter.organisationId) assertCanReadTrail(principal, filter.organisationId);
    const scope = trailScope(principal);
    const owners =
      chainOwner !== undefined
        ? [chainOwner]
        : filter.organisationId
          ? [filter.organisationId]
          : scope.all
            ? [null]
            : scope.organisationIds;
    await this.uow.run(async (tx) => {
      for (const organisationId of owners) tx.record(exportedEvent(organisationId, filter));
    });
    return (sink) => exportAuditTrail((sql, params) => this.dataSource.query(sql, params), filter, scope, sink);
  }
}

/** The `audit.exported` event of one organisation's trail (null: the ICS-wide export). */
export function exportedEvent(organisationId: string | null, filter: AuditFilter) {
  const described = Object.entries(filter)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => `${k}=${v instanceof Date ? v.toISOString() : String(v)}`);
  return {
    action: AuditTrailAudit.exported,
    organisationId,
    entityType: 'audit_trail',
    entityId: organisationId ?? 'ics',
    summary: `Exported the audit trail${described.length ? ` (${described.join(', ')})` : ''}`,
    changes: { filter },
  };
}
