import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Transaction } from '@muster/platform-database';
import { RunbookEntity } from '../runbooks/runbook.entity';
import { RunbookVersionEntity } from './runbook-version.entity';

/**
 * The runbook_version table: approved versions, immutable (the database refuses UPDATE and
 * DELETE). Reads take the manager they run on; the insert takes the transaction.
 */
@Injectable()
export class RunbookVersionStore {
  async insert(tx: Transaction, version: RunbookVersionEntity): Promise<void> {
    await tx.manager.insert(RunbookVersionEntity, version);
  }

  /** A version that must exist (a runbook's current one). */
  get(manager: EntityManager, id: string): Promise<RunbookVersionEntity> {
    return manager.findOneByOrFail(RunbookVersionEntity, { id });
  }

  /** A runbook's version by number, which must exist (the template version a draft was adopted from). */
  getByNumber(manager: EntityManager, runbookId: string, versionNumber: number): Promise<RunbookVersionEntity> {
    return manager.findOneByOrFail(RunbookVersionEntity, { runbookId, versionNumber });
  }

  findByIds(manager: EntityManager, ids: readonly string[]): Promise<RunbookVersionEntity[]> {
    return manager.find(RunbookVersionEntity, { where: { id: In([...ids]) } });
  }

  /** The versions of these runbooks, newest first. */
  ofRunbooks(manager: EntityManager, runbookIds: readonly string[]): Promise<RunbookVersionEntity[]> {
    return manager.find(RunbookVersionEntity, {
      where: { runbookId: In([...runbookIds]) },
      order: { versionNumber: 'DESC' },
    });
  }

  /** The version with whether its runbook is an ICS template (which decides who may see it), or null. */
  async findWithTemplateFlag(
    manager: EntityManager,
    id: string,
  ): Promise<{ version: RunbookVersionEntity; isTemplate: boolean } | null> {
    const { entities, raw } = await manager
      .createQueryBuilder(RunbookVersionEntity, 'v')
      .innerJoin(RunbookEntity, 'r', 'r.id = v.runbook_id')
      .addSelect('r.is_template', 'runbook_is_template')
      .where('v.id = :id', { id })
      .getRawAndEntities<{ runbook_is_template: boolean }>();
    return entities[0] ? { version: entities[0], isTemplate: raw[0].runbook_is_template } : null;
  }
}
