import { Injectable } from '@nestjs/common';
import { AssignmentLifecycleService, AssignmentPriority, AssignmentSourceKind } from '@muster/assignments';
import { TeamFunction } from '@muster/identity';
import { Principal } from '@muster/platform-access';
import { Transaction } from '@muster/platform-database';
import { PostureAudit } from '../posture.audit';
import { PostureReportStore, PostureRow } from './posture-report.store';

/**
 * A day with a critical vulnerability past the patch target breaches the posture threshold
 * and raises an assignment (source POSTURE_BREACH, naming the day's report) for the
 * organisation's Cyber/SOC team, else its Digital team — once per breach: not while the
 * organisation still has a breach assignment unfinished, and never twice for one report
 * (`breach_assignment_id`); decided under a lock per organisation, taken in organisation id
 * order by the caller. Runs inside the ingestion's unit of work (joined).
 */
@Injectable()
export class PostureBreaches {
  constructor(
    private readonly store: PostureReportStore,
    private readonly assignments: AssignmentLifecycleService,
  ) {}

  async raise(tx: Transaction, principal: Principal, socId: string, report: PostureRow, patchTargetDays: number) {
    if (report.criticalPastTarget === 0 || report.breachAssignmentId) return false;
    // Reports of other days of the organisation may be ingested at the same time.
    await this.store.lockBreaches(tx, report.organisationId);
    if (await this.store.hasOpenBreachAssignment(tx.manager, report.organisationId)) return false;
    const team = await this.store.breachTeam(tx.manager, report.organisationId);
    const assignment = await this.assignments.create(
      principal,
      {
        organisationId: report.organisationId,
        teamId: team?.id,
        function: (team?.function as TeamFunction | undefined) ?? TeamFunction.CYBER_SOC,
        title: `Patch ${report.criticalPastTarget} critical vulnerabilit${report.criticalPastTarget === 1 ? 'y' : 'ies'} past the ${patchTargetDays}-day target`,
        description: `The SOC reported on ${report.day} ${report.criticalPastTarget} critical vulnerabilit${report.criticalPastTarget === 1 ? 'y' : 'ies'} open longer than the patch target of ${patchTargetDays} days.`,
        source: { kind: AssignmentSourceKind.POSTURE_BREACH, id: report.id },
        priority: AssignmentPriority.HIGH,
      },
      { raisedByDomain: true, assigningOrganisationId: socId },
    );
    await this.store.setBreachAssignment(tx, report.id, assignment.id);
    tx.record({
      action: PostureAudit.breachRaised,
      organisationId: report.organisationId,
      entityType: 'posture_report',
      entityId: report.id,
      summary: `Posture breach on ${report.day}: ${report.criticalPastTarget} critical past target; assignment raised`,
      changes: { assignmentId: assignment.id, criticalPastTarget: report.criticalPastTarget },
    });
    return true;
  }
}
