import { Injectable } from '@nestjs/common';
import { AccessPolicy, Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { RoleHandover } from '../command/role-handover';
import { IncidentAudit, IncidentAuditAction, INCIDENT_ENTITY } from '../incidents.audit';
import { toIncident } from '../incidents.mappers';
import { IncidentLive } from '../live/incident-live';
import { IncidentRecordsStore } from '../records/incident-records.store';
import { SitRepDueJobs } from '../records/sitrep-due.jobs';
import { IncidentNotices } from './incident-notices';
import { CommandRole, IncidentScope, IncidentType } from './incident-enums';
import { IncidentGate, IncidentRef, OpenedIncident } from './incident-gate';
import { IncidentAction, IncidentFacts, REPORTER_ROLES } from './incident-transitions';
import { IncidentEntity } from './incident.entity';
import {
  CancelIncidentInput,
  ChangeIncidentLevelInput,
  DeclareIncidentInput,
  ReportIncidentInput,
  TransitionIncidentInput,
} from './incident.inputs';
import { IncidentStore } from './incident.store';
import { IncidentWatchers } from './incident-watchers';
import { Incident } from './incident.types';

interface TransitionEffect {
  changes: Partial<IncidentEntity>;
  action: IncidentAuditAction;
  summary: string;
  extra?: Record<string, unknown>;
  /** Who hears of it (IncidentNotices), in the same unit of work, once the row is written. */
  notify?: (after: IncidentEntity) => Promise<unknown>;
}

/** Reporting incidents and moving them through their lifecycle (the transition table). */
@Injectable()
export class IncidentLifecycleService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly store: IncidentStore,
    private readonly gate: IncidentGate,
    private readonly records: IncidentRecordsStore,
    private readonly handover: RoleHandover,
    private readonly notices: IncidentNotices,
    private readonly live: IncidentLive,
    private readonly sitRepDue: SitRepDueJobs,
    private readonly watchers: IncidentWatchers,
  ) {}

  /**
   * A new REPORTED incident led by the reporting organisation, with the next reference of
   * the year. With a client key, a retry (however concurrent) returns the incident the key
   * first made and writes nothing.
   */
  async report(principal: Principal, input: ReportIncidentInput): Promise<Incident> {
    AccessPolicy.assertCanAct(principal, input.organisationId, REPORTER_ROLES, 'Organisation');
    return this.uow.run(
      async (tx) => {
        const clientKey = input.clientKey ?? null;
        if (clientKey) {
          const existing = await this.store.findByClientKey(tx.manager, input.organisationId, clientKey);
          if (existing) return this.unchanged(tx, existing);
        }
        const reference = await this.store.allocateReference(tx);
        const incident = await this.store.insert(tx, reference, {
          title: input.title,
          description: input.description ?? '',
          category: input.category,
          type: input.type ?? IncidentType.BUSINESS_CONTINUITY,
          level: input.level ?? 1,
          scope: input.scope ?? IncidentScope.ORGANISATION,
          leadOrganisationId: input.organisationId,
          personalDataInvolved: input.personalDataInvolved ?? false,
          clientKey,
          reportedBy: principal.userId,
        });
        // A retry that committed first: its incident, and this one's number goes back with the rollback.
        if (!incident) return this.unchanged(tx, await this.mustFindByKey(tx, input.organisationId, clientKey));
        this.record(tx, incident, IncidentAudit.reported, `${incident.reference} reported: ${incident.title}`, {
          after: {
            reference: incident.reference,
            title: incident.title,
            category: incident.category,
            type: incident.type,
            level: incident.level,
            scope: incident.scope,
            status: incident.status,
          },
          clientKey,
        });
        await this.notices.reported(incident, principal.userId);
        await this.watchers.changed(tx, {
          ...watched(incident),
          action: 'report',
          previousStatus: null,
          previousLevel: null,
        });
        this.live.changed(tx, incident.id);
        return toIncident(incident);
      },
      { actor: principal.actor },
    );
  }

  standby(principal: Principal, input: TransitionIncidentInput): Promise<Incident> {
    return this.transition(principal, input, 'standby', {}, async (_tx, { incident }) => ({
      changes: {},
      action: IncidentAudit.standby,
      summary: withNote(`${incident.reference} on standby`, input.note),
      extra: { note: input.note ?? null },
      notify: (after) => this.notices.statusChanged(after, principal.userId),
    }));
  }

  /**
   * REPORTED or STANDBY → DECLARED, by an incident commander who becomes its commander.
   * A major incident comes with its METHANE report (the first revision).
   */
  declare(principal: Principal, input: DeclareIncidentInput): Promise<Incident> {
    return this.uow.run(
      async (tx) => {
        const asked = (base: IncidentEntity): Partial<IncidentFacts> => ({
          type: input.type ?? base.type,
          level: input.level ?? base.level,
          scope: input.scope ?? base.scope,
          ...(input.methane ? { hasMethane: true } : {}),
        });
        return this.transitionIn(tx, principal, input, 'declare', asked, async (opened) => {
          const { incident } = opened;
          const userId = principal.userId as string; // the table's byAPerson rule held
          if (input.methane) {
            const methane = await this.records.insertMethane(tx, incident.id, {
              ...input.methane,
              submittedBy: userId,
            });
            this.record(
              tx,
              incident,
              IncidentAudit.methaneSubmitted,
              `${incident.reference} METHANE report, revision ${methane.revision}`,
              {
                after: { ...input.methane, revision: methane.revision },
              },
              'incident_methane',
              methane.id,
            );
          }
          const held = await this.handover.handOver(
            tx,
            incident.id,
            { role: CommandRole.COMMANDER, organisationId: null },
            userId,
            userId,
          );
          if (held.started) {
            this.record(
              tx,
              incident,
              IncidentAudit.roleAssigned,
              `${incident.reference}: the declaring commander holds the commander role`,
              {
                role: CommandRole.COMMANDER,
                userId,
                previousUserId: held.ended?.userId ?? null,
              },
              'incident_role_assignment',
              held.started.id,
            );
          }
          const changes = {
            type: opened.facts.type,
            level: opened.facts.level,
            scope: opened.facts.scope,
            declaredAt: tx.now,
            declaredBy: userId,
          };
          return {
            changes,
            action: IncidentAudit.declared,
            summary: `${incident.reference} declared: ${labelOf(changes.type)} incident, level ${changes.level}, ${changes.scope === IncidentScope.SYSTEM_WIDE ? 'system-wide' : 'single organisation'}`,
            extra: { type: changes.type, level: changes.level, scope: changes.scope },
            notify: (after) => this.notices.declared(after, principal.userId, opened.ctx.icsIcbIds),
          };
        });
      },
      { actor: principal.actor },
    );
  }

  contain(principal: Principal, input: TransitionIncidentInput): Promise<Incident> {
    return this.transition(principal, input, 'contain', {}, async (tx, { incident }) => ({
      changes: { containedAt: tx.now },
      action: IncidentAudit.contained,
      summary: withNote(`${incident.reference} contained`, input.note),
      extra: { note: input.note ?? null },
    }));
  }

  recover(principal: Principal, input: TransitionIncidentInput): Promise<Incident> {
    return this.transition(principal, input, 'recover', {}, async (tx, { incident }) => ({
      changes: { recoveredAt: tx.now },
      action: IncidentAudit.recovering,
      summary: withNote(`${incident.reference} recovering`, input.note),
      extra: { note: input.note ?? null },
    }));
  }

  standDown(principal: Principal, input: TransitionIncidentInput): Promise<Incident> {
    return this.transition(principal, input, 'standDown', {}, async (tx, { incident }) => ({
      changes: { stoodDownAt: tx.now },
      action: IncidentAudit.stoodDown,
      summary: withNote(`${incident.reference} stood down`, input.note),
      extra: { note: input.note ?? null },
      notify: (after) => this.notices.stoodDown(after, principal.userId),
    }));
  }

  cancel(principal: Principal, input: CancelIncidentInput): Promise<Incident> {
    return this.transition(principal, input, 'cancel', { reason: input.reason }, async (tx, { incident }) => ({
      changes: { cancelledAt: tx.now, cancellationReason: input.reason },
      action: IncidentAudit.cancelled,
      summary: `${incident.reference} cancelled: ${input.reason}`,
      extra: { reason: input.reason },
      notify: (after) => this.notices.statusChanged(after, principal.userId),
    }));
  }

  close(principal: Principal, input: TransitionIncidentInput): Promise<Incident> {
    return this.transition(principal, input, 'close', {}, async (tx, { incident }) => ({
      changes: { closedAt: tx.now },
      action: IncidentAudit.closed,
      summary: withNote(`${incident.reference} closed`, input.note),
      extra: { note: input.note ?? null },
    }));
  }

  /** Raises or lowers the level, changes the type or scope, at any live status, with a reason. */
  changeLevel(principal: Principal, input: ChangeIncidentLevelInput): Promise<Incident> {
    return this.uow.run(
      async (tx) => {
        const asked = (base: IncidentEntity): Partial<IncidentFacts> => ({
          type: input.type ?? base.type,
          level: input.level ?? base.level,
          scope: input.scope ?? base.scope,
          reason: input.reason,
        });
        return this.transitionIn(tx, principal, input, 'changeLevel', asked, async ({ incident, facts, ctx }) => {
          const before = { level: incident.level, type: incident.type, scope: incident.scope };
          const after = { level: facts.level, type: facts.type, scope: facts.scope };
          if (before.level === after.level && before.type === after.type && before.scope === after.scope) {
            throw DomainError.badInput('level', 'give a new level, type or scope: the incident already has these');
          }
          return {
            changes: after,
            action: IncidentAudit.levelChanged,
            summary: `${incident.reference} ${describeChange(before, after)}: ${input.reason}`,
            extra: { before, after, reason: input.reason },
            notify: (row) => this.notices.levelChanged(row, before.level, principal.userId, ctx.icsIcbIds),
          };
        });
      },
      { actor: principal.actor },
    );
  }

  /** Stands up the Incident Coordination Centre (once), on a declared incident, by its commander. */
  openCoordinationCentre(principal: Principal, input: TransitionIncidentInput): Promise<Incident> {
    return this.transition(principal, input, 'openCoordinationCentre', {}, async (tx, { incident }) => {
      if (incident.coordinationCentreOpenedAt)
        throw DomainError.conflict(`${incident.reference}'s Incident Coordination Centre is already stood up`);
      return {
        changes: { coordinationCentreOpenedAt: tx.now },
        action: IncidentAudit.coordinationCentreOpened,
        summary: withNote(`${incident.reference} Incident Coordination Centre stood up`, input.note),
        extra: { note: input.note ?? null },
      };
    });
  }

  private transition(
    principal: Principal,
    ref: IncidentRef,
    action: IncidentAction,
    asked: Partial<IncidentFacts>,
    apply: (tx: Transaction, opened: OpenedIncident) => Promise<TransitionEffect>,
  ): Promise<Incident> {
    return this.uow.run((tx) => this.transitionIn(tx, principal, ref, action, asked, (opened) => apply(tx, opened)), {
      actor: principal.actor,
    });
  }

  private async transitionIn(
    tx: Transaction,
    principal: Principal,
    ref: IncidentRef,
    action: IncidentAction,
    asked: Partial<IncidentFacts> | ((incident: IncidentEntity) => Partial<IncidentFacts>),
    apply: (opened: OpenedIncident) => Promise<TransitionEffect>,
  ): Promise<Incident> {
    const opened = await this.gate.open(tx, principal, ref, action, asked);
    const effect = await apply(opened);
    const after = await this.store.update(tx, opened.incident.id, { ...effect.changes, status: opened.to });
    this.record(tx, after, effect.action, effect.summary, {
      before: { status: opened.incident.status, version: opened.incident.version },
      after: { status: after.status, version: after.version },
      ...effect.extra,
    });
    await effect.notify?.(after);
    await this.watchers.changed(tx, {
      ...watched(after),
      action,
      previousStatus: opened.incident.status,
      previousLevel: opened.incident.level,
    });
    // Declaring and changing the level move the SitRep due time (one job per due time).
    await this.sitRepDue.schedule(tx, after);
    this.live.changed(tx, after.id);
    return toIncident(after);
  }

  private record(
    tx: Transaction,
    incident: IncidentEntity,
    action: IncidentAuditAction,
    summary: string,
    changes: Record<string, unknown>,
    entityType = INCIDENT_ENTITY,
    entityId: string = incident.id,
  ): void {
    tx.record({
      action,
      organisationId: incident.leadOrganisationId,
      entityType,
      entityId,
      incidentId: incident.id,
      summary,
      changes,
    });
  }

  private unchanged(tx: Transaction, incident: IncidentEntity): Incident {
    tx.nothingToRecord();
    return toIncident(incident);
  }

  private async mustFindByKey(
    tx: Transaction,
    organisationId: string,
    clientKey: string | null,
  ): Promise<IncidentEntity> {
    const found = clientKey ? await this.store.findByClientKey(tx.manager, organisationId, clientKey) : null;
    if (!found) throw DomainError.conflict('The incident could not be reported; try again');
    return found;
  }
}

const TYPE_LABELS: Record<IncidentType, string> = {
  [IncidentType.BUSINESS_CONTINUITY]: 'business continuity',
  [IncidentType.CRITICAL]: 'critical',
  [IncidentType.MAJOR]: 'major',
};

export const labelOf = (type: IncidentType): string => TYPE_LABELS[type];

function withNote(summary: string, note: string | undefined): string {
  return note ? `${summary}: ${note}` : summary;
}

function describeChange(
  before: { level: number; type: IncidentType; scope: IncidentScope },
  after: { level: number; type: IncidentType; scope: IncidentScope },
): string {
  const parts: string[] = [];
  if (before.level !== after.level) parts.push(`level ${before.level} → ${after.level}`);
  if (before.type !== after.type) parts.push(`type ${labelOf(before.type)} → ${labelOf(after.type)}`);
  if (before.scope !== after.scope)
    parts.push(
      `scope ${before.scope === IncidentScope.SYSTEM_WIDE ? 'system-wide' : 'single organisation'} → ${after.scope === IncidentScope.SYSTEM_WIDE ? 'system-wide' : 'single organisation'}`,
    );
  return parts.join(', ');
}

function watched(i: IncidentEntity) {
  return {
    incidentId: i.id,
    reference: i.reference,
    title: i.title,
    status: i.status,
    level: i.level,
    leadOrganisationId: i.leadOrganisationId,
  };
}
