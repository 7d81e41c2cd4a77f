import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { INCIDENT_CHECKS, IncidentCheck, IncidentChecks, IncidentCheckSubject } from '@muster/incidents';
import { IgStore } from './ig.store';

/**
 * The incidents library's closure check: an incident with personal data involved closes only
 * when each of its organisations (lead and affected, each a data controller) has a thread with
 * a current decision and none of its current decisions is deferred pending facts.
 */
@Injectable()
export class IgClosureCheck implements IncidentCheck, OnModuleInit {
  readonly name = 'ig-decisions';

  constructor(
    @Inject(INCIDENT_CHECKS) private readonly checks: IncidentChecks,
    private readonly store: IgStore,
  ) {}

  onModuleInit(): void {
    this.checks.registerClosureCheck(this);
  }

  async objection(manager: EntityManager, incident: IncidentCheckSubject): Promise<string | null> {
    if (!incident.personalDataInvolved) return null;
    const missing = await this.store.unsettledOrganisations(manager, incident.id, [
      incident.leadOrganisationId,
      ...incident.affectedOrganisationIds,
    ]);
    return missing.length
      ? `Personal data is involved: every affected organisation needs a current IG decision (none deferred) before the incident closes; still needed for ${missing.join(', ')}`
      : null;
  }
}
