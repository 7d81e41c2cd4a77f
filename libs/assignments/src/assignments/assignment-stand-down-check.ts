import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { INCIDENT_CHECKS, IncidentCheckSubject, IncidentChecks } from '@muster/incidents';
import { AssignmentStore } from './assignment.store';

/** The incident's stand-down check: its mandatory assignments are DONE or WAIVED. */
@Injectable()
export class AssignmentStandDownCheck implements OnModuleInit {
  readonly name = 'mandatory assignments done or waived';

  constructor(
    @Inject(INCIDENT_CHECKS) private readonly checks: IncidentChecks,
    private readonly store: AssignmentStore,
  ) {}

  onModuleInit(): void {
    this.checks.registerStandDownCheck(this);
  }

  async objection(manager: EntityManager, incident: IncidentCheckSubject): Promise<string | null> {
    const open = await this.store.unfinishedMandatory(manager, incident.id);
    if (!open.length) return null;
    const named = open
      .slice(0, 5)
      .map((t) => `"${t}"`)
      .join(', ');
    return `${open.length} mandatory assignment(s) are not done or waived (${named}${open.length > 5 ? ', …' : ''})`;
  }
}
