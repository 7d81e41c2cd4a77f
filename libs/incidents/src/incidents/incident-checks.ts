import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { IncidentStatus } from './incident-enums';

/** What a registered check sees of the incident. */
export interface IncidentCheckSubject {
  id: string;
  status: IncidentStatus;
  leadOrganisationId: string;
  affectedOrganisationIds: readonly string[];
  personalDataInvolved: boolean;
}

/**
 * A rule a higher domain holds about standing an incident down or closing it (assignments:
 * "mandatory actions done or waived"; IG: "every affected organisation has a current IG
 * decision"). It reads on the changing transaction's manager and answers what it objects
 * to, in words a commander acts on, or null.
 */
export interface IncidentCheck {
  readonly name: string;
  objection(manager: EntityManager, incident: IncidentCheckSubject): Promise<string | null>;
}

/**
 * The injection token of the check registry. Incidents never import the domains above
 * them: those inject `INCIDENT_CHECKS` (exported by IncidentsModule) and register their
 * checks from their module's `onModuleInit`.
 */
export const INCIDENT_CHECKS = Symbol('INCIDENT_CHECKS');

/** The stand-down and closure checks registered by higher domains. */
@Injectable()
export class IncidentChecks {
  private readonly standDown: IncidentCheck[] = [];
  private readonly closure: IncidentCheck[] = [];

  registerStandDownCheck(check: IncidentCheck): void {
    this.standDown.push(check);
  }

  registerClosureCheck(check: IncidentCheck): void {
    this.closure.push(check);
  }

  standDownObjections(manager: EntityManager, incident: IncidentCheckSubject): Promise<string[]> {
    return objections(this.standDown, manager, incident);
  }

  closureObjections(manager: EntityManager, incident: IncidentCheckSubject): Promise<string[]> {
    return objections(this.closure, manager, incident);
  }
}

async function objections(
  checks: readonly IncidentCheck[],
  manager: EntityManager,
  incident: IncidentCheckSubject,
): Promise<string[]> {
  const found: string[] = [];
  // One after another: they share the transaction's connection.
  for (const check of checks) {
    const objection = await check.objection(manager, incident);
    if (objection) found.push(objection);
  }
  return found;
}
