import { Injectable } from '@nestjs/common';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { OrganisationsService } from '@muster/identity';
import { ExerciseAudit } from '../exercises.audit';
import { toExercise, toFinding } from '../exercises.mappers';
import { EXERCISE_TYPE_WORDS } from './exercise-enums';
import { ExerciseNotices } from './exercise-notices';
import { ExerciseAccess } from './exercise.access';
import {
  AddExercisedRunbooksInput,
  AddExerciseParticipantsInput,
  RecordExerciseFindingInput,
  RecordExerciseInput,
} from './exercise.inputs';
import { ExerciseRow, ExerciseStore } from './exercise.store';
import { Exercise, ExerciseFinding } from './exercise.types';

/**
 * Recording exercises: the exercise, then the organisations that took part, the runbooks
 * it tested and its findings — each appended in its own unit of work with an audit event
 * on the exercise. Only the organising organisation's EPRR lead or admin (or a system
 * administrator) records; the record is evidence for the annual EPRR assurance.
 */
@Injectable()
export class ExerciseRecordingService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly store: ExerciseStore,
    private readonly organisations: OrganisationsService,
    private readonly notices: ExerciseNotices,
  ) {}

  async record(principal: Principal, input: RecordExerciseInput): Promise<Exercise> {
    const organiser = input.organisingOrganisationId;
    ExerciseAccess.assertCanRecordFor(principal, organiser, await this.organisations.isIcbEprrLead(principal));
    return this.uow.run(
      async (tx) => {
        if (input.heldAt.getTime() > tx.now.getTime())
          throw DomainError.badInput('heldAt', 'is in the future: record an exercise once it has been held');
        const participants = [...new Set(input.participantOrganisationIds ?? [])].filter((id) => id !== organiser);
        await this.assertOrganisationsExist(tx, [organiser, ...participants]);
        const id = await this.store.insert(tx, {
          type: input.type,
          theme: input.theme,
          title: input.title,
          scenario: input.scenario ?? '',
          heldAt: input.heldAt,
          organisingOrganisationId: organiser,
          recordedBy: principal.userId,
        });
        const added = participants.length ? await this.store.addParticipants(tx, id, participants) : [];
        const runbooks = await this.addRunbooks(tx, id, [organiser, ...participants], input.runbookIds ?? []);
        tx.record({
          action: ExerciseAudit.recorded,
          organisationId: organiser,
          entityType: 'exercise',
          entityId: id,
          summary: `${capitalise(EXERCISE_TYPE_WORDS[input.type])} '${input.title}' held ${input.heldAt.toISOString().slice(0, 10)} recorded`,
          changes: {
            after: {
              type: input.type,
              theme: input.theme,
              title: input.title,
              heldAt: input.heldAt.toISOString(),
              participants: added.map((p) => p.organisationId),
              runbooks: runbooks.map((r) => ({ runbookId: r.runbookId, versionNumber: r.versionNumber })),
            },
          },
        });
        return toExercise(await this.reread(tx, id));
      },
      { actor: principal.actor },
    );
  }

  async addParticipants(principal: Principal, input: AddExerciseParticipantsInput): Promise<Exercise> {
    return this.changing(principal, input.exerciseId, async (tx, exercise) => {
      await this.assertOrganisationsExist(tx, input.organisationIds);
      const wanted = input.organisationIds.filter((id) => id !== exercise.organisingOrganisationId);
      const added = await this.store.addParticipants(tx, exercise.id, wanted);
      if (added.length === 0) {
        tx.nothingToRecord();
        return toExercise(exercise);
      }
      await this.store.touch(tx, exercise.id);
      tx.record({
        action: ExerciseAudit.participantsAdded,
        organisationId: exercise.organisingOrganisationId,
        entityType: 'exercise',
        entityId: exercise.id,
        summary: `${added.map((p) => p.name).join(', ')} added to exercise '${exercise.title}'`,
        changes: { added: added.map((p) => p.organisationId) },
      });
      return toExercise(await this.reread(tx, exercise.id));
    });
  }

  async addRunbooksExercised(principal: Principal, input: AddExercisedRunbooksInput): Promise<Exercise> {
    return this.changing(principal, input.exerciseId, async (tx, exercise) => {
      const organisations = [exercise.organisingOrganisationId, ...exercise.participantIds];
      const added = await this.addRunbooks(tx, exercise.id, organisations, input.runbookIds);
      if (added.length === 0) {
        tx.nothingToRecord();
        return toExercise(exercise);
      }
      await this.store.touch(tx, exercise.id);
      tx.record({
        action: ExerciseAudit.runbooksAdded,
        organisationId: exercise.organisingOrganisationId,
        entityType: 'exercise',
        entityId: exercise.id,
        summary: `Exercise '${exercise.title}' tested ${added.map((r) => `'${r.title}'`).join(', ')}`,
        changes: { added: added.map((r) => ({ runbookId: r.runbookId, versionNumber: r.versionNumber })) },
      });
      if ((await this.store.findingCount(tx.manager, exercise.id)) > 0) {
        const tested = await this.store.testedRunbooks(
          tx.manager,
          exercise.id,
          added.map((r) => r.runbookId),
        );
        await this.notices.reviewAfterLessons(exercise, tested, principal.userId);
      }
      return toExercise(await this.reread(tx, exercise.id));
    });
  }

  async recordFinding(principal: Principal, input: RecordExerciseFindingInput): Promise<ExerciseFinding> {
    return this.changing(principal, input.exerciseId, async (tx, exercise) => {
      const concerned = input.organisationId ?? null;
      if (concerned && ![exercise.organisingOrganisationId, ...exercise.participantIds].includes(concerned))
        throw DomainError.badInput('organisationId', 'did not take part in the exercise');
      const first = (await this.store.findingCount(tx.manager, exercise.id)) === 0;
      const finding = await this.store.insertFinding(tx, {
        exerciseId: exercise.id,
        organisationId: concerned,
        title: input.title,
        detail: input.detail ?? '',
        recordedBy: principal.userId,
      });
      await this.store.touch(tx, exercise.id);
      tx.record({
        action: ExerciseAudit.findingRecorded,
        organisationId: exercise.organisingOrganisationId,
        entityType: 'exercise',
        entityId: exercise.id,
        summary: `Finding of exercise '${exercise.title}': ${input.title}`,
        changes: { findingId: finding.id, title: finding.title, detail: finding.detail, organisationId: concerned },
      });
      // The first lessons make every runbook it tested due for review.
      if (first)
        await this.notices.reviewAfterLessons(
          exercise,
          await this.store.testedRunbooks(tx.manager, exercise.id),
          principal.userId,
        );
      return toFinding(finding);
    });
  }

  /** Locks the exercise after checking the caller may change it, then runs `change`. */
  private async changing<T>(
    principal: Principal,
    exerciseId: string,
    change: (tx: Transaction, exercise: ExerciseRow) => Promise<T>,
  ): Promise<T> {
    const icbLead = await this.organisations.isIcbEprrLead(principal);
    return this.uow.run(
      async (tx) => {
        const exercise = await this.store.lock(tx, exerciseId);
        ExerciseAccess.assertCanChange(principal, exercise, icbLead);
        return change(tx, exercise as ExerciseRow);
      },
      { actor: principal.actor },
    );
  }

  private async assertOrganisationsExist(tx: Transaction, ids: readonly string[]): Promise<void> {
    const found = await this.store.existingOrganisations(tx.manager, ids);
    if (ids.some((id) => !found.has(id))) throw DomainError.notFound('Organisation');
  }

  /**
   * Adds runbooks of the exercise's organisations (not templates, not retired); any other id
   * is NOT_FOUND, like a runbook that does not exist.
   */
  private async addRunbooks(tx: Transaction, exerciseId: string, organisations: readonly string[], ids: string[]) {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return [];
    const candidates = await this.store.runbookCandidates(tx.manager, wanted);
    const usable = candidates.filter((r) => !r.isTemplate && organisations.includes(r.organisationId));
    if (usable.length !== wanted.length) throw DomainError.notFound('Runbook');
    return this.store.addRunbooks(tx, exerciseId, wanted);
  }

  private async reread(tx: Transaction, id: string): Promise<ExerciseRow> {
    const row = await this.store.findById(tx.manager, id);
    if (!row) throw new Error(`Exercise ${id} vanished inside its own transaction`);
    return row;
  }
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
