import { Injectable } from '@nestjs/common';
import { Transaction } from '@muster/platform-database';
import { IncidentRoleAssignmentEntity } from './incident-command.entities';
import { IncidentCommandStore, RoleSlot } from './incident-command.store';

export interface Handover {
  /** The holding that ended (the previous holder), if any. */
  ended: IncidentRoleAssignmentEntity | null;
  /** The new holding; null when the person already held the role (nothing changes). */
  started: IncidentRoleAssignmentEntity | null;
}

/**
 * Assigning a held role hands it over: the current holding ends now and the new one
 * starts now, so the role never has two holders and its history says who held it when.
 * Records nothing: the change that hands over records it.
 */
@Injectable()
export class RoleHandover {
  constructor(private readonly store: IncidentCommandStore) {}

  async handOver(
    tx: Transaction,
    incidentId: string,
    slot: RoleSlot,
    userId: string,
    by: string | null,
  ): Promise<Handover> {
    const current = await this.store.current(tx.manager, incidentId, slot, userId);
    if (current?.userId === userId) return { ended: null, started: null };
    if (current) await this.store.end(tx, current.id, by);
    const started = await this.store.start(tx, incidentId, slot, userId, by);
    return { ended: current, started };
  }
}
