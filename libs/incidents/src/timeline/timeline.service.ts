import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { Connection, KeysetCursor, toConnection } from '@muster/platform-graphql';
import { IncidentAudit } from '../incidents.audit';
import { IncidentLive } from '../live/incident-live';
import { TimelineOrder } from '../incidents/incident-enums';
import { IncidentGate } from '../incidents/incident-gate';
import { IncidentQueriesService } from '../incidents/incident-queries.service';
import { AddTimelineEntryInput, CorrectTimelineEntryInput, IncidentTimelineArgs } from './timeline.inputs';
import { TIMELINE_ENTRY, TimelineRow, TimelineStore } from './timeline.store';
import { TimelineEntry } from './timeline.types';

const CURSORS = {
  [TimelineOrder.NEWEST_FIRST]: new KeysetCursor('timeline:newest', ['timestamp', 'bigint']),
  [TimelineOrder.OLDEST_FIRST]: new KeysetCursor('timeline:oldest', ['timestamp', 'bigint']),
};

export function toTimelineEntry(r: TimelineRow): TimelineEntry {
  const manual = r.entityType === TIMELINE_ENTRY;
  return {
    id: r.id,
    occurredAt: r.occurredAt,
    action: r.action,
    summary: r.summary,
    actorLabel: r.actorLabel,
    manual,
    entryId: manual ? r.entityId : null,
    text: r.text,
    correctsEntryId: r.correctsEntryId,
  };
}

/** The timeline (a projection of the audit trail) and its manual entries, which are audited actions of their own. */
@Injectable()
export class TimelineService {
  constructor(
    private readonly db: DataSource,
    private readonly uow: UnitOfWork,
    private readonly gate: IncidentGate,
    private readonly queries: IncidentQueriesService,
    private readonly store: TimelineStore,
    private readonly live: IncidentLive,
  ) {}

  async page(principal: Principal, args: IncidentTimelineArgs): Promise<Connection<TimelineEntry>> {
    await this.queries.get(principal, args.incidentId);
    const cursor = CURSORS[args.order];
    const after = args.after ? cursor.decode(args.after) : null;
    const rows = await this.store.page(this.db.manager, args.incidentId, args.order, args.first + 1, after);
    return toConnection(rows, args.first, cursor, (r) => [r.occurredAt.toISOString(), r.id], toTimelineEntry);
  }

  /** The newest entry's id of a timeline the caller may see (where a live subscriber starts). */
  async lastEntryId(principal: Principal, incidentId: string): Promise<string> {
    await this.queries.get(principal, incidentId);
    return this.store.lastId(this.db.manager, incidentId);
  }

  /** The entries after `afterId`, oldest first (for a subscriber already judged to see the incident). */
  async since(incidentId: string, afterId: string): Promise<TimelineEntry[]> {
    return (await this.store.since(this.db.manager, incidentId, afterId, 100)).map(toTimelineEntry);
  }

  addEntry(principal: Principal, input: AddTimelineEntryInput): Promise<TimelineEntry> {
    return this.write(principal, input.incidentId, input.text, null);
  }

  /** The corrected entry stays as written; the correction points at it. */
  correctEntry(principal: Principal, input: CorrectTimelineEntryInput): Promise<TimelineEntry> {
    return this.write(principal, input.incidentId, input.text, input.correctsEntryId);
  }

  private async write(
    principal: Principal,
    incidentId: string,
    text: string,
    correctsEntryId: string | null,
  ): Promise<TimelineEntry> {
    const entryId = randomUUID();
    await this.uow.run(
      async (tx) => {
        const { incident } = await this.gate.open(tx, principal, { id: incidentId }, 'record');
        if (correctsEntryId && !(await this.store.manualEntryExists(tx.manager, incident.id, correctsEntryId))) {
          throw DomainError.badInput('correctsEntryId', "is not a manual entry of this incident's timeline");
        }
        tx.record({
          action: correctsEntryId ? IncidentAudit.timelineEntryCorrected : IncidentAudit.timelineEntryAdded,
          organisationId: incident.leadOrganisationId,
          entityType: TIMELINE_ENTRY,
          entityId: entryId,
          incidentId: incident.id,
          summary: `${incident.reference} ${correctsEntryId ? 'correction' : 'log entry'}: ${text.length > 120 ? `${text.slice(0, 117)}...` : text}`,
          changes: { text, correctsEntryId },
        });
        this.live.changed(tx, incident.id, false);
      },
      { actor: principal.actor },
    );
    const row = await this.store.entry(this.db.manager, incidentId, entryId);
    if (!row) throw new Error(`The timeline entry ${entryId} was committed but cannot be read`);
    return toTimelineEntry(row);
  }
}
