import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { Connection, KeysetCursor, toConnection } from '@muster/platform-graphql';
import { toIncident } from '../incidents.mappers';
import { IncidentOrder } from './incident-enums';
import { IncidentAccess } from './incident.access';
import { IncidentEntity } from './incident.entity';
import { IncidentsArgs } from './incident.inputs';
import { IncidentScopeOfSight, IncidentStore } from './incident.store';
import { Incident } from './incident.types';

// Keyset on (reported_at, id), one cursor per direction: a cursor of one order is refused by the other.
const CURSORS = {
  [IncidentOrder.REPORTED_NEWEST_FIRST]: new KeysetCursor('incidents:newest', ['timestamp', 'uuid']),
  [IncidentOrder.REPORTED_OLDEST_FIRST]: new KeysetCursor('incidents:oldest', ['timestamp', 'uuid']),
};

/** Reading incidents, as the caller may see them (else NOT_FOUND). */
@Injectable()
export class IncidentQueriesService {
  constructor(
    private readonly db: DataSource,
    private readonly store: IncidentStore,
  ) {}

  async get(principal: Principal, id: string): Promise<Incident> {
    return toIncident(await this.visible(principal, await this.store.findById(this.db.manager, id)));
  }

  async getByReference(principal: Principal, reference: string): Promise<Incident> {
    return toIncident(await this.visible(principal, await this.store.findByReference(this.db.manager, reference)));
  }

  /** Whether the caller may see the incident now (live events are filtered with it at delivery). */
  async canSee(principal: Principal, id: string): Promise<boolean> {
    const ctx = await this.store.context(this.db.manager, id, IncidentAccess.icbCandidates(principal));
    return ctx !== null && IncidentAccess.canSee(principal, ctx, ctx.icbIds);
  }

  /** One page by reported time (keyset): one SQL statement whatever the page size. */
  async list(principal: Principal, args: IncidentsArgs): Promise<Connection<Incident>> {
    const cursor = CURSORS[args.orderBy];
    const after = args.after ? cursor.decode(args.after) : null;
    const scope: IncidentScopeOfSight = principal.isSystemWide
      ? { all: true }
      : { all: false, organisationIds: principal.organisationIds, userId: principal.userId, icbCandidates: IncidentAccess.icbCandidates(principal) };
    const rows = await this.store.page(this.db.manager, scope, args.filter ?? {}, args.orderBy, args.first + 1, after);
    return toConnection(rows, args.first, cursor, (r) => [r.reportedAt.toISOString(), r.id], toIncident);
  }

  private async visible(principal: Principal, incident: IncidentEntity | null): Promise<IncidentEntity> {
    if (!incident) throw DomainError.notFound('Incident');
    const ctx = await this.store.context(this.db.manager, incident.id, IncidentAccess.icbCandidates(principal));
    IncidentAccess.assertCanSee(principal, ctx, ctx?.icbIds ?? []);
    return incident;
  }
}
