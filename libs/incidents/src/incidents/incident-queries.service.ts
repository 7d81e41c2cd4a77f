import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { Connection, KeysetCursor, toConnection } from '@muster/platform-graphql';
import { toIncident } from '../incidents.mappers';
import { IncidentOrder } from './incident-enums';
import { IncidentAccess } from './incident.access';
import { IncidentScene, sightOf } from './incident-scene';
import { IncidentsArgs } from './incident.inputs';
import { IncidentScopeOfSight, IncidentStore } from './incident.store';
import { Incident } from './incident.types';

/** An incident read, with the scene its nested fields are primed from. */
export interface IncidentRead {
  incident: Incident;
  scene: IncidentScene;
}

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

  /** The incident with its scene (for IncidentLoaders.prime): one statement, access decided on it. */
  get(principal: Principal, id: string): Promise<IncidentRead> {
    return this.visible(principal, { id });
  }

  getByReference(principal: Principal, reference: string): Promise<IncidentRead> {
    return this.visible(principal, { reference });
  }

  /** Whether the caller may see the incident now (live events are filtered with it at delivery). */
  async canSee(principal: Principal, id: string): Promise<boolean> {
    const ctx = await this.store.context(this.db.manager, id, IncidentAccess.icbCandidates(principal));
    return ctx !== null && IncidentAccess.canSee(principal, ctx, ctx.icbIds);
  }

  /** One page by reported time (keyset), with the scenes of its incidents: one SQL statement whatever the page size. */
  async list(
    principal: Principal,
    args: IncidentsArgs,
  ): Promise<{ connection: Connection<Incident>; scenes: IncidentScene[] }> {
    const cursor = CURSORS[args.orderBy];
    const after = args.after ? cursor.decode(args.after) : null;
    const scope: IncidentScopeOfSight = principal.isSystemWide
      ? { all: true }
      : {
          all: false,
          organisationIds: principal.organisationIds,
          userId: principal.userId,
          icbCandidates: IncidentAccess.icbCandidates(principal),
        };
    const rows = await this.store.page(this.db.manager, scope, args.filter ?? {}, args.orderBy, args.first + 1, after);
    const connection = toConnection(
      rows,
      args.first,
      cursor,
      (r) => [r.incident.reportedAt.toISOString(), r.incident.id],
      (r) => toIncident(r.incident),
    );
    return { connection, scenes: rows.slice(0, args.first).map((r) => r.scene) };
  }

  /** NOT_FOUND for a missing incident and for one the caller may not see, alike. */
  private async visible(principal: Principal, by: { id: string } | { reference: string }): Promise<IncidentRead> {
    const view = await this.store.view(this.db.manager, by, IncidentAccess.icbCandidates(principal));
    if (!view) throw DomainError.notFound('Incident');
    IncidentAccess.assertCanSee(principal, sightOf(view.incident.leadOrganisationId, view.scene), view.icbIds);
    return { incident: toIncident(view.incident), scene: view.scene };
  }
}
