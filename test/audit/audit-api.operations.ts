import { randomUUID } from 'node:crypto';
import type { AuditEventRecord } from '@muster/platform-audit';
import { Actor } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { TestApp } from '@muster/testing';

/** An exported NDJSON line (`audit:export`, GET /audit/export): the event as the API reads it, with its time as JSON text. */
export type ExportedEvent = Omit<AuditEventRecord, 'occurredAt'> & { occurredAt: string };

/** The events of an NDJSON export, one per line. */
export const exportedEvents = (ndjson: string): ExportedEvent[] =>
  ndjson
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ExportedEvent);

export const EVENT_FIELDS = `id chainId seq occurredAt actor { type id label } organisationId roles action entityType entityId
  incidentId summary changes requestId clientAddress prevHash hash`;

export const TRAIL = `query Trail($filter: AuditTrailFilter, $first: Int, $after: String) {
  auditTrail(filter: $filter, first: $first, after: $after) { nodes { ${EVENT_FIELDS} } pageInfo { hasNextPage endCursor } }
}`;

export const HISTORY = `query History($entityType: String!, $entityId: String!, $first: Int, $after: String) {
  auditHistory(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {
    nodes { id seq organisationId action summary } pageInfo { hasNextPage endCursor }
  }
}`;

export const VERIFY = `query Verify($organisationId: ID, $from: DateTime, $to: DateTime, $expectedHeadHash: String) {
  verifyAuditChain(organisationId: $organisationId, from: $from, to: $to, expectedHeadHash: $expectedHeadHash) {
    chainId valid checked fromSeq toSeq headHash firstBrokenSeq reason
  }
}`;

export interface TrailNode {
  id: string;
  seq: number;
  organisationId: string | null;
  action: string;
  entityId: string | null;
  summary: string;
  [field: string]: unknown;
}

export interface Page<T = TrailNode> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface ProbeEvent {
  organisationId: string | null;
  entityType?: string;
  entityId: string;
  action?: string;
  incidentId?: string;
  changes?: Record<string, unknown>;
}

/** One committed change recording `events`, as `actor` (default: the system). */
export function record(t: TestApp, events: ProbeEvent[], actor?: Actor): Promise<void> {
  return t.app.get(UnitOfWork).run(
    async (tx) => {
      for (const e of events) {
        tx.record({
          action: e.action ?? 'probe.changed',
          organisationId: e.organisationId,
          entityType: e.entityType ?? 'trail_probe',
          entityId: e.entityId,
          incidentId: e.incidentId ?? null,
          summary: `Changed ${e.entityId}`,
          changes: e.changes ?? null,
        });
      }
    },
    { actor },
  );
}

export const someIncident = () => randomUUID();
