import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainError } from '@muster/platform-core';
import { sqlChange, Transaction } from '@muster/platform-database';
import { RunbookStepEntity } from './runbook-step.entity';

/**
 * The runbook_step table: a runbook's working copy, in order. Reads take the manager they
 * run on; writes take the transaction (see RunbookStore). Positions are unique per
 * runbook, checked at commit, so a move is one statement.
 */
@Injectable()
export class RunbookStepStore {
  /** The runbook a step belongs to, or NOT_FOUND. */
  async runbookOf(manager: EntityManager, stepId: string): Promise<string> {
    const step = await manager.findOne(RunbookStepEntity, {
      select: { id: true, runbookId: true },
      where: { id: stepId },
    });
    if (!step) throw DomainError.notFound('Runbook step');
    return step.runbookId;
  }

  /** The runbook's steps, in order. */
  ofRunbook(manager: EntityManager, runbookId: string): Promise<RunbookStepEntity[]> {
    return manager.find(RunbookStepEntity, { where: { runbookId }, order: { position: 'ASC' } });
  }

  /** The steps of these runbooks, in order. */
  ofRunbooks(manager: EntityManager, runbookIds: readonly string[]): Promise<RunbookStepEntity[]> {
    return manager.find(RunbookStepEntity, { where: { runbookId: In([...runbookIds]) }, order: { position: 'ASC' } });
  }

  /** Inserts the step at its position, moving the steps from there on down one. */
  async insertAt(tx: Transaction, step: RunbookStepEntity): Promise<void> {
    await sqlChange(
      tx.manager,
      `UPDATE runbook_step SET position = position + 1 WHERE runbook_id = $1 AND position >= $2`,
      [step.runbookId, step.position],
    );
    await tx.manager.insert(RunbookStepEntity, step);
  }

  /** Copies of a template's steps, in one statement. */
  async insertAll(tx: Transaction, steps: readonly RunbookStepEntity[]): Promise<void> {
    if (steps.length)
      await tx.manager
        .createQueryBuilder()
        .insert()
        .into(RunbookStepEntity)
        .values([...steps])
        .execute();
  }

  async update(
    tx: Transaction,
    id: string,
    changes: Partial<Omit<RunbookStepEntity, 'id' | 'runbookId' | 'position'>>,
  ): Promise<void> {
    // An edit naming no field still moves the runbook's version (and is audited): no row to change here.
    if (Object.keys(changes).length === 0) return;
    await tx.manager.update(RunbookStepEntity, { id }, changes);
  }

  /** Puts the runbook's steps in the order of `stepIds` (every one of them), in one statement. */
  async reorder(tx: Transaction, runbookId: string, stepIds: readonly string[]): Promise<void> {
    await sqlChange(
      tx.manager,
      `UPDATE runbook_step s SET position = o.position
         FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position)
        WHERE s.id = o.id AND s.runbook_id = $2`,
      [stepIds, runbookId],
    );
  }

  /** Deletes the step, moving the steps after it up one. */
  async remove(tx: Transaction, step: Pick<RunbookStepEntity, 'id' | 'runbookId' | 'position'>): Promise<void> {
    await tx.manager.delete(RunbookStepEntity, { id: step.id });
    await sqlChange(
      tx.manager,
      `UPDATE runbook_step SET position = position - 1 WHERE runbook_id = $1 AND position > $2`,
      [step.runbookId, step.position],
    );
  }

  /** Replaces every step of the runbook (with a template update's merge: ids kept where steps are). */
  async replaceAll(tx: Transaction, runbookId: string, steps: readonly RunbookStepEntity[]): Promise<void> {
    await tx.manager.delete(RunbookStepEntity, { runbookId });
    await this.insertAll(tx, steps);
  }
}
