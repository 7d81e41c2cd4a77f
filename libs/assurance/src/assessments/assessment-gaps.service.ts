import { Injectable } from '@nestjs/common';
import { Assignment, AssignmentLifecycleService, AssignmentSourceKind } from '@muster/assignments';
import { OrganisationsService } from '@muster/identity';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { AssuranceAudit } from '../assurance.audit';
import { isFullyMet } from './assessment-enums';
import { AssessmentAccess } from './assessment.access';
import { RaiseAssessmentGapActionInput } from './assessment.inputs';
import { AssessmentStore } from './assessment.store';

/**
 * A gap raises an assignment in one step (source ASSESSMENT_GAP, id = the gap), for the
 * organisation itself, by those who edit its assessment. The action does not change the
 * rating: when it is done, the organisation re-rates. An assessment past DRAFT still has
 * its gaps actioned (the plan of a confirmed one is carried out during the year).
 */
@Injectable()
export class AssessmentGapsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly store: AssessmentStore,
    private readonly organisations: OrganisationsService,
    private readonly assignments: AssignmentLifecycleService,
  ) {}

  async raiseAction(principal: Principal, input: RaiseAssessmentGapActionInput): Promise<Assignment> {
    const icbLead = await this.organisations.isIcbEprrLead(principal);
    return this.uow.run(
      async (tx) => {
        const gap = await this.store.findRating(tx.manager, input.gapId);
        const assessment = gap ? await this.store.lock(tx, gap.assessmentId) : null;
        AssessmentAccess.assertCanSee(principal, assessment, icbLead);
        if (!gap || !assessment) throw DomainError.notFound('Assessment gap');
        AssessmentAccess.assertCanEdit(principal, assessment, icbLead);
        if (gap.rating === null || isFullyMet(gap.rating))
          throw DomainError.conflict(
            `${gap.reference} is not a gap: it is ${gap.rating ? 'fully met' : 'not rated yet'}`,
          );
        const targetDate = gap.targetDate ? new Date(`${gap.targetDate}T17:00:00Z`) : undefined;
        const assignment = await this.assignments.create(
          principal,
          {
            organisationId: assessment.organisationId,
            teamId: input.teamId,
            assigneeId: input.assigneeId,
            title: input.title ?? `${gap.reference} ${gap.title}`.slice(0, 200),
            description: gap.improvement,
            function: input.function,
            priority: input.priority,
            dueAt: input.dueAt ?? targetDate,
            source: { kind: AssignmentSourceKind.ASSESSMENT_GAP, id: gap.id },
          },
          { raisedByDomain: true, assigningOrganisationId: assessment.organisationId },
        );
        tx.record({
          action: AssuranceAudit.gapActionRaised,
          organisationId: assessment.organisationId,
          entityType: 'assurance_assessment',
          entityId: assessment.id,
          summary: `Action raised from the gap in ${gap.reference} of the ${assessment.period} assessment`,
          changes: { gapId: gap.id, assignmentId: assignment.id },
        });
        return assignment;
      },
      { actor: principal.actor },
    );
  }
}
