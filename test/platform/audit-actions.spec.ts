import { Role } from '@muster/platform-access';
import { AuditTrailAudit } from '@muster/platform-audit-api';
import { AuthAudit, IdentityAudit, TeamFunction } from '@muster/identity';
import { RunbookAudit } from '@muster/runbooks';
import { IncidentAudit } from '@muster/incidents';
import { ExerciseAudit } from '@muster/exercises';
import { AssuranceAudit } from '@muster/assurance';
import { AssignmentAudit } from '@muster/assignments';
import { GovernanceAudit } from '@muster/governance';
import { ReadinessAudit } from '@muster/readiness';
import { NotificationAudit } from '@muster/notifications';
import { OnCallAudit } from '@muster/oncall';
import { CyberAlertAudit, PostureAudit } from '@muster/posture';
import { ReportDocumentsAudit, ReportingAudit } from '@muster/reporting';
import { SchedulerAudit } from '@muster/platform-scheduler';
import { createOrganisation, createTeam, createUser, startTestApp, TestApp } from '@muster/testing';

const DOMAINS = {
  IdentityAudit,
  AuthAudit,
  RunbookAudit,
  AuditTrailAudit,
  NotificationAudit,
  SchedulerAudit,
  IncidentAudit,
  ReadinessAudit,
  ExerciseAudit,
  AssuranceAudit,
  AssignmentAudit,
  GovernanceAudit,
  PostureAudit,
  OnCallAudit,
  ReportDocumentsAudit,
  CyberAlertAudit,
  ReportingAudit,
};

// Every action the trail holds today. A constant may be added, never renamed: an old
// event must keep meaning what it meant.
const RECORDED = [
  'organisation.created',
  'organisation.updated',
  'team.created',
  'team.updated',
  'user.created',
  'user.deactivated',
  'user.reactivated',
  'user.invitation_sent',
  'user.invitation_accepted',
  'user.mobile_number_set',
  'role.granted',
  'role.revoked',
  'api_key.created',
  'api_key.revoked',
  'api_key.used',
  'auth.login_succeeded',
  'auth.login_failed',
  'auth.token_refreshed',
  'auth.refresh_reuse_detected',
  'auth.logged_out',
  'auth.password_changed',
  'auth.password_change_failed',
  'auth.login_throttle_purged',
  'runbook.created',
  'runbook.updated',
  'runbook.owner_set',
  'runbook.submitted',
  'runbook.returned_to_draft',
  'runbook.approved',
  'runbook.revision_started',
  'runbook.retired',
  'runbook.step_added',
  'runbook.step_updated',
  'runbook.steps_reordered',
  'runbook.step_removed',
  'runbook.adopted',
  'runbook.updated_from_template',
  'runbook.imported',
  'runbook.reviewed',
  'designation.set',
  'designation.cleared',
  'shared_service.recorded',
  'shared_service.ended',
  'exercise.recorded',
  'exercise.participants_added',
  'exercise.runbooks_added',
  'exercise.finding_recorded',
  'exercise.actions_raised',
  'assurance.framework_imported',
  'assurance.assessment_started',
  'assurance.assessment_started_from_previous',
  'assurance.requirement_rated',
  'assurance.requirements_rated',
  'assurance.assessment_submitted',
  'assurance.assessment_confirmed',
  'assurance.assessment_returned',
  'assurance.assessment_published',
  'assurance.gap_action_raised',
  'audit.exported',
  'notification.raised',
  'notification.read',
  'notification.deliveries_claimed',
  'notification.delivered',
  'notification.delivery_attempt_failed',
  'notification.delivery_failed',
  'notification.preference_set',
  'notification.webhook_set',
  'notification.webhook_removed',
  'job.scheduled',
  'job.completed',
  'job.retry_scheduled',
  'job.failed',
  'incident.reported',
  'incident.standby',
  'incident.declared',
  'incident.contained',
  'incident.recovering',
  'incident.stood_down',
  'incident.cancelled',
  'incident.closed',
  'incident.level_changed',
  'incident.coordination_centre_opened',
  'incident.organisation_added',
  'incident.organisation_removed',
  'incident.role_assigned',
  'incident.timeline_entry_added',
  'incident.timeline_entry_corrected',
  'incident.methane_submitted',
  'incident.sitrep_submitted',
  'incident.decision_recorded',
  'incident.lesson_recorded',
  'incident.imported',
  'assignment.created',
  'assignment.acknowledged',
  'assignment.started',
  'assignment.blocked',
  'assignment.unblocked',
  'assignment.completed',
  'assignment.cancelled',
  'assignment.waived',
  'assignment.reassigned',
  'assignment.due_changed',
  'assignment.evidence_added',
  'assignment.dependencies_set',
  'assignment.overdue_escalated',
  'runbook_activation.created',
  'ig.thread_opened',
  'ig.decision_recorded',
  'ig.decision_superseded',
  'ig.notification_recorded',
  'oncall.rota_created',
  'oncall.rota_renamed',
  'oncall.layer_set',
  'oncall.layer_removed',
  'oncall.override_added',
  'oncall.override_cancelled',
  'oncall.policy_set',
  'oncall.page_raised',
  'oncall.page_sent',
  'oncall.page_escalated',
  'oncall.page_acknowledged',
  'oncall.page_exhausted',
  'report.grab_pack_generated',
  'report.incident_report_generated',
  'report.board_report_generated',
  'cyber_alert.recorded',
  'cyber_alert.acknowledged',
  'cyber_alert.applicability_stated',
  'cyber_alert.update_added',
  'cyber_alert.closed',
  'cyber_alert.overdue_raised',
  'cyber_alert.unacknowledged_watched',
  'cyber_alert.imported',
  'reporting.csv_exported',
];

describe('audit actions: one constant per action, recorded alike by services and fixtures', () => {
  const all = Object.values(DOMAINS).flatMap((constants) => Object.values(constants) as string[]);

  it('keeps every action the trail already holds, each named <area>.<event> and by one constant only', () => {
    expect(all).toEqual(expect.arrayContaining(RECORDED));
    expect(all.filter((action) => !/^[a-z_]+\.[a-z_]+$/.test(action))).toEqual([]);
    expect(all.filter((action, i) => all.indexOf(action) !== i)).toEqual([]);
  });

  describe('through the test fixtures', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('records what the services record: organisation.created, team.created, user.created and role.granted', async () => {
      const org = await createOrganisation(t);
      const team = await createTeam(t, org.id, TeamFunction.EPRR);
      const user = await createUser(t, [{ organisationId: org.id, role: Role.EPRR_LEAD, teamId: team.id }]);
      const actions = async (where: string, id: string) =>
        (
          await t.dataSource.query<{ action: string }[]>(
            `SELECT action FROM audit_event WHERE ${where} = $1 ORDER BY id`,
            [id],
          )
        ).map((e) => e.action);
      expect(await actions('entity_id', org.id)).toEqual(['organisation.created']);
      expect(await actions('entity_id', team.id)).toEqual(['team.created']);
      // Then the fixture signs in through the real login mutation.
      expect(await actions('entity_id', user.id)).toEqual(['user.created', 'auth.login_succeeded']);
      expect(await actions(`entity_type = 'membership' AND changes->'after'->>'userId'`, user.id)).toEqual([
        'role.granted',
      ]);
    });
  });
});
