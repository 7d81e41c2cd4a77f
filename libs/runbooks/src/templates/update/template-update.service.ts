import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { RunbookAudit } from '../../runbooks.audit';
import { toRunbook } from '../../runbooks.mappers';
import { RunbookAccess } from '../../runbooks/runbook.access';
import { planTransition, RunbookTransitions, transitionFacts } from '../../runbooks/runbook-transitions';
import { RunbookEntity } from '../../runbooks/runbook.entity';
import { RunbookStore } from '../../runbooks/runbook.store';
import { Runbook } from '../../runbooks/runbook.types';
import { RunbookStepStore } from '../../steps/runbook-step.store';
import { RunbookVersionEntity } from '../../versions/runbook-version.entity';
import { RunbookVersionStore } from '../../versions/runbook-version.store';
import { latestTemplateVersion } from '../template-versions';
import { choicesFor } from './conflict-choices';
import { MergedStepChange, mergeTemplateUpdate } from './merge-steps';
import { analyseTemplateUpdate } from './template-merge';
import { UpdateRunbookFromTemplateInput } from './template-update.inputs';
import { TemplateUpdatePreview } from './template-update.types';

const EDITORS = RunbookTransitions.rolesFor('edit');

/** The three sides of an update: the template, the version the draft adopted, and its latest. */
interface Sides {
  template: RunbookEntity;
  base: RunbookVersionEntity;
  latest: RunbookVersionEntity;
}

/**
 * Bringing an adopted runbook's draft up to a newer version of its ICS template without
 * losing the organisation's work: a three-way merge per step (template-merge.ts) that
 * keeps local steps and edits, applies the template's changes where they do not meet
 * one, and asks for a choice where both changed the same step.
 */
@Injectable()
export class TemplateUpdateService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly db: DataSource,
    private readonly store: RunbookStore,
    private readonly steps: RunbookStepStore,
    private readonly versions: RunbookVersionStore,
  ) {}

  /** What an update would do, for anyone who sees the runbook (read only, in any state). */
  async preview(principal: Principal, runbookId: string): Promise<TemplateUpdatePreview> {
    const m = this.db.manager;
    const found = await this.store.findById(m, runbookId);
    const runbook = RunbookAccess.assertCanSee(
      principal,
      found,
      'Runbook',
      await this.store.icbReaderSight(m, principal, found),
    );
    const { template, base, latest } = await this.sides(m, runbook, 'runbookId');
    const { templateChanges, localChanges, conflicts } = analyseTemplateUpdate(
      base.steps,
      latest.steps,
      await this.steps.ofRunbook(m, runbook.id),
    );
    return {
      runbookId: runbook.id,
      templateId: template.id,
      adoptedVersion: base.versionNumber,
      latestVersion: latest.versionNumber,
      upToDate: base.versionNumber === latest.versionNumber,
      templateChanges,
      localChanges,
      conflicts,
    };
  }

  /** Merges the template's latest approved version into the DRAFT; a draft already on it is left as it is. */
  async update(principal: Principal, input: UpdateRunbookFromTemplateInput): Promise<Runbook> {
    return this.uow.run(
      async (tx) => {
        const before = await this.store.lockForChange(tx, principal, input, EDITORS);
        planTransition('edit', transitionFacts(before, principal.userId));
        const { template, base, latest } = await this.sides(tx.manager, before, 'id');
        const analysis = analyseTemplateUpdate(
          base.steps,
          latest.steps,
          await this.steps.ofRunbook(tx.manager, before.id),
        );
        const label = `ICS template '${template.title}' version ${latest.versionNumber}`;
        const choices = choicesFor(analysis, input.resolutions ?? [], label);
        if (latest.versionNumber === base.versionNumber) {
          tx.nothingToRecord();
          return toRunbook(before);
        }
        const merged = mergeTemplateUpdate(analysis, choices, before.id);
        await this.steps.replaceAll(tx, before.id, merged.steps);
        const after = await this.store.update(tx, before.id, { adoptedTemplateVersion: latest.versionNumber });
        tx.record({
          action: RunbookAudit.updatedFromTemplate,
          organisationId: after.organisationId,
          entityType: 'runbook',
          entityId: after.id,
          summary: `Draft of runbook '${after.title}' updated from ${label}: ${counted(merged.changes, choices.size)}`,
          changes: {
            before: { adoptedTemplateVersion: before.adoptedTemplateVersion },
            after: { adoptedTemplateVersion: after.adoptedTemplateVersion },
            steps: merged.changes,
          },
        });
        return toRunbook(after);
      },
      { actor: principal.actor },
    );
  }

  private async sides(manager: EntityManager, runbook: RunbookEntity, field: string): Promise<Sides> {
    if (!runbook.templateRunbookId || runbook.adoptedTemplateVersion === null) {
      throw DomainError.badInput(field, 'this runbook was not adopted from an ICS template');
    }
    const stores = { runbooks: this.store, versions: this.versions };
    const { template, version: latest } = await latestTemplateVersion(
      stores,
      manager,
      runbook.templateRunbookId,
      field,
    );
    return {
      template,
      latest,
      base: await this.versions.getByNumber(manager, template.id, runbook.adoptedTemplateVersion),
    };
  }
}

/** "2 template changes applied, 3 local changes kept, 1 conflict decided". */
function counted(changes: readonly MergedStepChange[], decided: number): string {
  const applied = changes.filter((c) => c.change.endsWith('_template')).length;
  const kept = changes.filter((c) => c.change.startsWith('kept_')).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [`${plural(applied, 'template change')} applied`, `${plural(kept, 'local change')} kept`];
  if (decided) parts.push(`${plural(decided, 'conflict')} decided`);
  return parts.join(', ');
}
