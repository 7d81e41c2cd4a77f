import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { conflictOnDuplicate, sqlChange, sqlRows, Transaction } from '@muster/platform-database';
import { Role } from '@muster/platform-access';
import { CommandRole } from '../incidents/incident-enums';
import { IncidentAffectedOrganisationEntity, IncidentRoleAssignmentEntity } from './incident-command.entities';

/** What a role assignment is about: the role, and for a liaison the organisation. */
export interface RoleSlot {
  role: CommandRole;
  organisationId: string | null;
}

/** Who the candidates for a command role are drawn from. */
export interface CandidatePool {
  organisationIds: readonly string[];
  /** Members of every ICB are eligible too (every role but a liaison). */
  withIcbs: boolean;
  /** Only people holding INCIDENT_COMMANDER in an eligible organisation (commander, deputy). */
  commandersOnly: boolean;
  /** ILIKE pattern on the name, escaped; null for everyone. */
  namePattern: string | null;
  limit: number;
}

/** An eligible person and their roles in the eligible organisations. */
export interface CandidateRow {
  id: string;
  displayName: string;
  memberships: { organisationId: string; organisationName: string; role: Role }[];
}

/** Affected organisations and command roles of incidents. */
@Injectable()
export class IncidentCommandStore {
  /** Adds the organisation; false when it was already listed. */
  async addAffected(
    tx: Transaction,
    incidentId: string,
    organisationId: string,
    addedBy: string | null,
  ): Promise<boolean> {
    const rows = await sqlRows<{ incidentId: string }>(
      tx.manager,
      `INSERT INTO incident_affected_organisation (incident_id, organisation_id, added_by, added_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING incident_id AS "incidentId"`,
      [incidentId, organisationId, addedBy, tx.now],
    );
    return rows.length > 0;
  }

  /** Removes the organisation; false when it was not listed. */
  async removeAffected(tx: Transaction, incidentId: string, organisationId: string): Promise<boolean> {
    const { count } = await sqlChange(
      tx.manager,
      `DELETE FROM incident_affected_organisation WHERE incident_id = $1 AND organisation_id = $2`,
      [incidentId, organisationId],
    );
    return count > 0;
  }

  affectedOf(manager: EntityManager, incidentIds: readonly string[]): Promise<IncidentAffectedOrganisationEntity[]> {
    return manager.find(IncidentAffectedOrganisationEntity, {
      where: { incidentId: In([...incidentIds]) },
      order: { addedAt: 'ASC', organisationId: 'ASC' },
    });
  }

  /** The current holding of a slot (the liaison of one organisation; an observer is a slot per person). */
  current(
    manager: EntityManager,
    incidentId: string,
    slot: RoleSlot,
    userId: string,
  ): Promise<IncidentRoleAssignmentEntity | null> {
    const where =
      slot.role === CommandRole.LIAISON
        ? { incidentId, role: slot.role, organisationId: slot.organisationId ?? undefined, endedAt: IsNull() }
        : slot.role === CommandRole.OBSERVER
          ? { incidentId, role: slot.role, userId, endedAt: IsNull() }
          : { incidentId, role: slot.role, endedAt: IsNull() };
    return manager.findOne(IncidentRoleAssignmentEntity, { where });
  }

  /** Ends a holding (a handover, or a liaison whose organisation left). */
  async end(tx: Transaction, id: string, endedBy: string | null): Promise<void> {
    await sqlChange(
      tx.manager,
      `UPDATE incident_role_assignment SET ended_at = $2, ended_by = $3 WHERE id = $1 AND ended_at IS NULL`,
      [id, tx.now, endedBy],
    );
  }

  /** Inserts a holding and returns it as written (every column is given here: no read-back). */
  async start(
    tx: Transaction,
    incidentId: string,
    slot: RoleSlot,
    userId: string,
    assignedBy: string | null,
  ): Promise<IncidentRoleAssignmentEntity> {
    const holding = Object.assign(new IncidentRoleAssignmentEntity(), {
      id: randomUUID(),
      incidentId,
      role: slot.role,
      organisationId: slot.organisationId ?? null,
      userId,
      assignedBy,
      startedAt: tx.now,
      endedAt: null,
      endedBy: null,
    });
    await tx.manager.insert(IncidentRoleAssignmentEntity, holding).catch(
      conflictOnDuplicate({
        incident_role_one_holder: 'That role was assigned by someone else meanwhile; reload and try again',
        incident_role_one_liaison:
          "That organisation's liaison was assigned by someone else meanwhile; reload and try again",
        incident_role_one_observer: 'That person is already an observer',
      }),
    );
    return holding;
  }

  /** The liaison holdings of an organisation on an incident, still held. */
  liaisonsOf(
    manager: EntityManager,
    incidentId: string,
    organisationId: string,
  ): Promise<IncidentRoleAssignmentEntity[]> {
    return manager.find(IncidentRoleAssignmentEntity, {
      where: { incidentId, role: CommandRole.LIAISON, organisationId, endedAt: IsNull() },
    });
  }

  /** Every holding of these incidents, current and past, in order of start (an ended holding before the one that replaced it at the same time). */
  holdingsOf(manager: EntityManager, incidentIds: readonly string[]): Promise<IncidentRoleAssignmentEntity[]> {
    return manager
      .createQueryBuilder(IncidentRoleAssignmentEntity, 'r')
      .where('r.incident_id = ANY(:ids)', { ids: [...incidentIds] })
      .orderBy('r.started_at', 'ASC')
      .addOrderBy('r.ended_at', 'ASC', 'NULLS LAST')
      .addOrderBy('r.id', 'ASC')
      .getMany();
  }

  /** Who holds `role` on the incident now (IncidentRoleRecipients). */
  async holders(manager: EntityManager, incidentId: string, role: string): Promise<string[]> {
    const rows = await manager.find(IncidentRoleAssignmentEntity, {
      select: { userId: true },
      where: { incidentId, role: role as CommandRole, endedAt: IsNull() },
    });
    return rows.map((r) => r.userId);
  }

  /**
   * Active people with a membership in the pool's organisations (or any ICB), by name then
   * id, with those memberships: one statement. Only what a picker needs — no contact details.
   */
  candidates(manager: EntityManager, pool: CandidatePool): Promise<CandidateRow[]> {
    return sqlRows<CandidateRow>(
      manager,
      `SELECT u.id, u.display_name AS "displayName",
              json_agg(json_build_object('organisationId', o.id, 'organisationName', o.name, 'role', m.role)
                       ORDER BY o.name, o.id, m.role) AS memberships
         FROM app_user u
         JOIN membership m ON m.user_id = u.id
         JOIN organisation o ON o.id = m.organisation_id
        WHERE u.active
          AND (m.organisation_id = ANY($1::uuid[]) OR ($2 AND o.kind = 'ICB'))
          AND ($3::text IS NULL OR u.display_name ILIKE $3)
        GROUP BY u.id, u.display_name
       HAVING NOT $4 OR bool_or(m.role = 'INCIDENT_COMMANDER')
        ORDER BY u.display_name, u.id
        LIMIT $5`,
      [pool.organisationIds, pool.withIcbs, pool.namePattern, pool.commandersOnly, pool.limit],
    );
  }
}
