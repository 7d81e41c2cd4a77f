import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisationsService } from '@muster/identity';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { AssuranceAudit } from '../assurance.audit';
import { FrameworkStore } from '../frameworks/framework.store';
import { AssessmentStatus, isFullyMet, ratingsOf } from './assessment-enums';
import { AssessmentAction, AssessmentTransitions } from './assessment-transitions';
import { AssessmentAccess } from './assessment.access';
import {
  AssessmentChangeInput,
  RateRequirementInput,
  ReturnAssessmentInput,
  StartAssessmentInput,
  StartNextAssessmentInput,
} from './assessment.inputs';
import { toAssessment, toRating } from './assessment.mappers';
import { AssessmentNotices } from './assessment-notices';
import { AssessmentRow, AssessmentStore } from './assessment.store';
import { Assessment, AssessmentRating } from './assessment.types';

/**
 * Assessments through their lifecycle, each change in one unit of work with its audit event
 * on the assessment: start (or start the next period's as a copy), rate requirements while
 * DRAFT, submit, and the ICB's confirm and challenge — confirm, or return to DRAFT with
 * comments — then publish. Confirmed and published assessments never change.
 */
@Injectable()
export class AssessmentLifecycleService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly db: DataSource,
    private readonly store: AssessmentStore,
    private readonly frameworks: FrameworkStore,
    private readonly organisations: OrganisationsService,
    private readonly notices: AssessmentNotices,
  ) {}

  async start(principal: Principal, input: StartAssessmentInput): Promise<Assessment> {
    return this.create(principal, input.organisationId, input.frameworkId, input.period, null);
  }

  async startNext(principal: Principal, input: StartNextAssessmentInput): Promise<Assessment> {
    const icbLead = await this.organisations.isIcbEprrLead(principal);
    const previous = AssessmentAccess.assertCanSee(
      principal,
      await this.store.findById(this.db.manager, input.previousAssessmentId),
      icbLead,
    );
    return this.create(
      principal,
      previous.organisationId,
      input.frameworkId ?? previous.frameworkId,
      input.period,
      previous,
    );
  }

  private async create(
    principal: Principal,
    organisationId: string,
    frameworkId: string,
    period: string,
    previous: AssessmentRow | null,
  ): Promise<Assessment> {
    const icbLead = await this.organisations.isIcbEprrLead(principal);
    if (!AssessmentAccess.canSeeOrganisation(principal, organisationId, icbLead))
      throw DomainError.notFound('Organisation');
    return this.uow.run(
      async (tx) => {
        const [organisation] = await this.store.organisation(tx.manager, organisationId);
        if (!organisation) throw DomainError.notFound('Organisation');
        const framework = await this.frameworks.findById(tx.manager, frameworkId);
        if (!framework) throw DomainError.notFound('AssuranceFramework');
        if (!AssessmentAccess.mayEdit(principal, { organisationId, frameworkKind: framework.kind }))
          throw DomainError.forbidden();
        if (previous && previous.frameworkKind !== framework.kind)
          throw DomainError.badInput('frameworkId', 'is another kind of framework than the previous assessment');
        const id = await this.store.insert(tx, {
          organisationId,
          frameworkId,
          period,
          previousAssessmentId: previous?.id ?? null,
          createdBy: principal.userId,
        });
        const applicable = await this.store.insertRatings(tx, id, frameworkId, organisation.kind, previous?.id ?? null);
        const row = await this.mustFind(tx, id);
        tx.record({
          action: previous ? AssuranceAudit.assessmentStartedFromPrevious : AssuranceAudit.assessmentStarted,
          organisationId,
          entityType: 'assurance_assessment',
          entityId: id,
          summary: `${row.frameworkName} ${row.frameworkVersion} assessment for ${period} started (${applicable} applicable requirements${previous ? `, copied from ${previous.period}` : ''})`,
          changes: { after: { frameworkId, period, previousAssessmentId: previous?.id ?? null, applicable } },
        });
        return toAssessment(row);
      },
      { actor: principal.actor },
    );
  }

  async rate(principal: Principal, input: RateRequirementInput): Promise<AssessmentRating> {
    const icbLead = await this.organisations.isIcbEprrLead(principal);
    return this.uow.run(
      async (tx) => {
        const assessment = AssessmentAccess.assertCanEdit(
          principal,
          await this.store.lock(tx, input.assessmentId),
          icbLead,
        );
        assertAsSeen(assessment, input.version);
        AssessmentTransitions.plan('edit', this.facts(assessment, 0, 0));
        const current = await this.store.ratingOf(tx.manager, assessment.id, input.requirementId);
        if (!current) throw DomainError.notFound('Requirement');
        if (!ratingsOf(assessment.frameworkKind).includes(input.rating))
          throw DomainError.badInput(
            'rating',
            `is not a rating of this framework (${ratingsOf(assessment.frameworkKind).join(', ')})`,
          );
        if (input.ownerUserId && !(await this.store.isMember(tx.manager, input.ownerUserId, assessment.organisationId)))
          throw DomainError.badInput('ownerUserId', 'is not a member of the organisation');
        const met = isFullyMet(input.rating);
        const values = {
          rating: input.rating,
          evidence: input.evidence ?? current.evidence,
          evidenceLinks: input.evidenceLinks ?? current.evidenceLinks,
          ownerUserId: input.ownerUserId ?? current.ownerUserId,
          improvement: met ? '' : (input.improvement ?? current.improvement),
          targetDate: met ? null : (input.targetDate ?? current.targetDate),
        };
        await this.store.updateRating(tx, current.id, values);
        await this.store.touch(tx, assessment.id);
        tx.record({
          action: AssuranceAudit.requirementRated,
          organisationId: assessment.organisationId,
          entityType: 'assurance_assessment',
          entityId: assessment.id,
          summary: `${current.reference} rated ${input.rating}${met ? '' : ' (a gap)'}`,
          changes: {
            requirementId: current.requirementId,
            before: { rating: current.rating, improvement: current.improvement, targetDate: current.targetDate },
            after: { rating: values.rating, improvement: values.improvement, targetDate: values.targetDate },
          },
        });
        const updated = await this.store.findRating(tx.manager, current.id);
        if (!updated) throw DomainError.notFound('Requirement');
        return toRating(updated);
      },
      { actor: principal.actor },
    );
  }

  /**
   * Rates many requirements of a DRAFT in one unit of work with one audit event (an
   * import of a spreadsheet's ratings; the demo seed). Requirements not named keep theirs.
   */
  async rateMany(
    principal: Principal,
    assessmentId: string,
    ratings: Omit<RateRequirementInput, 'assessmentId'>[],
  ): Promise<number> {
    const icbLead = await this.organisations.isIcbEprrLead(principal);
    return this.uow.run(
      async (tx) => {
        const assessment = AssessmentAccess.assertCanEdit(principal, await this.store.lock(tx, assessmentId), icbLead);
        AssessmentTransitions.plan('edit', this.facts(assessment, 0, 0));
        const rows = new Map((await this.store.ratingsOf(tx.manager, [assessmentId])).map((r) => [r.requirementId, r]));
        const allowed = ratingsOf(assessment.frameworkKind);
        for (const [i, input] of ratings.entries()) {
          const current = rows.get(input.requirementId);
          if (!current)
            throw DomainError.badInput(`ratings.${i}.requirementId`, 'is not a requirement of this assessment');
          if (!allowed.includes(input.rating))
            throw DomainError.badInput(
              `ratings.${i}.rating`,
              `is not a rating of this framework (${allowed.join(', ')})`,
            );
          const met = isFullyMet(input.rating);
          await this.store.updateRating(tx, current.id, {
            rating: input.rating,
            evidence: input.evidence ?? current.evidence,
            evidenceLinks: input.evidenceLinks ?? current.evidenceLinks,
            ownerUserId: current.ownerUserId,
            improvement: met ? '' : (input.improvement ?? current.improvement),
            targetDate: met ? null : (input.targetDate ?? current.targetDate),
          });
        }
        await this.store.touch(tx, assessmentId);
        tx.record({
          action: AssuranceAudit.requirementsRated,
          organisationId: assessment.organisationId,
          entityType: 'assurance_assessment',
          entityId: assessmentId,
          summary: `${ratings.length} requirements rated`,
          changes: { after: ratings.map((r) => ({ requirementId: r.requirementId, rating: r.rating })) },
        });
        return ratings.length;
      },
      { actor: principal.actor },
    );
  }

  submit(principal: Principal, input: AssessmentChangeInput): Promise<Assessment> {
    return this.move(principal, input, 'submit', '');
  }

  confirm(principal: Principal, input: AssessmentChangeInput): Promise<Assessment> {
    return this.move(principal, input, 'confirm', '');
  }

  returnToDraft(principal: Principal, input: ReturnAssessmentInput): Promise<Assessment> {
    return this.move(principal, input, 'returnToDraft', input.comment);
  }

  publish(principal: Principal, input: AssessmentChangeInput): Promise<Assessment> {
    return this.move(principal, input, 'publish', '');
  }

  private async move(
    principal: Principal,
    { assessmentId: id, version }: AssessmentChangeInput,
    action: AssessmentAction,
    comment: string,
  ): Promise<Assessment> {
    const icbLead = await this.organisations.isIcbEprrLead(principal);
    return this.uow.run(
      async (tx) => {
        const locked = await this.store.lock(tx, id);
        const assessment =
          action === 'submit'
            ? AssessmentAccess.assertCanEdit(principal, locked, icbLead)
            : AssessmentAccess.assertCanConfirm(principal, locked, icbLead);
        assertAsSeen(assessment, version);
        const { unrated, gapsWithoutPlan } =
          action === 'submit' ? await this.store.completeness(tx.manager, id) : { unrated: 0, gapsWithoutPlan: 0 };
        const to = AssessmentTransitions.plan(action, { ...this.facts(assessment, unrated, gapsWithoutPlan), comment });
        await this.store.setStatus(tx, id, to, {
          ...(action === 'submit' ? { submittedAt: tx.now, returnComment: '' } : {}),
          ...(action === 'confirm' ? { confirmedAt: tx.now, confirmedBy: principal.userId } : {}),
          ...(action === 'returnToDraft' ? { returnComment: comment } : {}),
          ...(action === 'publish' ? { publishedAt: tx.now } : {}),
        });
        tx.record({
          action: {
            submit: AssuranceAudit.assessmentSubmitted,
            confirm: AssuranceAudit.assessmentConfirmed,
            returnToDraft: AssuranceAudit.assessmentReturned,
            publish: AssuranceAudit.assessmentPublished,
            edit: AssuranceAudit.requirementRated,
          }[action],
          organisationId: assessment.organisationId,
          entityType: 'assurance_assessment',
          entityId: id,
          summary: `${assessment.frameworkName} assessment for ${assessment.period} ${to === AssessmentStatus.DRAFT ? 'returned to draft' : to.toLowerCase()}`,
          changes: { before: { status: assessment.status }, after: { status: to, ...(comment ? { comment } : {}) } },
        });
        if (action === 'submit') await this.notices.submitted(tx.manager, assessment, principal.userId);
        if (action === 'returnToDraft') await this.notices.returned(assessment, principal.userId);
        if (action === 'confirm') await this.notices.confirmed(assessment, principal.userId);
        return toAssessment(await this.mustFind(tx, id));
      },
      { actor: principal.actor },
    );
  }

  private facts(a: AssessmentRow, unrated: number, gapsWithoutPlan: number) {
    return { status: a.status, unrated, gapsWithoutPlan, comment: '' };
  }

  private async mustFind(tx: Transaction, id: string): Promise<AssessmentRow> {
    const row = await this.store.findById(tx.manager, id);
    if (!row) throw DomainError.notFound('Assessment');
    return row;
  }
}

/** The caller's copy is current: an assessment changed since they read it (a version given and now older) is a CONFLICT. */
function assertAsSeen(assessment: AssessmentRow, version: number | undefined): void {
  if (version !== undefined && version !== assessment.version)
    throw DomainError.conflict(
      `This assessment was changed by someone else (now version ${assessment.version}, you had ${version}); reload it and try again`,
    );
}
