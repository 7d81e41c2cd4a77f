import { Injectable } from '@nestjs/common';
import { Assignment, AssignmentLifecycleService, AssignmentSourceKind } from '@muster/assignments';
import { OrganisationsService } from '@muster/identity';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { ExerciseAudit } from '../exercises.audit';
import { ExerciseAccess } from '../exercises/exercise.access';
import { ExerciseStore } from '../exercises/exercise.store';
import { RaiseExerciseActionsInput } from './exercise-actions.inputs';

/**
 * The action plan of an exercise: each finding raises assignments (source = the finding)
 * for the organiser or the organisations that took part, assigned by the organiser. The
 * organiser's EPRR lead or admin (or a system administrator) raises them, in one unit of
 * work with the assignments' own audit events and one on the exercise.
 */
@Injectable()
export class ExerciseActionsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly store: ExerciseStore,
    private readonly organisations: OrganisationsService,
    private readonly assignments: AssignmentLifecycleService,
  ) {}

  async raise(principal: Principal, input: RaiseExerciseActionsInput): Promise<Assignment[]> {
    const icbLead = await this.organisations.isIcbEprrLead(principal);
    return this.uow.run(
      async (tx) => {
        const finding = await this.store.findFinding(tx.manager, input.findingId);
        const exercise = finding ? await this.store.lock(tx, finding.exerciseId) : null;
        // A finding of an exercise out of sight is NOT_FOUND, like one that does not exist.
        if (!finding || !exercise || !ExerciseAccess.canSee(principal, exercise, icbLead))
          throw DomainError.notFound('Exercise finding');
        ExerciseAccess.assertCanChange(principal, exercise, icbLead);
        const taking = [exercise.organisingOrganisationId, ...exercise.participantIds];
        input.actions.forEach((a, i) => {
          if (!taking.includes(a.organisationId))
            throw DomainError.badInput(`actions.${i}.organisationId`, 'did not take part in the exercise');
        });
        const raised: Assignment[] = [];
        for (const action of input.actions) {
          raised.push(
            await this.assignments.create(
              principal,
              {
                ...action,
                source: { kind: AssignmentSourceKind.EXERCISE_FINDING, id: finding.id, exerciseId: exercise.id },
              },
              { raisedByDomain: true, assigningOrganisationId: exercise.organisingOrganisationId },
            ),
          );
        }
        await this.store.touch(tx, exercise.id);
        tx.record({
          action: ExerciseAudit.actionsRaised,
          organisationId: exercise.organisingOrganisationId,
          entityType: 'exercise',
          entityId: exercise.id,
          summary: `${raised.length} action${raised.length === 1 ? '' : 's'} raised from finding '${finding.title}' of exercise '${exercise.title}'`,
          changes: { findingId: finding.id, assignmentIds: raised.map((a) => a.id) },
        });
        return raised;
      },
      { actor: principal.actor },
    );
  }
}
