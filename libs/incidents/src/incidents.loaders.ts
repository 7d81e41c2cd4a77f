import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { RequestLoaders, rowsByIds, rowsGroupedByIds } from '@muster/platform-graphql';
import { IncidentCommandStore } from './command/incident-command.store';
import { toRoleHolding } from './incidents.mappers';
import { IncidentScene, SceneOrganisation } from './incidents/incident-scene';
import { IncidentStore, NamedOrganisation } from './incidents/incident.store';
import { IncidentCounts, IncidentPerson, IncidentRoleHolding } from './incidents/incident.types';
import { IncidentRecordsStore } from './records/incident-records.store';
import { toDecision, toLesson, toMethane, toSitRep } from './records/incident-records.mappers';
import { CommandDecision, Lesson, MethaneReport, SitRep } from './records/incident-records.types';

/** The incidents' loaders of one request (see RequestLoaders). Reached only through an incident the caller sees. */
export interface IncidentRequestLoaders {
  organisationById: DataLoader<string, NamedOrganisation | null>;
  affectedByIncident: DataLoader<string, string[]>;
  holdingsByIncident: DataLoader<string, IncidentRoleHolding[]>;
  personById: DataLoader<string, IncidentPerson | null>;
  countsByIncident: DataLoader<string, IncidentCounts | null>;
  latestSitRepByIncident: DataLoader<string, SitRep | null>;
  sitRepsByIncident: DataLoader<string, SitRep[]>;
  methaneByIncident: DataLoader<string, MethaneReport[]>;
  decisionsByIncident: DataLoader<string, CommandDecision[]>;
  lessonsByIncident: DataLoader<string, Lesson[]>;
  /** The ICBs among the organisations named (the caller's ICB candidates, joined by commas). */
  icbIdsAmong: DataLoader<string, string[]>;
}

/** The incidents' DataLoaders, per request: one statement per field whatever the page size. */
@Injectable()
export class IncidentLoaders {
  private readonly loaders = new RequestLoaders(() => this.create());

  constructor(
    private readonly db: DataSource,
    private readonly incidents: IncidentStore,
    private readonly command: IncidentCommandStore,
    private readonly records: IncidentRecordsStore,
  ) {}

  /** The loaders of a request (`@Context() ctx`), or of one live event's deliveries (IncidentDeliveries). */
  for(ctx: object): IncidentRequestLoaders {
    return this.loaders.for(ctx);
  }

  /**
   * Seeds this request's loaders with scenes read along with their incidents, so the
   * organisations, role holdings and holders of those incidents cost no further statement.
   */
  prime(ctx: object, scenes: readonly IncidentScene[]): void {
    const l = this.for(ctx);
    const organisation = (o: SceneOrganisation | null) => {
      if (o) l.organisationById.prime(o.id, { id: o.id, name: o.name, kind: o.kind });
    };
    for (const scene of scenes) {
      organisation(scene.lead);
      scene.affected.forEach(organisation);
      l.affectedByIncident.prime(
        scene.incidentId,
        scene.affected.map((o) => o.id),
      );
      l.holdingsByIncident.prime(
        scene.incidentId,
        scene.holdings.map(({ holder, organisation: liaisonOf, ...holding }) => {
          if (holder)
            l.personById.prime(holder.id, { id: holder.id, displayName: holder.displayName, active: holder.active });
          organisation(liaisonOf);
          return holding;
        }),
      );
    }
  }

  private create(): IncidentRequestLoaders {
    const m = this.db.manager;
    return {
      organisationById: new DataLoader(async (ids) =>
        rowsByIds(ids, await this.incidents.organisations(m, ids), (r) => r.id),
      ),
      affectedByIncident: new DataLoader(async (ids) =>
        rowsGroupedByIds(ids, await this.command.affectedOf(m, ids), (r) => r.incidentId).map((g) =>
          g.map((r) => r.organisationId),
        ),
      ),
      holdingsByIncident: new DataLoader(async (ids) =>
        rowsGroupedByIds(ids, await this.command.holdingsOf(m, ids), (r) => r.incidentId).map((g) =>
          g.map(toRoleHolding),
        ),
      ),
      personById: new DataLoader(async (ids) => rowsByIds(ids, await this.incidents.people(m, ids), (r) => r.id)),
      countsByIncident: new DataLoader(async (ids) =>
        rowsByIds(ids, await this.records.counts(m, ids), (r) => r.incidentId),
      ),
      latestSitRepByIncident: new DataLoader(async (ids) =>
        rowsByIds(ids, (await this.records.latestSitReps(m, ids)).map(toSitRep), (r) => r.incidentId),
      ),
      sitRepsByIncident: new DataLoader(async (ids) =>
        rowsGroupedByIds(ids, await this.records.sitRepsOf(m, ids), (r) => r.incidentId).map((g) => g.map(toSitRep)),
      ),
      methaneByIncident: new DataLoader(async (ids) =>
        rowsGroupedByIds(ids, await this.records.methaneOf(m, ids), (r) => r.incidentId).map((g) => g.map(toMethane)),
      ),
      decisionsByIncident: new DataLoader(async (ids) =>
        rowsGroupedByIds(ids, await this.records.decisionsOf(m, ids), (r) => r.incidentId).map((g) =>
          g.map(toDecision),
        ),
      ),
      icbIdsAmong: new DataLoader((keys) =>
        Promise.all(keys.map((key) => this.incidents.icbIds(m, key.split(',').filter(Boolean)))),
      ),
      lessonsByIncident: new DataLoader(async (ids) =>
        rowsGroupedByIds(ids, await this.records.lessonsOf(m, ids), (r) => r.incidentId).map((g) => g.map(toLesson)),
      ),
    };
  }
}
