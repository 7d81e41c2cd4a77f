import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { definedOnly, pick } from '../object-utils';
import { RunbookAudit, RunbookAuditAction } from '../runbooks.audit';
import { toRunbook } from '../runbooks.mappers';
import { planTransition, transitionFacts, RunbookTransitions } from '../runbooks/runbook-transitions';
import { RunbookEntity } from '../runbooks/runbook.entity';
import { RunbookRef, RunbookStore } from '../runbooks/runbook.store';
import { Runbook } from '../runbooks/runbook.types';
import { RunbookStepEntity } from './runbook-step.entity';
import {
  AddRunbookStepInput,
  MAX_STEPS,
  RemoveRunbookStepInput,
  ReorderRunbookStepsInput,
  UpdateRunbookStepInput,
} from './runbook-step.inputs';
import { RunbookStepStore } from './runbook-step.store';
import { DEFAULT_CLOCK_ANCHOR } from './step-clock-anchor';
import { stepAssignee } from './step-assignee';
import { assertValidDependencies, dependentsOf } from './step-dependencies';

const EDITORS = RunbookTransitions.rolesFor('edit');
const STEP = 'Runbook step';
const STEP_FIELDS = [
  'title',
  'function',
  'responsibleRole',
  'designation',
  'instructions',
  'targetMinutes',
  'clockAnchor',
  'mandatory',
  'dependsOn',
] as const;

interface Draft {
  runbook: RunbookEntity;
  steps: RunbookStepEntity[];
}

/** Editing the steps of a runbook's draft: add, change, reorder, remove. */
@Injectable()
export class RunbookStepsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly store: RunbookStore,
    private readonly stepStore: RunbookStepStore,
  ) {}

  async add(principal: Principal, input: AddRunbookStepInput): Promise<Runbook> {
    return this.uow.run(
      async (tx) => {
        const { runbook, steps } = await this.openDraft(tx, principal, { id: input.runbookId, version: input.version });
        if (steps.length >= MAX_STEPS)
          throw DomainError.badInput('runbookId', `a runbook has at most ${MAX_STEPS} steps`);
        const position = input.position ?? steps.length + 1;
        if (position > steps.length + 1)
          throw DomainError.badInput('position', `must be between 1 and ${steps.length + 1}`);
        // The dependencies (ids) are checked before who carries the step out, so a step id of
        // another runbook is refused exactly like a missing one, whatever else is wrong.
        const unassigned = { function: null, responsibleRole: null, designation: null };
        const step: RunbookStepEntity = {
          id: randomUUID(),
          runbookId: runbook.id,
          position,
          title: input.title,
          ...unassigned,
          instructions: input.instructions ?? '',
          targetMinutes: input.targetMinutes ?? null,
          clockAnchor: input.clockAnchor ?? DEFAULT_CLOCK_ANCHOR,
          mandatory: input.mandatory ?? true,
          dependsOn: input.dependsOn ?? [],
          templateStepId: null,
        };
        const shifted = steps.map((s) => (s.position >= position ? { ...s, position: s.position + 1 } : s));
        assertValidDependencies([...shifted, step], 'dependsOn');
        Object.assign(step, stepAssignee(null, input));
        await this.stepStore.insertAt(tx, step);
        return this.touch(
          tx,
          runbook,
          RunbookAudit.stepAdded,
          `Step ${position} '${step.title}' added to runbook '${runbook.title}'`,
          {
            after: pickStep(step),
          },
        );
      },
      { actor: principal.actor },
    );
  }

  async update(principal: Principal, input: UpdateRunbookStepInput): Promise<Runbook> {
    return this.uow.run(
      async (tx) => {
        const runbookId = await this.stepStore.runbookOf(tx.manager, input.stepId);
        const { runbook, steps } = await this.openDraft(tx, principal, { id: runbookId, version: input.version }, STEP);
        const before = stepOf(steps, input.stepId);
        const assignee = stepAssignee(before, input);
        // The assignee fields given, and those the change of kind (designation ↔ role) clears.
        const assigneeChanges = Object.fromEntries(
          (['function', 'responsibleRole', 'designation'] as const)
            .filter((k) => input[k] !== undefined || assignee[k] !== before[k])
            .map((k) => [k, assignee[k]]),
        );
        const changes: Partial<RunbookStepEntity> = definedOnly({
          title: input.title,
          ...assigneeChanges,
          instructions: input.instructions,
          mandatory: input.mandatory,
          dependsOn: input.dependsOn,
          clockAnchor: input.clockAnchor,
          targetMinutes: input.clearTargetTime ? null : input.targetMinutes,
        });
        const after = { ...before, ...changes };
        assertValidDependencies(
          steps.map((s) => (s.id === after.id ? after : s)),
          'dependsOn',
        );
        await this.stepStore.update(tx, before.id, changes);
        const fields = Object.keys(changes);
        return this.touch(
          tx,
          runbook,
          RunbookAudit.stepUpdated,
          `Step ${before.position} '${after.title}' of runbook '${runbook.title}' changed (${fields.join(', ') || 'no fields'})`,
          { stepId: before.id, before: pickStep(before, fields), after: pickStep(after, fields) },
        );
      },
      { actor: principal.actor },
    );
  }

  async reorder(principal: Principal, input: ReorderRunbookStepsInput): Promise<Runbook> {
    return this.uow.run(
      async (tx) => {
        const { runbook, steps } = await this.openDraft(tx, principal, { id: input.runbookId, version: input.version });
        const known = new Set(steps.map((s) => s.id));
        if (
          input.stepIds.length !== steps.length ||
          new Set(input.stepIds).size !== steps.length ||
          !input.stepIds.every((id) => known.has(id))
        ) {
          throw DomainError.badInput(
            'stepIds',
            `must list every step of the runbook exactly once (${steps.length} steps)`,
          );
        }
        const positionOf = new Map(input.stepIds.map((id, i) => [id, i + 1]));
        assertValidDependencies(
          steps.map((s) => ({ ...s, position: positionOf.get(s.id) as number })),
          'stepIds',
        );
        await this.stepStore.reorder(tx, runbook.id, input.stepIds);
        return this.touch(tx, runbook, RunbookAudit.stepsReordered, `Steps of runbook '${runbook.title}' reordered`, {
          before: steps.map((s) => s.id),
          after: input.stepIds,
        });
      },
      { actor: principal.actor },
    );
  }

  async remove(principal: Principal, input: RemoveRunbookStepInput): Promise<Runbook> {
    return this.uow.run(
      async (tx) => {
        const runbookId = await this.stepStore.runbookOf(tx.manager, input.stepId);
        const { runbook, steps } = await this.openDraft(tx, principal, { id: runbookId, version: input.version }, STEP);
        const step = stepOf(steps, input.stepId);
        const dependents = dependentsOf(steps, step.id);
        if (dependents.length) {
          const names = dependents.map((d) => `step ${d.position} '${d.title}'`).join(', ');
          throw DomainError.conflict(
            `Cannot remove step ${step.position} '${step.title}': ${names} depend${dependents.length > 1 ? '' : 's'} on it; remove that dependency first`,
          );
        }
        await this.stepStore.remove(tx, step);
        return this.touch(
          tx,
          runbook,
          RunbookAudit.stepRemoved,
          `Step ${step.position} '${step.title}' removed from runbook '${runbook.title}'`,
          {
            before: pickStep(step),
          },
        );
      },
      { actor: principal.actor },
    );
  }

  /**
   * Locks the runbook, checks the caller may edit it and that it is a draft; loads its
   * steps. `entity` names what was asked for in NOT_FOUND: a step of a runbook out of
   * sight is reported like a missing step, not as the runbook it would reveal exists.
   */
  private async openDraft(tx: Transaction, principal: Principal, ref: RunbookRef, entity = 'Runbook'): Promise<Draft> {
    const runbook = await this.store.lockForChange(tx, principal, ref, EDITORS, entity);
    planTransition('edit', transitionFacts(runbook, principal.userId));
    return { runbook, steps: await this.stepStore.ofRunbook(tx.manager, runbook.id) };
  }

  /** Every step change moves the runbook's version on (its optimistic lock covers its steps). */
  private async touch(
    tx: Transaction,
    runbook: RunbookEntity,
    action: RunbookAuditAction,
    summary: string,
    changes: Record<string, unknown>,
  ): Promise<Runbook> {
    const after = await this.store.update(tx, runbook.id, {});
    tx.record({
      action,
      organisationId: runbook.organisationId,
      entityType: 'runbook',
      entityId: runbook.id,
      summary,
      changes,
    });
    return toRunbook(after);
  }
}

/** The step of the locked draft (its runbook was found from the step, under the lock it is still there). */
function stepOf(steps: readonly RunbookStepEntity[], id: string): RunbookStepEntity {
  const step = steps.find((s) => s.id === id);
  if (!step) throw DomainError.notFound(STEP);
  return step;
}

function pickStep(step: RunbookStepEntity, fields: readonly string[] = STEP_FIELDS): Record<string, unknown> {
  return pick(step, ['id', 'position', ...fields]);
}
