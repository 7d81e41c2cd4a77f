import { Injectable } from '@nestjs/common';
import { AccessPolicy, Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { RunbookAudit } from '../runbooks.audit';
import { toRunbook } from '../runbooks.mappers';
import { ReviewPolicy } from '../runbooks/review-policy';
import { RunbookTransitions } from '../runbooks/runbook-transitions';
import { AdoptTemplateInput } from '../runbooks/runbook.inputs';
import { RunbookStore } from '../runbooks/runbook.store';
import { Runbook } from '../runbooks/runbook.types';
import { RunbookStepStore } from '../steps/runbook-step.store';
import { RunbookVersionStore } from '../versions/runbook-version.store';
import { copyTemplateSteps } from './copy-template-steps';
import { latestTemplateVersion } from './template-versions';

const EDITORS = RunbookTransitions.rolesFor('edit');

/** Organisations adopting the ICB's ICS templates (catching up with newer versions: TemplateUpdateService). */
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
    return this.uow.run(
      async (tx) => {
        const stores = { runbooks: this.store, versions: this.versions };
        const { template, version } = await latestTemplateVersion(stores, tx.manager, input.templateId, 'templateId');
        const existing = await this.store.findLiveAdoption(tx.manager, input.organisationId, template.id);
        if (existing) {
          throw DomainError.conflict(
            `This organisation has already adopted the template as runbook '${existing.title}' (${existing.id})`,
          );
        }
        const runbook = await this.store.insert(tx, {
          // A template published before the cap came down is adopted at the cap.
          organisationId: input.organisationId,
          title: template.title,
          description: template.description,
          categories: template.categories,
          reviewIntervalMonths: this.reviews.capped(template.reviewIntervalMonths),
          templateRunbookId: template.id,
          adoptedTemplateVersion: version.versionNumber,
          ownerUserId: principal.userId,
          createdBy: principal.userId,
        });
        await this.steps.insertAll(tx, copyTemplateSteps(version.steps, runbook.id));
        tx.record({
          action: RunbookAudit.adopted,
          organisationId: runbook.organisationId,
          entityType: 'runbook',
          entityId: runbook.id,
          summary: `ICS template '${template.title}' version ${version.versionNumber} adopted as a draft runbook`,
          changes: {
            after: {
              templateId: template.id,
              templateVersion: version.versionNumber,
              templateVersionId: version.id,
              steps: version.stepCount,
            },
          },
        });
        return toRunbook(runbook);
      },
      { actor: principal.actor },
    );
  }
}
