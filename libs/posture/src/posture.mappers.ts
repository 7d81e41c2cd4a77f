import { LeagueRow, PostureRow } from './reports/posture-report.store';
import { PostureDay, PostureLeagueRow } from './reports/posture.types';

export function toPostureDay(r: PostureRow): PostureDay {
  return {
    organisationId: r.organisationId,
    day: r.day,
    assetsInScope: r.assetsInScope,
    criticalOpen: r.criticalOpen,
    highOpen: r.highOpen,
    mediumOpen: r.mediumOpen,
    lowOpen: r.lowOpen,
    criticalPastTarget: r.criticalPastTarget,
    highPastTarget: r.highPastTarget,
    patchCompliancePercent: Number(r.patchCompliancePercent),
    revision: r.revision,
    reportedAt: new Date(r.reportedAt),
    breached: r.criticalPastTarget > 0,
    breachAssignmentId: r.breachAssignmentId,
  };
}

export function toLeagueRow(r: LeagueRow, index: number): PostureLeagueRow {
  return {
    rank: index + 1,
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    posture: toPostureDay(r),
    highCyberAlertsDue: r.highCyberAlertsDue,
    highCyberAlertsAcknowledgedInTime: r.highCyberAlertsAcknowledgedInTime,
  };
}
