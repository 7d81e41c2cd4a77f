import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { type GraphqlContext, RequestLoaders, rowsGroupedByIds } from '@muster/platform-graphql';
import { AssignmentStatus } from '../assignments/assignment-enums';
import { ActivationSummaryRow, ActivationSummaryStore } from './activation-summary.store';
import { IncidentRunbookActivation } from './incident-activations.types';

export interface ActivationRequestLoaders {
  /** The activations of an incident (reached only through an incident the caller sees). */
  activationsByIncident: DataLoader<string, IncidentRunbookActivation[]>;
}

/** The activations' loaders of one request, scoped to the caller: one statement whatever the number of incidents. */
@Injectable()
export class ActivationLoaders {
  private readonly loaders = new RequestLoaders((principal: Principal) => this.create(principal));

  constructor(
    private readonly db: DataSource,
    private readonly store: ActivationSummaryStore,
  ) {}

  for(ctx: GraphqlContext, principal: Principal): ActivationRequestLoaders {
    return this.loaders.for(ctx, principal);
  }

  private create(principal: Principal): ActivationRequestLoaders {
    const scope = principal.isSystemWide
      ? { all: true as const }
      : { all: false as const, organisationIds: principal.organisationIds, userId: principal.userId };
    return {
      activationsByIncident: new DataLoader(async (ids) =>
        rowsGroupedByIds(ids, await this.store.ofIncidents(this.db.manager, ids, scope), (r) => r.incidentId).map((g) =>
          g.map(toActivation),
        ),
      ),
    };
  }
}

const STATUS_ORDER = Object.values(AssignmentStatus);

function toActivation(row: ActivationSummaryRow): IncidentRunbookActivation {
  return {
    id: row.id,
    runbookId: row.runbookId,
    runbookTitle: row.runbookTitle,
    versionNumber: row.versionNumber,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    activatedBy:
      row.activatedById && row.activatedByName ? { id: row.activatedById, displayName: row.activatedByName } : null,
    activatedAt: row.activatedAt,
    assignmentCounts: STATUS_ORDER.filter((s) => (row.counts[s] ?? 0) > 0).map((s) => ({
      status: s,
      count: row.counts[s] ?? 0,
    })),
  };
}
