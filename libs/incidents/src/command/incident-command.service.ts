import { Injectable } from '@nestjs/common';
import { Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { IncidentAudit, IncidentAuditAction } from '../incidents.audit';
import { toIncident } from '../incidents.mappers';
import { IncidentLive } from '../live/incident-live';
import { CommandRole } from '../incidents/incident-enums';
import { IncidentGate, OpenedIncident } from '../incidents/incident-gate';
import { COMMAND_ROLE_LABELS, IncidentNotices } from '../incidents/incident-notices';
import { IncidentEntity } from '../incidents/incident.entity';
import { IncidentStore } from '../incidents/incident.store';
import { Incident } from '../incidents/incident.types';
import { AffectedOrganisationInput, AssignIncidentRoleInput } from './incident-command.inputs';
import { IncidentCommandStore } from './incident-command.store';
import { RoleHandover } from './role-handover';

/** Roles whose holder must be an incident commander (they act for the commander). */
const COMMANDING_ROLES: readonly CommandRole[] = [CommandRole.COMMANDER, CommandRole.DEPUTY];

/**
 * The command of an incident: its affected organisations and command roles. Only its
 * commander, or an incident commander of the ICB, changes them (the table's `command` row).
 */
@Injectable()
export class IncidentCommandService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: IncidentGate,
    private readonly incidents: IncidentStore,
    private readonly store: IncidentCommandStore,
    private readonly handover: RoleHandover,
    private readonly notices: IncidentNotices,
    private readonly live: IncidentLive,
  ) {}

  /** Its members see the incident from their next request. Adding one already listed changes nothing. */
  addAffectedOrganisation(principal: Principal, input: AffectedOrganisationInput): Promise<Incident> {
    return this.uow.run(
      async (tx) => {
        const opened = await this.gate.open(tx, principal, { id: input.incidentId }, 'command');
        const { incident } = opened;
        const [organisation] = await this.incidents.organisations(tx.manager, [input.organisationId]);
        if (!organisation) throw DomainError.notFound('Organisation');
        if (organisation.id === incident.leadOrganisationId)
          throw DomainError.badInput('organisationId', 'the lead organisation is not listed among the affected');
        if (!(await this.store.addAffected(tx, incident.id, organisation.id, principal.userId)))
          return this.unchanged(tx, incident);
        return this.changed(
          tx,
          opened,
          IncidentAudit.organisationAdded,
          `${incident.reference}: ${organisation.name} added as affected`,
          {
            organisationId: organisation.id,
          },
        );
      },
      { actor: principal.actor },
    );
  }

  /** Its members stop seeing the incident (unless they hold a role on it); its liaison's holding ends. */
  removeAffectedOrganisation(principal: Principal, input: AffectedOrganisationInput): Promise<Incident> {
    return this.uow.run(
      async (tx) => {
        const opened = await this.gate.open(tx, principal, { id: input.incidentId }, 'command');
        const { incident } = opened;
        if (!opened.ctx.affectedOrganisationIds.includes(input.organisationId)) {
          throw DomainError.badInput('organisationId', 'is not an affected organisation of this incident');
        }
        await this.store.removeAffected(tx, incident.id, input.organisationId);
        const liaisons = await this.store.liaisonsOf(tx.manager, incident.id, input.organisationId);
        for (const liaison of liaisons) await this.store.end(tx, liaison.id, principal.userId);
        const [organisation] = await this.incidents.organisations(tx.manager, [input.organisationId]);
        return this.changed(
          tx,
          opened,
          IncidentAudit.organisationRemoved,
          `${incident.reference}: ${organisation?.name ?? 'an organisation'} no longer affected`,
          {
            organisationId: input.organisationId,
            liaisonsEnded: liaisons.map((l) => l.userId),
          },
        );
      },
      { actor: principal.actor },
    );
  }

  /**
   * Assigns a command role: a held role is handed over (the holding ends, the new one
   * starts), never given a second holder. The holder is an active member of the lead or an
   * affected organisation or of an ICB; a liaison of the organisation they speak for; the
   * commander and deputy an incident commander.
   */
  assignRole(principal: Principal, input: AssignIncidentRoleInput): Promise<Incident> {
    return this.uow.run(
      async (tx) => {
        const opened = await this.gate.open(tx, principal, { id: input.incidentId }, 'command');
        const { incident, ctx } = opened;
        const organisationId = input.organisationId ?? null;
        const incidentOrgs = [incident.leadOrganisationId, ...ctx.affectedOrganisationIds];
        if (input.role === CommandRole.LIAISON) {
          if (!organisationId || !incidentOrgs.includes(organisationId))
            throw DomainError.badInput(
              'organisationId',
              'a liaison speaks for the lead or an affected organisation of this incident',
            );
        } else if (organisationId) {
          throw DomainError.badInput('organisationId', 'only a liaison is assigned for an organisation');
        }
        await this.assertMayHold(tx, input.userId, input.role, organisationId ? [organisationId] : incidentOrgs);
        const held = await this.handover.handOver(
          tx,
          incident.id,
          { role: input.role, organisationId },
          input.userId,
          principal.userId,
        );
        if (!held.started) return this.unchanged(tx, incident);
        const label = COMMAND_ROLE_LABELS[input.role];
        const result = await this.changed(
          tx,
          opened,
          IncidentAudit.roleAssigned,
          `${incident.reference}: ${label} ${held.ended ? 'handed over' : 'assigned'}`,
          {
            role: input.role,
            organisationId,
            userId: input.userId,
            previousUserId: held.ended?.userId ?? null,
          },
          'incident_role_assignment',
          held.started.id,
        );
        await this.notices.roleAssigned(incident, input.role, input.userId, principal.userId);
        return result;
      },
      { actor: principal.actor },
    );
  }

  private async assertMayHold(
    tx: Transaction,
    userId: string,
    role: CommandRole,
    organisationIds: readonly string[],
  ): Promise<void> {
    const memberships = await this.incidents.memberships(tx.manager, userId);
    const icbs = await this.incidents.icbIds(
      tx.manager,
      memberships.map((m) => m.organisationId),
    );
    const eligible = memberships.filter(
      (m) =>
        organisationIds.includes(m.organisationId) || (role !== CommandRole.LIAISON && icbs.includes(m.organisationId)),
    );
    if (!eligible.length)
      throw DomainError.badInput(
        'userId',
        'must be an active member of an organisation of this incident, or of the ICB',
      );
    if (COMMANDING_ROLES.includes(role) && !eligible.some((m) => m.role === Role.INCIDENT_COMMANDER)) {
      throw DomainError.badInput('userId', 'the commander and the deputy must be incident commanders');
    }
  }

  private async changed(
    tx: Transaction,
    opened: OpenedIncident,
    action: IncidentAuditAction,
    summary: string,
    changes: Record<string, unknown>,
    entityType = 'incident',
    entityId?: string,
  ): Promise<Incident> {
    const after = await this.incidents.update(tx, opened.incident.id, {});
    tx.record({
      action,
      organisationId: after.leadOrganisationId,
      entityType,
      entityId: entityId ?? after.id,
      incidentId: after.id,
      summary,
      changes: { ...changes, version: { before: opened.incident.version, after: after.version } },
    });
    this.live.changed(tx, after.id);
    return toIncident(after);
  }

  private unchanged(tx: Transaction, incident: IncidentEntity): Incident {
    tx.nothingToRecord();
    return toIncident(incident);
  }
}
