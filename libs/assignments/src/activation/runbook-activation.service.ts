import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@muster/platform-access';
import { DomainError } from '@muster/platform-core';
import { Transaction, UnitOfWork } from '@muster/platform-database';
import { Scheduler } from '@muster/platform-scheduler';
import { ACTIVATION_ENTITY, ASSIGNMENT_ENTITY, AssignmentAudit } from '../assignments.audit';
import { dueWords } from '../assignments/assignment-notices';
import { OverdueEscalationJobs } from '../assignments/overdue-escalation.jobs';
import { AssignmentLive } from '../live/assignment-live';
import { incidentCaller } from '../incident-sight';
import { ActivationOutcome, ActivationStore } from './activation.store';
import { AssignedNoticesJobs } from './assigned-notices.jobs';
import { ActivateRunbookInput, RunbookActivation, RunbookSuggestions } from './runbook-activation.types';

/**
 * Activating a runbook's approved version on an incident, by its commander: one
 * assignment per step per chosen organisation, in one set-based statement, with the
 * activation recorded; and the runbooks the commander is offered.
 */
@Injectable()
export class RunbookActivationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly db: DataSource,
    private readonly store: ActivationStore,
    private readonly scheduler: Scheduler,
    private readonly overdue: OverdueEscalationJobs,
    private readonly notices: AssignedNoticesJobs,
    private readonly live: AssignmentLive,
  ) {}

  activate(principal: Principal, input: ActivateRunbookInput): Promise<RunbookActivation[]> {
    const asked = [...new Set(input.organisationIds)];
    // The system itself (the demo seed) acts for the commander.
    const asSystem = principal.actor.type === 'SYSTEM';
    return this.uow.run(
      async (tx) => {
        const out = await this.store.activate(tx, {
          incidentId: input.incidentId,
          runbookId: input.runbookId,
          organisationIds: asked,
          caller: incidentCaller(principal),
          asSystem,
        });
        const { incident, runbook } = refuseWhatWasNotAllowed(out, asked, asSystem);
        for (const act of out.activations) {
          const assignments = out.assignments.filter((a) => a.activationId === act.id);
          tx.record({
            action: AssignmentAudit.runbookActivated,
            organisationId: act.organisationId,
            entityType: ACTIVATION_ENTITY,
            entityId: act.id,
            incidentId: incident.id,
            summary: `"${runbook.title}" version ${runbook.versionNumber} activated: ${assignments.length} assignment(s)`,
            changes: {
              runbookId: runbook.id,
              runbookVersionId: runbook.versionId,
              versionNumber: runbook.versionNumber,
              organisationId: act.organisationId,
              assignmentIds: assignments.map((a) => a.id),
            },
          });
          for (const a of assignments) {
            tx.record({
              action: AssignmentAudit.created,
              organisationId: a.organisationId,
              entityType: ASSIGNMENT_ENTITY,
              entityId: a.id,
              incidentId: incident.id,
              summary: `Assignment "${a.title}" created from "${runbook.title}", due ${dueWords(a.dueAt)}`,
              changes: {
                after: {
                  title: a.title,
                  function: a.function,
                  organisationId: a.organisationId,
                  teamId: a.teamId,
                  assigneeUserId: a.assigneeUserId,
                  source: { kind: 'INCIDENT_STEP', runbookStepId: a.runbookStepId, activationId: act.id },
                  mandatory: a.mandatory,
                  dueAt: a.dueAt,
                  dependsOn: a.dependsOn,
                },
              },
            });
          }
        }
        await this.scheduleJobs(tx, out, principal.userId);
        for (const organisationId of new Set(out.assignments.map((a) => a.organisationId))) {
          const ids = out.assignments.filter((a) => a.organisationId === organisationId).map((a) => a.id);
          this.live.changed(tx, organisationId, ids, incident.id);
        }
        return out.activations.map((act) => ({
          id: act.id,
          incidentId: incident.id,
          runbookId: runbook.id,
          runbookVersionId: runbook.versionId as string,
          versionNumber: runbook.versionNumber as number,
          organisationId: act.organisationId,
          activatedAt: tx.now,
          assignmentIds: out.assignments.filter((a) => a.activationId === act.id).map((a) => a.id),
        }));
      },
      { actor: principal.actor },
    );
  }

  /** Per organisation of the incident, its approved runbooks of the incident's category, and those with none. */
  async suggested(principal: Principal, incidentId: string): Promise<RunbookSuggestions> {
    const seen = await this.store.incidentSeen(this.db.manager, incidentId, incidentCaller(principal));
    if (!seen?.sees) throw DomainError.notFound('Incident');
    const rows = await this.store.suggestions(this.db.manager, incidentId);
    return {
      organisations: rows.map((r) => ({
        organisationId: r.organisationId,
        organisationName: r.organisationName,
        runbooks: r.runbooks.map((b) => ({ id: b.id, title: b.title, versionNumber: b.versionNumber })),
      })),
      organisationsWithNone: rows.filter((r) => !r.runbooks.length).map((r) => r.organisationId),
    };
  }

  /** Every escalation and the assigned notices, in one statement. */
  private async scheduleJobs(tx: Transaction, out: ActivationOutcome, actorId: string | null): Promise<void> {
    const jobs = out.assignments.flatMap((a) => {
      const job = this.overdue.jobFor(a);
      return job ? [job] : [];
    });
    for (const act of out.activations) {
      const ids = out.assignments.filter((a) => a.activationId === act.id).map((a) => a.id);
      jobs.push(this.notices.jobFor(act.id, act.organisationId, ids, actorId, tx.now));
    }
    if (jobs.length) await this.scheduler.enqueueMany(tx, jobs);
  }
}

/** The refusals the one statement's outcome shows; throwing rolls back what it wrote. */
function refuseWhatWasNotAllowed(
  out: ActivationOutcome,
  asked: string[],
  asSystem: boolean,
): { incident: NonNullable<ActivationOutcome['incident']>; runbook: NonNullable<ActivationOutcome['runbook']> } {
  if (!out.incident?.sees) throw DomainError.notFound('Incident');
  if (!out.incident.isCommander && !asSystem)
    throw DomainError.forbidden("Only the incident's commander activates a runbook on it");
  if (!out.incident.live) throw DomainError.conflict(`Incident ${out.incident.reference} is no longer live`);
  if (!out.runbook) throw DomainError.notFound('Runbook');
  if (!out.runbook.usable)
    throw DomainError.conflict(
      `"${out.runbook.title}" has no approved version in force (never approved, retired, or a template)`,
    );
  if (out.onIncident.length !== asked.length)
    throw DomainError.badInput('organisationIds', "names an organisation that is not the incident's lead or affected");
  const activated = new Set(out.activations.map((a) => a.organisationId));
  const again = asked.filter((id) => !activated.has(id));
  if (again.length) {
    throw DomainError.conflict(
      `Version ${out.runbook.versionNumber} of "${out.runbook.title}" is already activated on ${out.incident.reference} for ${again.length} of these organisations`,
    );
  }
  return { incident: out.incident, runbook: out.runbook };
}
