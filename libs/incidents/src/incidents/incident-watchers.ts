import { Injectable } from '@nestjs/common';
import { Transaction } from '@muster/platform-database';
import { IncidentStatus } from './incident-enums';
import { IncidentAction } from './incident-transitions';

/** An incident after a change: reported, or moved by a transition of the table. */
export interface IncidentChange {
  /** 'report', or the transition table's action ('declare', 'changeLevel', …). */
  action: 'report' | IncidentAction;
  incidentId: string;
  reference: string;
  title: string;
  status: IncidentStatus;
  level: number;
  leadOrganisationId: string;
  /** Before the change (null for a report). */
  previousStatus: IncidentStatus | null;
  previousLevel: number | null;
}

/** Something a higher domain does when an incident changes (oncall: page the on-call). */
export interface IncidentWatcher {
  incidentChanged(tx: Transaction, change: IncidentChange): Promise<void>;
}

/**
 * Incident changes, told to the domains above incidents that register from their module's
 * `onModuleInit` (oncall pages the operational on-call when an incident is reported, and the
 * ICB's strategic on-call when it is declared at level 2 or more). They run on the changing
 * transaction, after the change is written, and record their own audit events.
 */
@Injectable()
export class IncidentWatchers {
  private readonly watchers: IncidentWatcher[] = [];

  register(watcher: IncidentWatcher): void {
    this.watchers.push(watcher);
  }

  async changed(tx: Transaction, change: IncidentChange): Promise<void> {
    for (const watcher of this.watchers) await watcher.incidentChanged(tx, change);
  }
}
