import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { CommandRole } from '../incidents/incident-enums';
import { sightOf } from '../incidents/incident-scene';
import { IncidentTransitions } from '../incidents/incident-transitions';
import { IncidentAccess } from '../incidents/incident.access';
import { IncidentStore } from '../incidents/incident.store';
import {
  CandidateOrganisation,
  CommandRoleCandidate,
  CommandRoleCandidatesArgs,
} from './command-role-candidates.types';
import { CandidateRow, IncidentCommandStore } from './incident-command.store';

/**
 * Who may take a command role on an incident, for the people who assign them (the
 * `command` row of the table: its commander or an ICB commander): the rules of
 * `IncidentCommandService.assignRole`, read ahead. NOT_FOUND for an incident out of sight,
 * FORBIDDEN for those who see it but may not assign, CONFLICT once its command is over.
 */
@Injectable()
export class CommandRoleCandidatesService {
  constructor(
    private readonly db: DataSource,
    private readonly incidents: IncidentStore,
    private readonly store: IncidentCommandStore,
  ) {}

  async list(principal: Principal, args: CommandRoleCandidatesArgs): Promise<CommandRoleCandidate[]> {
    const m = this.db.manager;
    const view = await this.incidents.view(m, { id: args.incidentId }, IncidentAccess.icbCandidates(principal));
    if (!view) throw DomainError.notFound('Incident');
    const { incident, icbIds } = view;
    const sight = IncidentAccess.assertCanAct(
      principal,
      sightOf(incident.leadOrganisationId, view.scene),
      IncidentTransitions.rolesFor('command'),
      icbIds,
    );
    IncidentTransitions.plan('command', {
      status: incident.status,
      actorUserId: principal.userId,
      actorIsIcbCommander: IncidentAccess.isIcbCommander(principal, icbIds),
      actorIsCommander: IncidentAccess.holdsCommandRole(principal, sight, CommandRole.COMMANDER),
      type: incident.type,
      level: incident.level,
      scope: incident.scope,
      hasMethane: false,
      reason: null,
      wasDeclared: incident.declaredAt !== null,
      lessonCount: 0,
      objections: [],
    });
    const incidentOrgs = [incident.leadOrganisationId, ...sight.affectedOrganisationIds];
    const liaison = args.role === CommandRole.LIAISON;
    if (liaison && (!args.organisationId || !incidentOrgs.includes(args.organisationId))) {
      throw DomainError.badInput(
        'organisationId',
        'a liaison speaks for the lead or an affected organisation of this incident',
      );
    }
    if (!liaison && args.organisationId) {
      throw DomainError.badInput('organisationId', 'only a liaison is assigned for an organisation');
    }
    const rows = await this.store.candidates(m, {
      organisationIds: liaison ? [args.organisationId as string] : incidentOrgs,
      withIcbs: !liaison,
      commandersOnly: args.role === CommandRole.COMMANDER || args.role === CommandRole.DEPUTY,
      namePattern: args.search ? `%${args.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null,
      limit: args.first,
    });
    return rows.map(toCandidate);
  }
}

function toCandidate(row: CandidateRow): CommandRoleCandidate {
  const byOrganisation = new Map<string, CandidateOrganisation>();
  for (const m of row.memberships) {
    const organisation = byOrganisation.get(m.organisationId) ?? {
      id: m.organisationId,
      name: m.organisationName,
      roles: [] as Role[],
    };
    organisation.roles.push(m.role);
    byOrganisation.set(m.organisationId, organisation);
  }
  return { id: row.id, displayName: row.displayName, organisations: [...byOrganisation.values()] };
}
