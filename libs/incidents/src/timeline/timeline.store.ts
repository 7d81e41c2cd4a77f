import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlRows } from '@muster/platform-database';
import { IncidentAudit } from '../incidents.audit';
import { TimelineOrder } from '../incidents/incident-enums';

export const TIMELINE_ENTRY = 'incident_timeline_entry';

export interface TimelineRow {
  id: string;
  occurredAt: Date;
  action: string;
  summary: string;
  actorLabel: string;
  entityType: string;
  entityId: string | null;
  text: string | null;
  correctsEntryId: string | null;
}

const COLUMNS = `e.id::text AS id, e.occurred_at AS "occurredAt", e.action, e.summary, e.actor_label AS "actorLabel",
  e.entity_type AS "entityType", e.entity_id AS "entityId",
  CASE WHEN e.entity_type = '${TIMELINE_ENTRY}' THEN e.changes->>'text' END AS text,
  CASE WHEN e.entity_type = '${TIMELINE_ENTRY}' THEN e.changes->>'correctsEntryId' END AS "correctsEntryId"`;

/**
 * The timeline: the audit trail's events that carry the incident's id (index
 * audit_event_incident), read in either order by (occurred_at, id). Nothing here writes:
 * a manual entry is an audit event of its own.
 */
@Injectable()
export class TimelineStore {
  page(
    manager: EntityManager,
    incidentId: string,
    order: TimelineOrder,
    limit: number,
    after: [string, string] | null,
  ): Promise<TimelineRow[]> {
    const desc = order === TimelineOrder.NEWEST_FIRST;
    const params: unknown[] = [incidentId, limit];
    let keyset = '';
    if (after) {
      params.push(after[0], after[1]);
      keyset = `AND (e.occurred_at, e.id) ${desc ? '<' : '>'} ($3::timestamptz, $4::bigint)`;
    }
    return sqlRows<TimelineRow>(
      manager,
      `SELECT ${COLUMNS} FROM audit_event e WHERE e.incident_id = $1 ${keyset}
        ORDER BY e.occurred_at ${desc ? 'DESC' : 'ASC'}, e.id ${desc ? 'DESC' : 'ASC'} LIMIT $2`,
      params,
    );
  }

  /** The entries after the given event id (live delivery), oldest first. */
  since(manager: EntityManager, incidentId: string, afterId: string, limit: number): Promise<TimelineRow[]> {
    return sqlRows<TimelineRow>(
      manager,
      `SELECT ${COLUMNS} FROM audit_event e WHERE e.incident_id = $1 AND e.id > $2::bigint ORDER BY e.id LIMIT $3`,
      [incidentId, afterId, limit],
    );
  }

  /** The manual entry with this entry id. */
  async entry(manager: EntityManager, incidentId: string, entryId: string): Promise<TimelineRow | null> {
    const [row] = await sqlRows<TimelineRow>(
      manager,
      `SELECT ${COLUMNS} FROM audit_event e WHERE e.incident_id = $1 AND e.entity_type = '${TIMELINE_ENTRY}' AND e.entity_id = $2 ORDER BY e.id LIMIT 1`,
      [incidentId, entryId],
    );
    return row ?? null;
  }

  /** The newest event id of the incident's timeline ('0' for none). */
  async lastId(manager: EntityManager, incidentId: string): Promise<string> {
    const [row] = await sqlRows<{ id: string }>(
      manager,
      `SELECT COALESCE(max(id), 0)::text AS id FROM audit_event WHERE incident_id = $1`,
      [incidentId],
    );
    return row.id;
  }

  /** Whether a manual entry with this entry id exists on the incident. */
  async manualEntryExists(manager: EntityManager, incidentId: string, entryId: string): Promise<boolean> {
    const rows = await sqlRows<{ one: number }>(
      manager,
      `SELECT 1 AS one FROM audit_event WHERE incident_id = $1 AND entity_type = $2 AND entity_id = $3 AND action = ANY($4::text[]) LIMIT 1`,
      [incidentId, TIMELINE_ENTRY, entryId, [IncidentAudit.timelineEntryAdded, IncidentAudit.timelineEntryCorrected]],
    );
    return rows.length > 0;
  }
}
