import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Principal, Role } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { Transaction } from '@muster/platform-database';
import { MembershipEntity, OrganisationEntity, OrganisationKind, UserEntity } from '@muster/identity';
import { RunbookStepEntity } from '../steps/runbook-step.entity';
import { assertCanActOnRunbook } from './runbook-access';
import { RunbookEntity } from './runbook.entity';

export interface RunbookRef {
  id: string;
  /** The version the caller last saw; a newer one is a CONFLICT. */
  version?: number;
}

type RunbookChanges = Partial<Omit<RunbookEntity, 'id' | 'version' | 'updatedAt'>>;

/** The queries changes to a runbook are made of; every one runs on the transaction's manager. */
@Injectable()
export class RunbookStore {
  /**
   * Locks the runbook for the rest of the transaction after checking the caller may act
   * on it: NOT_FOUND when out of sight, FORBIDDEN without one of `roles` in its
   * organisation, CONFLICT when the caller's copy is stale.
   */
  async lockForChange(tx: Transaction, principal: Principal, ref: RunbookRef, roles: readonly Role[], entity = 'Runbook'): Promise<RunbookEntity> {
    const found = await tx.manager
      .createQueryBuilder(RunbookEntity, 'r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id: ref.id })
      .getOne();
    const runbook = assertCanActOnRunbook(principal, found, roles, entity);
    if (ref.version !== undefined && ref.version !== runbook.version) {
      throw DomainError.conflict(
        `This runbook was changed by someone else (now version ${runbook.version}, you had ${ref.version}); reload it and try again`,
      );
    }
    return runbook;
  }

  /** Applies `changes`, bumps the optimistic version and returns the row as it now is. */
  async update(tx: Transaction, id: string, changes: RunbookChanges): Promise<RunbookEntity> {
    await tx.manager
      .createQueryBuilder()
      .update(RunbookEntity)
      .set({ ...changes, updatedAt: tx.now, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
    return tx.manager.findOneByOrFail(RunbookEntity, { id });
  }

  /** The runbook a step belongs to, or NOT_FOUND. */
  async runbookOfStep(manager: EntityManager, stepId: string): Promise<string> {
    const step = await manager.findOne(RunbookStepEntity, { select: { id: true, runbookId: true }, where: { id: stepId } });
    if (!step) throw DomainError.notFound('Runbook step');
    return step.runbookId;
  }

  async steps(manager: EntityManager, runbookId: string): Promise<RunbookStepEntity[]> {
    return manager.find(RunbookStepEntity, { where: { runbookId }, order: { position: 'ASC' } });
  }

  async organisationKind(manager: EntityManager, organisationId: string): Promise<OrganisationKind | null> {
    const org = await manager.findOne(OrganisationEntity, { select: { id: true, kind: true }, where: { id: organisationId } });
    return org?.kind ?? null;
  }

  /** Whether the user is active and holds any role in the organisation. */
  async isActiveMember(manager: EntityManager, userId: string, organisationId: string): Promise<boolean> {
    const found = await manager
      .createQueryBuilder(MembershipEntity, 'm')
      .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
      .where('m.user_id = :userId AND m.organisation_id = :organisationId AND u.active', { userId, organisationId })
      .getExists();
    return found;
  }
}
