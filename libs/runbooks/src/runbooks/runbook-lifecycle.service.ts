import { Injectable } from '@nestjs/common';
import { AccessPolicy, Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { OrganisationKind } from '@muster/identity';
import { definedOnly, pick } from '../object-utils';
import { RunbookAudit, RunbookAuditAction } from '../runbooks.audit';
import { toRunbook } from '../runbooks.mappers';
import { RunbookStepStore } from '../steps/runbook-step.store';
import { RunbookVersionPublisher } from '../versions/runbook-version-publisher';
import { ReviewPolicy } from './review-policy';
import { RunbookNotices } from './runbook-notices';
import { RunbookStatus } from './runbook-status';
import { planTransition, RunbookAction, transitionFacts, RunbookTransitions } from './runbook-transitions';
import { RunbookEntity } from './runbook.entity';
import { CreateRunbookInput, UpdateRunbookDraftInput } from './runbook.inputs';
import { RunbookRef, RunbookStore } from './runbook.store';
import { Runbook } from './runbook.types';

const EDITORS = RunbookTransitions.rolesFor('edit');

/** Creating runbooks and moving them through their lifecycle (the transition table). */
@Injectable()
export class RunbookLifecycleService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly store: RunbookStore,
    private readonly steps: RunbookStepStore,
    private readonly publisher: RunbookVersionPublisher,
    private readonly reviews: ReviewPolicy,
    private readonly notices: RunbookNotices,
  ) {}

  async create(principal: Principal, input: CreateRunbookInput): Promise<Runbook> {
    AccessPolicy.assertCanAct(principal, input.organisationId, EDITORS, 'Organisation');
    this.reviews.assertInterval(input.reviewIntervalMonths);
    return this.uow.run(
      async (tx) => {
        if (
          input.isTemplate &&
          (await this.store.organisationKind(tx.manager, input.organisationId)) !== OrganisationKind.ICB
        ) {
          throw DomainError.badInput('isTemplate', 'only the ICB publishes ICS templates');
        }
        const owner = principal.userId;
        const runbook = await this.store.insert(tx, {
          organisationId: input.organisationId,
          title: input.title,
          description: input.description ?? '',
          categories: input.categories,
          reviewIntervalMonths: input.reviewIntervalMonths ?? this.reviews.defaultMonths,
          isTemplate: input.isTemplate ?? false,
          ownerUserId: owner,
          createdBy: owner,
        });
        tx.record({
          action: RunbookAudit.created,
          organisationId: runbook.organisationId,
          entityType: 'runbook',
          entityId: runbook.id,
          summary: `${runbook.isTemplate ? 'ICS template' : 'Runbook'} '${runbook.title}' created as a draft`,
          changes: { after: pickDraftFields(runbook) },
        });
        return toRunbook(runbook);
      },
      { actor: principal.actor },
    );
  }

  async updateDraft(principal: Principal, input: UpdateRunbookDraftInput): Promise<Runbook> {
    this.reviews.assertInterval(input.reviewIntervalMonths);
    return this.uow.run(
      async (tx) => {
        const before = await this.store.lockForChange(tx, principal, input, EDITORS);
        planTransition('edit', transitionFacts(before, principal.userId));
        const changes = definedOnly({
          title: input.title,
          description: input.description,
          categories: input.categories,
          reviewIntervalMonths: input.reviewIntervalMonths,
        });
        const after = await this.store.update(tx, before.id, changes);
        tx.record({
          action: RunbookAudit.updated,
          organisationId: after.organisationId,
          entityType: 'runbook',
          entityId: after.id,
          summary: `Runbook '${after.title}' draft edited (${Object.keys(changes).join(', ') || 'no fields'})`,
          changes: { before: pick(before, Object.keys(changes)), after: pick(after, Object.keys(changes)) },
        });
        return toRunbook(after);
      },
      { actor: principal.actor },
    );
  }

  submit(principal: Principal, ref: RunbookRef): Promise<Runbook> {
    return this.transition(principal, ref, 'submit', async (tx, runbook) => ({
      changes: { submittedBy: principal.userId, submittedAt: tx.now },
      action: RunbookAudit.submitted,
      summary: `Runbook '${runbook.title}' submitted for review`,
      notify: () => this.notices.submitted(runbook, principal.userId),
    }));
  }

  returnToDraft(principal: Principal, ref: RunbookRef & { reason?: string }): Promise<Runbook> {
    return this.transition(principal, ref, 'returnToDraft', async (_tx, runbook) => ({
      changes: { submittedBy: null, submittedAt: null },
      action: RunbookAudit.returnedToDraft,
      summary: `Runbook '${runbook.title}' returned to draft${ref.reason ? `: ${ref.reason}` : ''}`,
      extra: { reason: ref.reason ?? null },
      notify: () => this.notices.returned(runbook, principal.userId),
    }));
  }

  /** Publishes the working copy as the next immutable version; the review clock restarts. */
  approve(principal: Principal, ref: RunbookRef): Promise<Runbook> {
    return this.transition(principal, ref, 'approve', async (tx, runbook) => {
      const steps = await this.steps.ofRunbook(tx.manager, runbook.id);
      const version = await this.publisher.publish(tx, runbook, steps, principal.userId);
      return {
        changes: {
          currentVersionId: version.id,
          latestVersionNumber: version.versionNumber,
          nextReviewAt: this.reviews.nextReviewAt(tx.now, runbook.reviewIntervalMonths),
          submittedBy: null,
          submittedAt: null,
          lastReviewedAt: tx.now,
          lastReviewedBy: principal.userId,
        },
        action: RunbookAudit.approved,
        summary: `Runbook '${runbook.title}' approved as version ${version.versionNumber}`,
        extra: { versionId: version.id, versionNumber: version.versionNumber, submittedBy: runbook.submittedBy },
        notify: () => this.notices.approved(runbook, version, principal.userId),
      };
    });
  }

  revise(principal: Principal, ref: RunbookRef): Promise<Runbook> {
    return this.transition(principal, ref, 'revise', async (_tx, runbook) => ({
      changes: {},
      action: RunbookAudit.revisionStarted,
      summary: `New draft of runbook '${runbook.title}' started (version ${runbook.latestVersionNumber} stays in force)`,
    }));
  }

  /** By the owning organisation's EPRR lead, with a reason kept on the runbook (readiness reads it). */
  retire(principal: Principal, ref: RunbookRef & { reason: string }): Promise<Runbook> {
    return this.transition(principal, ref, 'retire', async (tx, runbook) => ({
      changes: {
        retiredAt: tx.now,
        retiredBy: principal.userId,
        retirementReason: ref.reason,
        submittedBy: null,
        submittedAt: null,
      },
      action: RunbookAudit.retired,
      summary: `Runbook '${runbook.title}' retired: ${ref.reason}`,
      extra: { reason: ref.reason },
    }));
  }

  /** An audited review that finds nothing to change: the review clock restarts, no version is published. */
  markReviewed(principal: Principal, ref: RunbookRef & { notes?: string }): Promise<Runbook> {
    return this.transition(principal, ref, 'markReviewed', async (tx, runbook) => {
      const nextReviewAt = this.reviews.nextReviewAt(tx.now, runbook.reviewIntervalMonths);
      return {
        changes: { nextReviewAt, lastReviewedAt: tx.now, lastReviewedBy: principal.userId },
        action: RunbookAudit.reviewed,
        summary:
          `Runbook '${runbook.title}' version ${runbook.latestVersionNumber} reviewed without change` +
          ` (next review ${nextReviewAt.toISOString().slice(0, 10)})${ref.notes ? `: ${ref.notes}` : ''}`,
        extra: {
          before: { status: runbook.status, nextReviewAt: runbook.nextReviewAt },
          after: { status: runbook.status, nextReviewAt },
          versionNumber: runbook.latestVersionNumber,
          notes: ref.notes ?? null,
        },
      };
    });
  }

  /** The owner is metadata, not versioned content: it can change in any state but RETIRED. */
  async setOwner(principal: Principal, ref: RunbookRef & { userId: string }): Promise<Runbook> {
    return this.uow.run(
      async (tx) => {
        const before = await this.store.lockForChange(tx, principal, ref, EDITORS);
        if (before.status === RunbookStatus.RETIRED)
          throw DomainError.conflict('Cannot set the owner of a retired runbook');
        if (!(await this.store.isActiveMember(tx.manager, ref.userId, before.organisationId))) {
          throw DomainError.badInput(
            'userId',
            'the owner must be an active member of the organisation that owns the runbook',
          );
        }
        const after = await this.store.update(tx, before.id, { ownerUserId: ref.userId });
        tx.record({
          action: RunbookAudit.ownerSet,
          organisationId: after.organisationId,
          entityType: 'runbook',
          entityId: after.id,
          summary: `Owner of runbook '${after.title}' set`,
          changes: { before: { ownerUserId: before.ownerUserId }, after: { ownerUserId: after.ownerUserId } },
        });
        return toRunbook(after);
      },
      { actor: principal.actor },
    );
  }

  private async transition(
    principal: Principal,
    ref: RunbookRef,
    action: RunbookAction,
    apply: (tx: Transaction, runbook: RunbookEntity) => Promise<TransitionEffect>,
  ): Promise<Runbook> {
    const roles = RunbookTransitions.rolesFor(action);
    return this.uow.run(
      async (tx) => {
        const before = await this.store.lockForChange(tx, principal, ref, roles);
        const stepCount = action === 'submit' ? (await this.steps.ofRunbook(tx.manager, before.id)).length : 0;
        const contributors = action === 'approve' ? await this.store.draftContributors(tx.manager, before.id) : [];
        const to = planTransition(action, transitionFacts(before, principal.userId, stepCount, contributors));
        const effect = await apply(tx, before);
        const after = await this.store.update(tx, before.id, { ...effect.changes, status: to });
        tx.record({
          action: effect.action,
          organisationId: after.organisationId,
          entityType: 'runbook',
          entityId: after.id,
          summary: effect.summary,
          changes: { before: { status: before.status }, after: { status: after.status }, ...effect.extra },
        });
        await effect.notify?.();
        return toRunbook(after);
      },
      { actor: principal.actor },
    );
  }
}

interface TransitionEffect {
  changes: Partial<RunbookEntity>;
  action: RunbookAuditAction;
  summary: string;
  extra?: Record<string, unknown>;
  /** Who hears of it (RunbookNotices), in the same unit of work. */
  notify?: () => Promise<unknown>;
}

function pickDraftFields(r: RunbookEntity): Record<string, unknown> {
  return pick(r, ['title', 'description', 'categories', 'reviewIntervalMonths', 'isTemplate', 'ownerUserId']);
}
