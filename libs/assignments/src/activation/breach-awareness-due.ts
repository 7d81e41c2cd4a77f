import { Injectable, OnModuleInit } from '@nestjs/common';
import { BreachAwareness, BreachAwarenessKnown, BreachAwarenessListener } from '@muster/incidents';
import { Transaction } from '@muster/platform-database';
import { AssignmentAudit, ASSIGNMENT_ENTITY } from '../assignments.audit';
import { AssignmentLive } from '../live/assignment-live';
import { dueWords } from '../assignments/assignment-notices';
import { OverdueEscalationJobs } from '../assignments/overdue-escalation.jobs';
import { ActivationStore } from './activation.store';

/**
 * The steps of a runbook activated for an organisation that count from awareness of a
 * personal data breach (the 72-hour ICO and NIS steps) have no due time until that
 * organisation's awareness is known. Governance tells it (an IG thread opened, through
 * incidents' BreachAwareness); this sets each such unfinished assignment without a due time
 * due at awareness + the step's target, audited on the incident's timeline, and schedules its
 * overdue escalation. Activating after awareness is known times them at once (ActivationStore).
 */
@Injectable()
export class BreachAwarenessDue implements OnModuleInit, BreachAwarenessListener {
  constructor(
    private readonly awareness: BreachAwareness,
    private readonly store: ActivationStore,
    private readonly overdue: OverdueEscalationJobs,
    private readonly live: AssignmentLive,
  ) {}

  onModuleInit(): void {
    this.awareness.register(this);
  }

  async awarenessKnown(tx: Transaction, known: BreachAwarenessKnown): Promise<void> {
    const timed = await this.store.timeFromAwareness(tx, known);
    const byOrganisation = new Map<string, string[]>();
    for (const a of timed) {
      tx.record({
        action: AssignmentAudit.dueChanged,
        organisationId: a.organisationId,
        entityType: ASSIGNMENT_ENTITY,
        entityId: a.id,
        incidentId: a.incidentId,
        summary: `Assignment "${a.title}" now due ${dueWords(a.dueAt)}: counted from awareness of the personal data breach`,
        changes: { before: { dueAt: null }, after: { dueAt: a.dueAt }, awareAt: known.awareAt },
      });
      await this.overdue.schedule(tx, a);
      byOrganisation.set(a.organisationId, [...(byOrganisation.get(a.organisationId) ?? []), a.id]);
    }
    for (const [organisationId, ids] of byOrganisation) this.live.changed(tx, organisationId, ids, known.incidentId);
  }
}
