import { DataSource } from 'typeorm';
import { Role } from '@muster/platform-access';
import { Clock, SYSTEM_ACTOR } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { Scheduler } from '@muster/platform-scheduler';
import {
  NotificationAbout,
  NotificationKind,
  NotificationsService,
  RaisedNotification,
  Recipients,
} from '@muster/notifications';
import { RunbookReviewReminders } from '@muster/runbooks';
import { DEMO_ORGANISATIONS } from './identity.seed';
import { SeedSection } from './seed-section';

const DAY_MS = 86_400_000;
/** Approvals this recent are news in the demo inboxes. */
const RECENT_APPROVAL_DAYS = 100;

interface InReview {
  id: string;
  organisationId: string;
  title: string;
  submittedBy: string | null;
}

interface RecentVersion {
  id: string;
  runbookId: string;
  organisationId: string;
  title: string;
  versionNumber: number;
  submittedBy: string | null;
  approvedBy: string | null;
  ownerUserId: string | null;
  requiredRoles: Role[];
}

/**
 * Demo inboxes from the seeded runbook history, raised through the notifications service
 * as the people of the history would have raised them (named in the text; audited as the
 * system, like the rest of the demo): the runbook in review reaches its organisation's
 * other EPRR leads; the approvals of the last months reach their submitters (organisation
 * admins in the demo) and whoever holds a role their steps name (incident commanders, IG
 * officers, responders, EPRR leads); then the review reminder sweep runs now, so the
 * runbooks past or near their review date remind their owners and EPRR leads. Viewers,
 * auditors and system administrators hold no duty in a runbook, so its history tells them
 * nothing. Idempotent: each notification has a dedupe key, each reminder a job key.
 */
export const notificationsSeed: SeedSection = {
  name: 'demo notifications',
  demoOnly: true,
  async run(ctx) {
    const db = ctx.app.get(DataSource);
    const notifications = ctx.app.get(NotificationsService);
    const codes = DEMO_ORGANISATIONS.map((o) => o.odsCode);
    const raise = (work: () => Promise<RaisedNotification | null>) =>
      ctx.app
        .get(UnitOfWork)
        .run(async (tx) => ((await work()) ? 1 : (tx.nothingToRecord() ?? 0)), { actor: SYSTEM_ACTOR });
    let raised = 0;

    for (const r of await inReview(db, codes)) {
      raised += await raise(() =>
        notifications.notify(
          NotificationKind.RUNBOOK_SUBMITTED,
          about(r.organisationId, r.id),
          [Recipients.role(r.organisationId, Role.EPRR_LEAD)],
          {
            params: { runbookTitle: r.title },
            except: [r.submittedBy],
            actorUserId: r.submittedBy,
            dedupeKey: `demo:runbook-submitted:${r.id}`,
          },
        ),
      );
    }
    const since = new Date(ctx.app.get(Clock).now().getTime() - RECENT_APPROVAL_DAYS * DAY_MS);
    for (const v of await recentVersions(db, codes, since)) {
      const recipients = [
        ...[v.submittedBy, v.ownerUserId].filter((id): id is string => id !== null).map(Recipients.user),
        ...v.requiredRoles.map((role) => Recipients.role(v.organisationId, role)),
      ];
      raised += await raise(() =>
        notifications.notify(NotificationKind.RUNBOOK_APPROVED, about(v.organisationId, v.runbookId), recipients, {
          params: { runbookTitle: v.title, versionNumber: v.versionNumber },
          except: [v.approvedBy],
          actorUserId: v.approvedBy,
          dedupeKey: `demo:runbook-approved:${v.id}`,
        }),
      );
    }
    const reminders = await ctx.app.get(RunbookReviewReminders).sweepNow();
    if (reminders) await ctx.app.get(Scheduler).runDueJobs();
    return raised + reminders
      ? [`  demo notifications: ${raised} from the runbook history, ${reminders} review reminders`]
      : [];
  },
};

const about = (organisationId: string, runbookId: string): NotificationAbout => ({
  organisationId,
  entityType: 'runbook',
  entityId: runbookId,
});

function inReview(db: DataSource, codes: string[]): Promise<InReview[]> {
  return db.query(
    `SELECT r.id, r.organisation_id AS "organisationId", r.title, r.submitted_by AS "submittedBy"
       FROM runbook r JOIN organisation o ON o.id = r.organisation_id
      WHERE o.ods_code = ANY($1) AND r.status = 'IN_REVIEW' ORDER BY r.id`,
    [codes],
  );
}

function recentVersions(db: DataSource, codes: string[], since: Date): Promise<RecentVersion[]> {
  return db.query(
    `SELECT v.id, v.runbook_id AS "runbookId", v.organisation_id AS "organisationId", v.title, v.version_number AS "versionNumber",
            v.submitted_by AS "submittedBy", v.approved_by AS "approvedBy", r.owner_user_id AS "ownerUserId", v.required_roles AS "requiredRoles"
       FROM runbook_version v JOIN runbook r ON r.id = v.runbook_id JOIN organisation o ON o.id = v.organisation_id
      WHERE o.ods_code = ANY($1) AND v.approved_at >= $2 ORDER BY v.approved_at, v.id`,
    [codes, since],
  );
}
