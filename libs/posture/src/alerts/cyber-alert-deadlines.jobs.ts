import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { AssignmentLifecycleService, AssignmentPriority, AssignmentSourceKind } from '@muster/assignments';
import { SystemPrincipal, TeamFunction } from '@muster/identity';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { Transaction } from '@muster/platform-database';
import { EnqueueJob, Job, Scheduler } from '@muster/platform-scheduler';
import { CyberAlertAudit } from '../posture.audit';
import { PostureReportStore } from '../reports/posture-report.store';
import { CyberAlertSeverity } from './cyber-alert-enums';
import { CyberAlertWatchers } from './cyber-alert-watchers';
import { CyberAlertStore, OverdueResponseRow } from './cyber-alert.store';

export const CYBER_ALERT_OVERDUE = 'posture.cyber-alert-overdue';
export const CYBER_ALERT_UNACKNOWLEDGED = 'posture.cyber-alert-unacknowledged';
const HOUR_MS = 3_600_000;

export interface ScheduledAlert {
  id: string;
  severity: CyberAlertSeverity;
  issuedAt: Date;
  ackDueAt: Date | null;
  firstUpdateDueAt: Date;
}

/**
 * The clocks of an NHS cyber alert, on the scheduler, enqueued in the recording's unit of
 * work with keys naming the work once:
 * - `cyber-alert-ack-due:<alert>:<due>` (high severity) and `cyber-alert-update-due:<alert>:<due>`:
 *   each response then overdue raises ONE assignment (source CYBER_ALERT, naming the
 *   response) for the organisation's Cyber/SOC team, else its Digital team, assigned by the
 *   SOC. The responses are locked and marked with their assignment, so the two jobs of an
 *   alert, on any number of schedulers, raise one each.
 * - `cyber-alert-unacknowledged:<alert>` (high severity) at issue +
 *   CYBER_ALERT_UNACKNOWLEDGED_PAGE_HOURS: every registered CyberAlertWatcher is told of
 *   each response still unacknowledged (the on-call pages).
 */
@Injectable()
export class CyberAlertDeadlineJobs implements OnModuleInit {
  private readonly pageAfterMs: number;

  constructor(
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'cyberAlerts'>,
    private readonly scheduler: Scheduler,
    private readonly store: CyberAlertStore,
    private readonly teams: PostureReportStore,
    private readonly assignments: AssignmentLifecycleService,
    private readonly watchers: CyberAlertWatchers,
  ) {
    this.pageAfterMs = config.cyberAlerts.unacknowledgedPageHours * HOUR_MS;
  }

  onModuleInit(): void {
    this.scheduler.register({ kind: CYBER_ALERT_OVERDUE, handle: (job, tx) => this.runOverdue(job, tx) });
    this.scheduler.register({ kind: CYBER_ALERT_UNACKNOWLEDGED, handle: (job, tx) => this.tellWatchers(job, tx) });
  }

  /** Enqueues the alert's clocks in the recording's transaction; how many jobs. */
  schedule(tx: Transaction, alert: ScheduledAlert): Promise<number> {
    const payload = { alertId: alert.id };
    const jobs: EnqueueJob[] = [
      {
        kind: CYBER_ALERT_OVERDUE,
        key: `cyber-alert-update-due:${alert.id}:${alert.firstUpdateDueAt.toISOString()}`,
        runAt: alert.firstUpdateDueAt,
        payload,
      },
    ];
    if (alert.ackDueAt)
      jobs.push({
        kind: CYBER_ALERT_OVERDUE,
        key: `cyber-alert-ack-due:${alert.id}:${alert.ackDueAt.toISOString()}`,
        runAt: alert.ackDueAt,
        payload,
      });
    if (alert.severity === CyberAlertSeverity.HIGH)
      jobs.push({
        kind: CYBER_ALERT_UNACKNOWLEDGED,
        key: `cyber-alert-unacknowledged:${alert.id}`,
        runAt: new Date(alert.issuedAt.getTime() + this.pageAfterMs),
        payload,
      });
    return this.scheduler.enqueueMany(tx, jobs);
  }

  private async runOverdue(job: Job, tx: Transaction): Promise<string> {
    const { alertId } = job.payload as { alertId: string };
    return `${await this.raiseOverdue(tx, alertId)} overdue response(s) raised an assignment`;
  }

  /**
   * Raises the assignment of each of the alert's responses overdue now that has none yet;
   * how many. The job's work, also run by the demo seed on its own transaction.
   */
  async raiseOverdue(tx: Transaction, alertId: string): Promise<number> {
    const overdue = await this.store.lockOverdue(tx, alertId);
    for (const r of overdue) await this.raise(tx, r);
    return overdue.length;
  }

  private async raise(tx: Transaction, r: OverdueResponseRow): Promise<void> {
    const team = await this.teams.breachTeam(tx.manager, r.organisationId);
    const missed = r.acknowledged ? 'first update' : 'acknowledgement';
    const due = r.acknowledged ? r.firstUpdateDueAt : (r.ackDueAt ?? r.firstUpdateDueAt);
    const assignment = await this.assignments.create(
      new SystemPrincipal(),
      {
        organisationId: r.organisationId,
        teamId: team?.id,
        function: (team?.function as TeamFunction | undefined) ?? TeamFunction.CYBER_SOC,
        title: `Answer NHS cyber alert ${r.reference}: ${missed} overdue`,
        description: `The ${missed} of NHS cyber alert ${r.reference} "${r.title}" (${r.severity}) was due ${due.toISOString()}. Acknowledge it, state whether it applies and give an update in Muster.`,
        source: { kind: AssignmentSourceKind.CYBER_ALERT, id: r.id },
        priority: r.severity === CyberAlertSeverity.HIGH ? AssignmentPriority.HIGH : AssignmentPriority.MEDIUM,
      },
      { raisedByDomain: true, assigningOrganisationId: r.recordedByOrganisationId },
    );
    await this.store.setOverdueAssignment(tx, r.id, assignment.id);
    tx.record({
      action: CyberAlertAudit.overdueRaised,
      organisationId: r.organisationId,
      entityType: 'cyber_alert_response',
      entityId: r.id,
      summary: `NHS cyber alert ${r.reference}: ${missed} overdue; assignment raised`,
      changes: { assignmentId: assignment.id, missed, dueAt: due.toISOString() },
    });
  }

  private async tellWatchers(job: Job, tx: Transaction): Promise<string> {
    const { alertId } = job.payload as { alertId: string };
    const alert = await this.store.findAlert(tx.manager, alertId);
    if (!alert) return 'no such alert';
    const open = await this.store.unacknowledged(tx.manager, alertId, tx.now);
    for (const r of open) {
      await this.watchers.tell(tx, {
        alertId,
        responseId: r.id,
        organisationId: r.organisationId,
        reference: alert.reference,
        title: alert.title,
        severity: alert.severity,
        issuedAt: alert.issuedAt,
        acknowledgeBy: r.ackDueAt,
      });
      tx.record({
        action: CyberAlertAudit.unacknowledgedWatched,
        organisationId: r.organisationId,
        entityType: 'cyber_alert_response',
        entityId: r.id,
        summary: `NHS cyber alert ${alert.reference} still unacknowledged: ${this.watchers.count} watcher(s) told`,
        changes: { watchers: this.watchers.count },
      });
    }
    return `${open.length} response(s) still unacknowledged; ${this.watchers.count} watcher(s) told`;
  }
}
