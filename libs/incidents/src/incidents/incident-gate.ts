import { Injectable } from '@nestjs/common';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { Transaction } from '@muster/platform-database';
import { IncidentChecks } from './incident-checks';
import { CommandRole, IncidentStatus } from './incident-enums';
import { IncidentAction, IncidentFacts, IncidentTransitions } from './incident-transitions';
import { IncidentAccess } from './incident.access';
import { IncidentEntity } from './incident.entity';
import { IncidentContext, IncidentStore } from './incident.store';

export interface IncidentRef {
  id: string;
  /** The version the caller last saw; a newer one is a CONFLICT. Records (entries, SitReps) need none. */
  version?: number;
}

export interface OpenedIncident {
  incident: IncidentEntity;
  ctx: IncidentContext;
  /** The status the action leads to (the same one for actions that keep it). */
  to: IncidentStatus;
  facts: IncidentFacts;
}

/**
 * The one way into a change of an incident, inside its unit of work: locks the row, reads
 * its sight and facts, checks the caller (NOT_FOUND out of sight, FORBIDDEN without the
 * row's roles), the version (CONFLICT when stale) and the table row (CONFLICT in the wrong
 * state, or the rule's own error). Records nothing itself.
 */
@Injectable()
export class IncidentGate {
  constructor(
    private readonly store: IncidentStore,
    private readonly checks: IncidentChecks,
  ) {}

  async open(
    tx: Transaction,
    principal: Principal,
    ref: IncidentRef,
    action: IncidentAction,
    asked: Partial<IncidentFacts> | ((incident: IncidentEntity) => Partial<IncidentFacts>) = {},
  ): Promise<OpenedIncident> {
    const incident = await this.store.lock(tx, ref.id);
    const ctx = incident
      ? await this.store.context(tx.manager, incident.id, IncidentAccess.icbCandidates(principal))
      : null;
    IncidentAccess.assertCanAct(principal, ctx, IncidentTransitions.rolesFor(action), ctx?.icbIds ?? []);
    if (!incident || !ctx) throw DomainError.notFound('Incident');
    if (ref.version !== undefined && ref.version !== incident.version) {
      throw DomainError.conflict(
        `Incident ${incident.reference} was changed by someone else (now version ${incident.version}, you had ${ref.version}); reload it and try again`,
      );
    }
    const objections = await this.objections(tx, action, incident, ctx);
    const facts: IncidentFacts = {
      status: incident.status,
      actorUserId: principal.userId,
      actorIsIcbCommander: IncidentAccess.isIcbCommander(principal, ctx.icbIds),
      actorIsCommander: IncidentAccess.holdsCommandRole(principal, ctx, CommandRole.COMMANDER),
      type: incident.type,
      level: incident.level,
      scope: incident.scope,
      hasMethane: ctx.hasMethane,
      reason: null,
      wasDeclared: incident.declaredAt !== null,
      lessonCount: ctx.lessonCount,
      objections,
      ...definedOnly(typeof asked === 'function' ? asked(incident) : asked),
    };
    return { incident, ctx, facts, to: IncidentTransitions.plan(action, facts) };
  }

  private objections(
    tx: Transaction,
    action: IncidentAction,
    incident: IncidentEntity,
    ctx: IncidentContext,
  ): Promise<string[]> {
    const subject = {
      id: incident.id,
      status: incident.status,
      leadOrganisationId: incident.leadOrganisationId,
      affectedOrganisationIds: ctx.affectedOrganisationIds,
      personalDataInvolved: incident.personalDataInvolved,
    };
    if (action === 'standDown') return this.checks.standDownObjections(tx.manager, subject);
    if (action === 'close') return this.checks.closureObjections(tx.manager, subject);
    return Promise.resolve([]);
  }
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
