import { Injectable, OnModuleInit } from '@nestjs/common';
import { Transaction } from '@muster/platform-database';
import { Job, Scheduler } from '@muster/platform-scheduler';
import { IncidentNotices } from '../incidents/incident-notices';
import { IncidentEntity } from '../incidents/incident.entity';
import { IncidentStore } from '../incidents/incident.store';
import { SitRepCadence } from './sitrep-cadence';

const SITREP_DUE = 'incidents.sitrep-due';

interface SitRepDuePayload {
  incidentId: string;
  dueAt: string;
}

/**
 * The SitRep-due reminder on the scheduler. Every change that moves the due time
 * (declaration, a SitRep, a level change) enqueues one job at the new due time, keyed
 * `sitrep-due:<incident>:<due time>` (a key already enqueued adds nothing). When it runs it
 * tells the commander and the scribe, unless the due time has moved on since (a SitRep
 * came, the level changed, the incident was stood down).
 */
@Injectable()
export class SitRepDueJobs implements OnModuleInit {
  constructor(
    private readonly scheduler: Scheduler,
    private readonly cadence: SitRepCadence,
    private readonly incidents: IncidentStore,
    private readonly notices: IncidentNotices,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ kind: SITREP_DUE, handle: (job, tx) => this.remind(job, tx) });
  }

  /** Enqueues the reminder of the incident's next due time, if one is due; in the change's transaction. */
  async schedule(tx: Transaction, incident: IncidentEntity): Promise<void> {
    const dueAt = this.cadence.nextDueAt(incident);
    if (!dueAt) return;
    const payload: SitRepDuePayload = { incidentId: incident.id, dueAt: dueAt.toISOString() };
    await this.scheduler.enqueue(tx, {
      kind: SITREP_DUE,
      key: `sitrep-due:${incident.id}:${payload.dueAt}`,
      runAt: dueAt,
      organisationId: incident.leadOrganisationId,
      payload: { ...payload },
    });
  }

  private async remind(job: Job, tx: Transaction): Promise<string> {
    const { incidentId, dueAt } = job.payload as unknown as SitRepDuePayload;
    const incident = await this.incidents.findById(tx.manager, incidentId);
    const due = incident ? this.cadence.nextDueAt(incident) : null;
    if (!incident || !due || due.toISOString() !== dueAt)
      return 'no longer due (a SitRep came, the level changed, or it was stood down)';
    const raised = await this.notices.sitRepDue(incident, due, job.key);
    return raised ? `${raised.people} person(s) reminded` : 'nobody to remind, or reminded before';
  }
}
