import { Injectable } from '@nestjs/common';
import { AccessPolicy, Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { RunbookAudit } from '../runbooks.audit';
import { toRunbook } from '../runbooks.mappers';
import { ReviewPolicy } from '../runbooks/review-policy';
import { RunbookStatus } from '../runbooks/runbook-status';
import { planTransition, transitionFacts, RunbookTransitions } from '../runbooks/runbook-transitions';
import { RunbookEntity } from '../runbooks/runbook.entity';
import { AdoptTemplateInput } from '../runbooks/runbook.inputs';
import { RunbookRef, RunbookStore } from '../runbooks/runbook.store';
import { Runbook } from '../runbooks/runbook.types';
import { RunbookStepStore } from '../steps/runbook-step.store';
import { RunbookVersionEntity } from '../versions/runbook-version.entity';
import { RunbookVersionStore } from '../versions/runbook-version.store';
import { copyTemplateSteps } from './copy-template-steps';

const EDITORS = RunbookTransitions.rolesFor('edit');

/** Organisations adopting the ICB's ICS templates, and catching up with newer template versions. */
@Injectable()
export class TemplateAdoptionService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly store: RunbookStore,
    private readonly steps: RunbookStepStore,
    private readonly versions: RunbookVersionStore,
    private readonly reviews: ReviewPolicy,
  ) {}

  /** Copies the template's latest approved version into a new DRAFT runbook of the organisation. */
  async adopt(principal: Principal, input: AdoptTemplateInput): Promise<Runbook> {
    AccessPolicy.assertCanAct(principal, input.organisationId, EDITORS, 'Organisation');
    return this.uow.run(async (tx) => {
      const { template, version } = await this.latestTemplateVersion(tx, input.templateId, 'templateId');
      const existing = await this.store.findLiveAdoption(tx.manager, input.organisationId, template.id);
      if (existing) {
        throw DomainError.conflict(`This organisation has already adopted the template as runbook '${existing.title}' (${existing.id})`);
      }
      const runbook = await this.store.insert(tx, {
        organisationId: input.organisationId, title: template.title, description: template.description,
        // A template published before the cap came down is adopted at the cap.
        categories: template.categories, reviewIntervalMonths: this.reviews.capped(template.reviewIntervalMonths),
        templateRunbookId: template.id, adoptedTemplateVersion: version.versionNumber,
        ownerUserId: principal.userId, createdBy: principal.userId,
      });
      await this.steps.insertAll(tx, copyTemplateSteps(version.steps, runbook.id));
      tx.record({
        action: RunbookAudit.adopted, organisationId: runbook.organisationId, entityType: 'runbook', entityId: runbook.id,
        summary: `ICS template '${template.title}' version ${version.versionNumber} adopted as a draft runbook`,
        changes: { after: { templateId: template.id, templateVersion: version.versionNumber, templateVersionId: version.id, steps: version.stepCount } },
      });
      return toRunbook(runbook);
    }, { actor: principal.actor });
  }

  /** Replaces a draft's steps with the template's latest version (tailoring is re-done on top). */
  async updateFromTemplate(principal: Principal, ref: RunbookRef): Promise<Runbook> {
    return this.uow.run(async (tx) => {
      const before = await this.store.lockForChange(tx, principal, ref, EDITORS);
      planTransition('edit', transitionFacts(before, principal.userId));
      if (!before.templateRunbookId) throw DomainError.badInput('id', 'this runbook was not adopted from an ICS template');
      const { template, version } = await this.latestTemplateVersion(tx, before.templateRunbookId, 'id');
      await this.steps.replaceAll(tx, before.id, copyTemplateSteps(version.steps, before.id));
      const after = await this.store.update(tx, before.id, { adoptedTemplateVersion: version.versionNumber });
      tx.record({
        action: RunbookAudit.updatedFromTemplate, organisationId: after.organisationId, entityType: 'runbook', entityId: after.id,
        summary: `Draft of runbook '${after.title}' replaced by ICS template '${template.title}' version ${version.versionNumber}`,
        changes: { before: { adoptedTemplateVersion: before.adoptedTemplateVersion }, after: { adoptedTemplateVersion: after.adoptedTemplateVersion } },
      });
      return toRunbook(after);
    }, { actor: principal.actor });
  }

  private async latestTemplateVersion(tx: Transaction, templateId: string, field: string): Promise<{ template: RunbookEntity; version: RunbookVersionEntity }> {
    const template = await this.store.findTemplate(tx.manager, templateId);
    if (!template) throw DomainError.notFound('Runbook template');
    if (template.status === RunbookStatus.RETIRED) throw DomainError.conflict('This ICS template is retired');
    if (!template.currentVersionId) {
      throw DomainError.badInput(field, 'this ICS template has no approved version yet');
    }
    return { template, version: await this.versions.get(tx.manager, template.currentVersionId) };
  }
}
