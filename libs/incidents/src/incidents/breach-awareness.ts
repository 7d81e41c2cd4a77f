import { Injectable } from '@nestjs/common';
import { Transaction } from '@muster/platform-database';

/** When an organisation affected by an incident became aware of a personal data breach. */
export interface BreachAwarenessKnown {
  incidentId: string;
  organisationId: string;
  awareAt: Date;
}

/**
 * Something a higher domain does once an organisation's awareness of a breach on an incident
 * is known (assignments: the steps timed from awareness become due). It runs on the changing
 * transaction and records its own audit events.
 */
export interface BreachAwarenessListener {
  awarenessKnown(tx: Transaction, known: BreachAwarenessKnown): Promise<void>;
}

/**
 * Awareness of a personal data breach, between the domains above incidents: governance (an IG
 * thread records when its data controller became aware) tells it here; assignments (steps
 * anchored to breach awareness) listens, registering from its module's `onModuleInit`. Neither
 * imports the other; both import incidents.
 */
@Injectable()
export class BreachAwareness {
  private readonly listeners: BreachAwarenessListener[] = [];

  register(listener: BreachAwarenessListener): void {
    this.listeners.push(listener);
  }

  /** Tells every listener, one after another, in the caller's unit of work. */
  async known(tx: Transaction, known: BreachAwarenessKnown): Promise<void> {
    for (const listener of this.listeners) await listener.awarenessKnown(tx, known);
  }
}
