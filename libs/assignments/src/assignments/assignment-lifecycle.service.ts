import { Injectable } from '@nestjs/common';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { AdvisoryLock, Transaction, UnitOfWork } from '@muster/platform-database';
import { AssignmentAudit, AssignmentAuditAction, ASSIGNMENT_ENTITY } from '../assignments.audit';
import { toAssignment } from '../assignments.mappers';
import { incidentCaller } from '../incident-sight';
import { AssignmentLive } from '../live/assignment-live';
import { AssignmentRow } from './assignment-columns';
import { AssignmentPriority, AssignmentSourceKind, DOMAIN_RAISED_SOURCES } from './assignment-enums';
import { Asked, AssignmentGate, OpenedAssignment } from './assignment-gate';
import { AssignmentNotices, dueWords } from './assignment-notices';
import { AssignmentAction, AssignmentFacts, MANAGER_ROLES } from './assignment-transitions';
import { AssignmentAccess } from './assignment.access';
import {
  AddAssignmentEvidenceInput,
  AssignmentChangeInput,
  AssignmentNoteInput,
  AssignmentReasonInput,
  AssignmentSourceInput,
  ChangeAssignmentDueInput,
  CompleteAssignmentInput,
  CreateAssignmentInput,
  ReassignAssignmentInput,
  SetAssignmentDependenciesInput,
} from './assignment.inputs';
import { AssignmentChanges, AssignmentStore } from './assignment.store';
import { Assignment } from './assignment.types';
import { OverdueEscalationJobs } from './overdue-escalation.jobs';

interface ChangeEffect {
  changes: AssignmentChanges;
  action: AssignmentAuditAction;
  summary: string;
  extra?: Record<string, unknown>;
  /** Work in the same unit of work once the row is written (evidence, dependencies, notices). */
  after?: (row: AssignmentRow) => Promise<unknown>;
}

/**
 * Creating assignments and moving them through their lifecycle (the transition table).
 * `create` is the way other domains (exercises, readiness, lessons) raise one: it joins
 * the caller's unit of work when called inside one.
 */
@Injectable()
export class AssignmentLifecycleService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly store: AssignmentStore,
    private readonly gate: AssignmentGate,
    private readonly notices: AssignmentNotices,
    private readonly overdue: OverdueEscalationJobs,
    private readonly live: AssignmentLive,
  ) {}

  /**
   * A new OPEN assignment owned by `input.organisationId`, assigned from the owner itself
   * (its leads), an ICB (its leads) or, on an incident, by its commander (AssignmentAccess.assigningSide).
   */
  create(
    principal: Principal,
    input: CreateAssignmentInput,
    {
      raisedByDomain = false,
      assigningOrganisationId: assignedBy,
    }: {
      /** A domain that checked the source itself (exercises: the finding) raises it. */
      raisedByDomain?: boolean;
      /** That domain's decision of who assigns it (an exercise's organiser), its access checked there. */
      assigningOrganisationId?: string;
    } = {},
  ): Promise<Assignment> {
    return this.uow.run(
      async (tx) => {
        const source = input.source ?? { kind: AssignmentSourceKind.MANUAL };
        // The incident first: one out of sight is NOT_FOUND whatever else the source says.
        const incident = source.incidentId
          ? await this.store.incident(tx.manager, source.incidentId, incidentCaller(principal))
          : null;
        if (source.incidentId && !incident?.sees) throw DomainError.notFound('Incident');
        // An exercise finding's actions are raised by the exercises library, which checks the finding.
        if (DOMAIN_RAISED_SOURCES.includes(source.kind) && !raisedByDomain)
          throw DomainError.badInput(
            'source.kind',
            'is raised by the domain it comes from (an exercise finding with raiseExerciseActions, an assessment gap, a posture breach or a cyber alert by assurance)',
          );
        checkSource(source);
        if (incident && !incident.organisationIds.includes(input.organisationId))
          throw DomainError.badInput('organisationId', "is not the incident's lead or an affected organisation");
        if (incident && source.kind === AssignmentSourceKind.INCIDENT_LESSON) {
          if (!(await this.store.isLessonOf(tx.manager, source.id as string, incident.id)))
            throw DomainError.badInput('source.id', 'is not a lesson recorded on the incident');
        }
        const candidates = principal.grants.filter((g) => MANAGER_ROLES.includes(g.role)).map((g) => g.organisationId);
        const icbIds = await this.store.icbIds(tx.manager, [...new Set(candidates)]);
        const assigningOrganisationId =
          raisedByDomain && assignedBy
            ? assignedBy
            : AssignmentAccess.assigningSide(
                principal,
                input.organisationId,
                icbIds,
                incident && { leadOrganisationId: incident.leadOrganisationId, commanderIds: incident.commanderIds },
              );
        if (input.teamId) {
          const team = await this.store.team(tx.manager, input.teamId);
          if (!team || team.organisationId !== input.organisationId)
            throw DomainError.badInput('teamId', 'is not a team of the owning organisation');
          if (team.function !== input.function)
            throw DomainError.badInput('teamId', `is a team of ${team.function}, not of ${input.function}`);
        }
        if (input.assigneeId && !(await this.store.isActiveMember(tx.manager, input.assigneeId, input.organisationId)))
          throw DomainError.badInput('assigneeId', 'is not an active member of the owning organisation');
        const dependsOn = [...new Set(input.dependsOn ?? [])];
        await this.assertDependencies(tx, principal, dependsOn);
        const a = await this.store.insert(tx, {
          title: input.title,
          description: input.description ?? '',
          function: input.function,
          organisationId: input.organisationId,
          teamId: input.teamId ?? null,
          assigneeUserId: input.assigneeId ?? null,
          assigningOrganisationId,
          sourceKind: source.kind,
          sourceId: source.id ?? null,
          incidentId: source.incidentId ?? null,
          exerciseId: source.exerciseId ?? null,
          runbookStepId: null,
          priority: input.priority ?? AssignmentPriority.MEDIUM,
          mandatory: input.mandatory ?? false,
          dueAt: input.dueAt ?? null,
          createdBy: principal.userId,
        });
        if (dependsOn.length) await this.store.setDependencies(tx, a.id, dependsOn);
        this.record(tx, a, AssignmentAudit.created, `Assignment "${a.title}" created, due ${dueWords(a.dueAt)}`, {
          after: {
            title: a.title,
            function: a.function,
            organisationId: a.organisationId,
            teamId: a.teamId,
            assigneeUserId: a.assigneeUserId,
            assigningOrganisationId,
            source: { kind: a.sourceKind, id: a.sourceId, incidentId: a.incidentId, exerciseId: a.exerciseId },
            priority: a.priority,
            mandatory: a.mandatory,
            dueAt: a.dueAt,
            dependsOn,
          },
        });
        await this.notices.assigned(a, principal.userId);
        await this.overdue.schedule(tx, a);
        this.live.changed(tx, a.organisationId, [a.id], a.incidentId);
        return toAssignment(a);
      },
      { actor: principal.actor },
    );
  }

  acknowledge(principal: Principal, input: AssignmentNoteInput): Promise<Assignment> {
    return this.change(principal, input, 'acknowledge', {}, (o, tx) => ({
      changes: { acknowledgedAt: tx.now },
      action: AssignmentAudit.acknowledged,
      summary: withNote(`Assignment "${o.assignment.title}" acknowledged`, input.note),
      extra: { note: input.note ?? null },
    }));
  }

  start(principal: Principal, input: AssignmentNoteInput): Promise<Assignment> {
    return this.change(principal, input, 'start', {}, (o, tx) => ({
      changes: { startedAt: tx.now },
      action: AssignmentAudit.started,
      summary: withNote(`Assignment "${o.assignment.title}" started`, input.note),
      extra: { note: input.note ?? null },
    }));
  }

  block(principal: Principal, input: AssignmentReasonInput): Promise<Assignment> {
    return this.change(principal, input, 'block', { reason: input.reason }, (o) => ({
      changes: { statusReason: input.reason },
      action: AssignmentAudit.blocked,
      summary: `Assignment "${o.assignment.title}" blocked: ${input.reason}`,
      extra: { reason: input.reason },
      after: (row) => this.notices.blocked(row, principal.userId),
    }));
  }

  unblock(principal: Principal, input: AssignmentNoteInput): Promise<Assignment> {
    return this.change(principal, input, 'unblock', {}, (o) => ({
      changes: { statusReason: null },
      action: AssignmentAudit.unblocked,
      summary: withNote(`Assignment "${o.assignment.title}" unblocked`, input.note),
      extra: { note: input.note ?? null },
    }));
  }

  /** IN_PROGRESS → DONE; a mandatory one needs evidence, added before or given here. */
  complete(principal: Principal, input: CompleteAssignmentInput): Promise<Assignment> {
    const given = input.evidence ? 1 : 0;
    return this.uow.run(
      async (tx) => {
        return this.changeIn(
          tx,
          principal,
          input,
          'complete',
          (ctx) => ({ evidenceCount: ctx.evidenceCount + given }),
          (o) => ({
            changes: { closedAt: tx.now },
            action: AssignmentAudit.completed,
            summary: `Assignment "${o.assignment.title}" done`,
            extra: { evidence: input.evidence ?? null },
            after: async (row) => {
              if (input.evidence)
                await this.store.insertEvidence(
                  tx,
                  row.id,
                  input.evidence.text,
                  input.evidence.links ?? [],
                  principal.userId,
                );
            },
          }),
        );
      },
      { actor: principal.actor },
    );
  }

  cancel(principal: Principal, input: AssignmentReasonInput): Promise<Assignment> {
    return this.change(principal, input, 'cancel', { reason: input.reason }, (o, tx) => ({
      changes: { statusReason: input.reason, closedAt: tx.now },
      action: AssignmentAudit.cancelled,
      summary: `Assignment "${o.assignment.title}" cancelled: ${input.reason}`,
      extra: { reason: input.reason },
    }));
  }

  waive(principal: Principal, input: AssignmentReasonInput): Promise<Assignment> {
    return this.change(principal, input, 'waive', { reason: input.reason }, (o, tx) => ({
      changes: { statusReason: input.reason, closedAt: tx.now },
      action: AssignmentAudit.waived,
      summary: `Assignment "${o.assignment.title}" waived: ${input.reason}`,
      extra: { reason: input.reason },
    }));
  }

  /** Another team or person of the owning organisation; the history keeps who had it. */
  reassign(principal: Principal, input: ReassignAssignmentInput): Promise<Assignment> {
    return this.uow.run(
      async (tx) => {
        const opened = await this.gate.open(tx, principal, input, 'reassign');
        const a = opened.assignment;
        const teamId = input.teamId ?? a.teamId;
        const assigneeUserId = input.clearAssignee ? null : (input.assigneeId ?? a.assigneeUserId);
        if (input.teamId) {
          const team = await this.store.team(tx.manager, input.teamId);
          if (!team || team.organisationId !== a.organisationId)
            throw DomainError.badInput('teamId', 'is not a team of the owning organisation');
        }
        if (input.assigneeId && !(await this.store.isActiveMember(tx.manager, input.assigneeId, a.organisationId)))
          throw DomainError.badInput('assigneeId', 'is not an active member of the owning organisation');
        if (teamId === a.teamId && assigneeUserId === a.assigneeUserId)
          throw DomainError.badInput('assigneeId', 'give another team or person: it is with these already');
        return this.apply(tx, opened, {
          changes: { teamId, assigneeUserId },
          action: AssignmentAudit.reassigned,
          summary: withNote(`Assignment "${a.title}" reassigned`, input.note),
          extra: {
            before: { teamId: a.teamId, assigneeUserId: a.assigneeUserId },
            after: { teamId, assigneeUserId },
            note: input.note ?? null,
          },
          after: (row) => this.notices.assigned(row, principal.userId),
        });
      },
      { actor: principal.actor },
    );
  }

  /** A new due time (or none), with a reason; its escalation follows the new time. */
  changeDue(principal: Principal, input: ChangeAssignmentDueInput): Promise<Assignment> {
    const dueAt = input.dueAt ?? null;
    return this.change(principal, input, 'changeDue', { reason: input.reason }, (o) => ({
      changes: { dueAt },
      action: AssignmentAudit.dueChanged,
      summary: `Assignment "${o.assignment.title}" now due ${dueWords(dueAt)}: ${input.reason}`,
      extra: { before: { dueAt: o.assignment.dueAt }, after: { dueAt }, reason: input.reason },
    }));
  }

  addEvidence(principal: Principal, input: AddAssignmentEvidenceInput): Promise<Assignment> {
    return this.change(principal, input, 'addEvidence', {}, (o, tx) => ({
      changes: {},
      action: AssignmentAudit.evidenceAdded,
      summary: `Evidence added to assignment "${o.assignment.title}"`,
      extra: { evidence: input.evidence },
      after: (row) =>
        this.store.insertEvidence(tx, row.id, input.evidence.text, input.evidence.links ?? [], principal.userId),
    }));
  }

  /** Replaces what it waits for; a change that would close a cycle is refused, naming it. */
  setDependencies(principal: Principal, input: SetAssignmentDependenciesInput): Promise<Assignment> {
    const dependsOn = [...new Set(input.dependsOn)];
    return this.uow.run(
      async (tx) => {
        const opened = await this.gate.open(tx, principal, input, 'setDependencies');
        if (dependsOn.includes(input.id))
          throw DomainError.badInput('dependsOn', 'an assignment cannot wait for itself');
        await this.assertDependencies(tx, principal, dependsOn);
        // Dependency changes take turns: two concurrent ones could otherwise each close half a cycle.
        await AdvisoryLock.wait(tx, 'assignments.dependencies');
        const cycle = await this.store.cycleThrough(tx.manager, input.id, dependsOn);
        if (cycle.length) {
          throw DomainError.badInput(
            'dependsOn',
            `would form a cycle: "${opened.assignment.title}" → ${cycle.map((t) => `"${t}"`).join(' → ')}`,
          );
        }
        return this.apply(tx, opened, {
          changes: {},
          action: AssignmentAudit.dependenciesSet,
          summary: `Assignment "${opened.assignment.title}" now waits for ${dependsOn.length} other(s)`,
          extra: { dependsOn },
          after: () => this.store.setDependencies(tx, input.id, dependsOn),
        });
      },
      { actor: principal.actor },
    );
  }

  private async assertDependencies(tx: Transaction, principal: Principal, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    const found = await this.store.found(tx.manager, ids);
    const seen = new Set(found.filter((s) => AssignmentAccess.canSee(principal, s)).map((s) => s.id));
    if (ids.some((id) => !seen.has(id)))
      throw DomainError.badInput('dependsOn', 'names an assignment that does not exist');
  }

  private change(
    principal: Principal,
    ref: AssignmentChangeInput,
    action: AssignmentAction,
    asked: Partial<AssignmentFacts>,
    effect: (opened: OpenedAssignment, tx: Transaction) => ChangeEffect,
  ): Promise<Assignment> {
    return this.uow.run((tx) => this.changeIn(tx, principal, ref, action, asked, (o) => effect(o, tx)), {
      actor: principal.actor,
    });
  }

  private async changeIn(
    tx: Transaction,
    principal: Principal,
    ref: AssignmentChangeInput,
    action: AssignmentAction,
    asked: Asked,
    effect: (opened: OpenedAssignment) => ChangeEffect,
  ): Promise<Assignment> {
    const opened = await this.gate.open(tx, principal, ref, action, asked);
    return this.apply(tx, opened, effect(opened));
  }

  private async apply(tx: Transaction, opened: OpenedAssignment, effect: ChangeEffect): Promise<Assignment> {
    const before = opened.assignment;
    const after = await this.store.update(tx, before.id, { ...effect.changes, status: opened.to });
    this.record(tx, after, effect.action, effect.summary, {
      before: { status: before.status, version: before.version },
      after: { status: after.status, version: after.version },
      ...effect.extra,
    });
    await effect.after?.(after);
    if (effect.changes.dueAt !== undefined) await this.overdue.schedule(tx, after);
    this.live.changed(tx, after.organisationId, [after.id], after.incidentId);
    return toAssignment(after);
  }

  private record(
    tx: Transaction,
    a: AssignmentRow,
    action: AssignmentAuditAction,
    summary: string,
    changes: Record<string, unknown>,
  ): void {
    tx.record({
      action,
      organisationId: a.organisationId,
      entityType: ASSIGNMENT_ENTITY,
      entityId: a.id,
      incidentId: a.incidentId,
      summary,
      changes,
    });
  }
}

function withNote(summary: string, note: string | undefined): string {
  return note ? `${summary}: ${note}` : summary;
}

/** What each kind of source needs. */
function checkSource(s: AssignmentSourceInput): void {
  switch (s.kind) {
    case AssignmentSourceKind.MANUAL:
      if (s.id || s.exerciseId) throw DomainError.badInput('source.id', 'a manual assignment names no source record');
      break;
    case AssignmentSourceKind.INCIDENT_STEP:
      throw DomainError.badInput(
        'source.kind',
        'assignments of runbook steps come from activating the runbook (activateRunbook)',
      );
    case AssignmentSourceKind.INCIDENT_LESSON:
      if (!s.incidentId || !s.id)
        throw DomainError.badInput('source', 'a lesson source names the incident and the lesson (id)');
      break;
    case AssignmentSourceKind.EXERCISE_FINDING:
      if (!s.exerciseId || !s.id)
        throw DomainError.badInput('source', 'an exercise finding source names the exercise and the finding (id)');
      break;
    default:
      break;
  }
}
