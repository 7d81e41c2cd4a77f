import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { APP_CONFIG, AppConfig, GovernanceSettings } from '@muster/platform-config';
import { DomainError } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { IncidentAccess } from '@muster/incidents';
import { GovernanceAudit, IG_ENTITY } from '../governance.audit';
import { DECISION_TYPE_LABELS, IgDecisionType, IgOutcome, NIS_OPERATOR_KINDS } from '../ig-enums';
import { IgAccess } from '../ig.access';
import { IgDecisionDetailsInput, RecordIgDecisionInput, SupersedeIgDecisionInput } from '../ig.inputs';
import { IgLive } from '../ig-live';
import { toDecision } from '../ig.mappers';
import { DecisionRow, IgStore, NewDecision, ThreadRow } from '../ig.store';
import { IgDecision } from '../ig.types';
import { IgReviewJobs } from '../notices/ig-review.jobs';
import { IgThreadsService } from '../threads/ig-threads.service';
import { suggestedReportable } from './dspt-grading';

const OUTCOME_WORDS: Record<IgOutcome, string> = {
  [IgOutcome.REPORTABLE]: 'reportable',
  [IgOutcome.NOT_REPORTABLE]: 'not reportable',
  [IgOutcome.DEFERRED_PENDING_FACTS]: 'deferred pending facts',
};

/**
 * IG decisions: recorded, superseded, never changed. Each in its own unit of work with the
 * thread's lock held, by a named IG officer of the thread's organisation. The audit event
 * says which type and outcome, never the content: its `contentSha256` ties it to the row.
 */
@Injectable()
export class IgDecisionsService {
  private readonly settings: GovernanceSettings;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly db: DataSource,
    private readonly uow: UnitOfWork,
    private readonly store: IgStore,
    private readonly threads: IgThreadsService,
    private readonly reviews: IgReviewJobs,
    private readonly live: IgLive,
  ) {
    this.settings = config.governance;
  }

  /** The first decision of its type in the thread; with a current one, CONFLICT (supersede it instead). */
  record(principal: Principal, input: RecordIgDecisionInput): Promise<IgDecision> {
    return this.uow.run(
      async (tx) => {
        const thread = await this.openThread(tx, principal, input.threadId, 'IG thread');
        const current = await this.store.currentOfType(tx.manager, thread.id, input.type);
        if (current)
          throw DomainError.conflict(
            `This thread already has a current ${DECISION_TYPE_LABELS[input.type]} decision: supersede it (supersedeIgDecision) with the reason`,
          );
        const values = this.validated(tx, thread, input.type, input.decision, principal, null, null);
        const id = await this.store.insertDecision(tx, values);
        return this.recorded(tx, principal, thread, id, values, GovernanceAudit.decisionRecorded);
      },
      { actor: principal.actor },
    );
  }

  /** A new decision of the same thread and type that supersedes the current one; the earlier stays as it was. */
  supersede(principal: Principal, input: SupersedeIgDecisionInput): Promise<IgDecision> {
    return this.uow.run(
      async (tx) => {
        const found = await this.store.decision(tx.manager, input.decisionId);
        if (!found) throw DomainError.notFound('IG decision');
        const thread = await this.openThread(tx, principal, found.threadId, 'IG decision');
        // Read again with the thread's lock held: a concurrent supersession is seen.
        const earlier = (await this.store.decision(tx.manager, found.id)) as DecisionRow;
        if (earlier.supersededByDecisionId)
          throw DomainError.conflict('That decision has already been superseded: supersede the current one');
        const values = this.validated(tx, thread, earlier.type, input.decision, principal, earlier.id, input.reason);
        const id = await this.store.insertDecision(tx, values);
        return this.recorded(tx, principal, thread, id, values, GovernanceAudit.decisionSuperseded);
      },
      { actor: principal.actor },
    );
  }

  /** Every decision of a thread the caller sees, in the order recorded, superseded ones too. */
  async history(principal: Principal, threadId: string): Promise<IgDecision[]> {
    const thread = await this.threads.visible(principal, threadId);
    const visible = IgAccess.canSeeContent(principal, thread.organisationId, thread);
    return (await this.store.decisionsOf(this.db.manager, [thread.id])).map((d) => toDecision(d, visible));
  }

  /** The thread, seen (else NOT_FOUND as `what`), recorded in by this caller (else FORBIDDEN), locked. */
  private async openThread(tx: Transaction, principal: Principal, threadId: string, what: string): Promise<ThreadRow> {
    const thread = await this.store.thread(tx.manager, threadId, IncidentAccess.icbCandidates(principal));
    IgAccess.assertCanSeeThread(principal, thread, what);
    IgAccess.assertCanRecord(principal, (thread as ThreadRow).organisationId);
    await this.store.lockThread(tx, threadId);
    return thread as ThreadRow;
  }

  private validated(
    tx: Transaction,
    thread: ThreadRow,
    type: IgDecisionType,
    d: IgDecisionDetailsInput,
    principal: Principal,
    supersedesDecisionId: string | null,
    supersedeReason: string | null,
  ): NewDecision {
    const decidedAt = d.decidedAt ?? tx.now;
    if (decidedAt.getTime() > tx.now.getTime())
      throw DomainError.badInput('decision.decidedAt', 'cannot be in the future');
    if (decidedAt.getTime() < thread.detectedAt.getTime())
      throw DomainError.badInput('decision.decidedAt', 'cannot be before the breach was detected');
    if (d.outcome === IgOutcome.DEFERRED_PENDING_FACTS && !d.reviewAt)
      throw DomainError.badInput('decision.reviewAt', 'is required when the decision is deferred pending facts');
    if (d.reviewAt && d.reviewAt.getTime() <= decidedAt.getTime())
      throw DomainError.badInput('decision.reviewAt', 'must be after the decision');
    if (
      type === IgDecisionType.NIS_NOTIFICATION &&
      d.outcome === IgOutcome.REPORTABLE &&
      !NIS_OPERATOR_KINDS.includes(thread.organisationKind)
    )
      throw DomainError.badInput(
        'decision.outcome',
        `cannot be REPORTABLE under NIS: ${thread.organisationName} is not an operator of essential services (NHS trusts and ICBs are)`,
      );
    const categories = d.data.categories.map((c) => c.trim());
    if (categories.some((c) => c === ''))
      throw DomainError.badInput('decision.data.categories', 'cannot hold a blank category');
    const suggested = suggestedReportable(d.likelihood, d.severity, this.settings);
    const against =
      d.outcome !== IgOutcome.DEFERRED_PENDING_FACTS && (d.outcome === IgOutcome.REPORTABLE) !== suggested;
    if (against && !d.againstSuggestionReason)
      throw DomainError.badInput(
        'decision.againstSuggestionReason',
        `is required: the grading (likelihood ${d.likelihood}, severity ${d.severity}) suggests ${suggested ? 'reportable' : 'not reportable'}`,
      );
    return {
      threadId: thread.id,
      type,
      outcome: d.outcome,
      reviewAt: d.reviewAt ?? null,
      dataCategories: categories,
      specialCategory: d.data.specialCategory,
      childrenOrVulnerable: d.data.childrenOrVulnerable,
      approxDataSubjects: d.data.approxDataSubjects,
      approxRecords: d.data.approxRecords,
      likelihood: d.likelihood,
      severity: d.severity,
      suggestedReportable: suggested,
      againstSuggestionReason: d.againstSuggestionReason ?? null,
      rationale: d.rationale,
      legalBasis: d.legalBasis,
      consulted: d.consulted,
      consultationNotes: d.consultationNotes ?? null,
      decidedBy: principal.userId as string,
      decidedAt,
      supersedesDecisionId,
      supersedeReason,
    };
  }

  private async recorded(
    tx: Transaction,
    principal: Principal,
    thread: ThreadRow,
    id: string,
    values: NewDecision,
    action: typeof GovernanceAudit.decisionRecorded | typeof GovernanceAudit.decisionSuperseded,
  ): Promise<IgDecision> {
    const superseding = values.supersedesDecisionId !== null;
    tx.record({
      action,
      organisationId: thread.organisationId,
      entityType: IG_ENTITY.decision,
      entityId: id,
      incidentId: thread.incidentId,
      summary: `${thread.incidentReference} IG decision for ${thread.organisationName}${superseding ? ' (supersedes an earlier one)' : ''}: ${DECISION_TYPE_LABELS[values.type]}, ${OUTCOME_WORDS[values.outcome]}`,
      changes: {
        threadId: thread.id,
        type: values.type,
        outcome: values.outcome,
        supersedesDecisionId: values.supersedesDecisionId,
        contentSha256: contentDigest(values),
      },
    });
    if (values.outcome === IgOutcome.DEFERRED_PENDING_FACTS && values.reviewAt)
      await this.reviews.schedule(tx, thread, id, values.reviewAt);
    this.live.timelineChanged(tx, thread.incidentId);
    const row = (await this.store.decision(tx.manager, id)) as DecisionRow;
    return toDecision(row, IgAccess.canSeeContent(principal, thread.organisationId, thread));
  }
}

/** The SHA-256 of the decision's content (fixed key order): the audit event proves the row unchanged without showing it. */
export function contentDigest(values: NewDecision): string {
  const ordered = Object.keys(values)
    .sort()
    .map((k) => {
      const v = values[k as keyof NewDecision];
      return [k, v instanceof Date ? v.toISOString() : v];
    });
  return createHash('sha256').update(JSON.stringify(ordered)).digest('hex');
}
