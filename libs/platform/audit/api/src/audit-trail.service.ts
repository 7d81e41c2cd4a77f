import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AUDIT_RECORD_COLUMNS,
  AuditEventRecord,
  AuditEventRow,
  auditConditions,
  AuditFilter,
  AuditScope,
  toAuditEventRecord,
} from '@muster/platform-audit';
import { Principal } from '@muster/platform-access';
import { Connection, KeysetCursor, toConnection } from '@muster/platform-graphql';
import { assertCanReadTrail, AuditHistoryVisibility, historyScope, trailScope } from './audit-access';

const EMPTY: Connection<AuditEventRecord> = { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
// Keyset on id, newest first; one per list, so neither takes the other's cursor.
const TRAIL_CURSOR = new KeysetCursor('auditTrail', ['bigint']);
const HISTORY_CURSOR = new KeysetCursor('auditHistory', ['bigint']);

/**
 * Reads the trail, newest first, in keyset pages on id. Reading is not a change and
 * is not audited (an export is: see AuditExportController).
 */
@Injectable()
export class AuditTrailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly visibility: AuditHistoryVisibility,
  ) {}

  async trail(
    principal: Principal,
    filter: AuditFilter,
    first: number,
    after?: string,
  ): Promise<Connection<AuditEventRecord>> {
    if (filter.organisationId) assertCanReadTrail(principal, filter.organisationId);
    return this.page(filter, trailScope(principal), first, after, TRAIL_CURSOR);
  }

  async history(
    principal: Principal,
    entityType: string,
    entityId: string,
    first: number,
    after?: string,
  ): Promise<Connection<AuditEventRecord>> {
    if (!(await this.visibility.canSee(principal, entityType, entityId))) return EMPTY;
    return this.page({ entityType, entityId }, historyScope(principal), first, after, HISTORY_CURSOR);
  }

  private async page(
    filter: AuditFilter,
    scope: AuditScope,
    first: number,
    after: string | undefined,
    cursor: KeysetCursor<readonly ['bigint']>,
  ): Promise<Connection<AuditEventRecord>> {
    if (!scope.all && scope.organisationIds.length === 0) return EMPTY;
    const params: unknown[] = [];
    const where = auditConditions(filter, scope, params);
    if (after) {
      params.push(cursor.decode(after)[0]);
      where.push(`id < $${params.length}`);
    }
    const rows: AuditEventRow[] = await this.dataSource.query(
      `SELECT ${AUDIT_RECORD_COLUMNS} FROM audit_event ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY audit_event.id DESC LIMIT ${first + 1}`,
      params,
    );
    return toConnection(rows, first, cursor, (r) => [r.id], toAuditEventRecord);
  }
}
