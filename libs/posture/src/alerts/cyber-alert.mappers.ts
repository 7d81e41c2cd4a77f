import { CyberAlertResponseRow, CyberAlertRow, CyberAlertUpdateRow } from './cyber-alert.store';
import { CyberAlert, CyberAlertResponse, CyberAlertUpdate } from './cyber-alert.types';

export function toCyberAlert(r: CyberAlertRow, visibleOrganisationIds: readonly string[] | null): CyberAlert {
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    severity: r.severity,
    summary: r.summary,
    issuedAt: r.issuedAt,
    recordedAt: r.recordedAt,
    recordedByOrganisationId: r.recordedByOrganisationId,
    recordedByOrganisationName: r.recordedByOrganisationName,
    visibleOrganisationIds,
  };
}

export function toCyberAlertResponse(r: CyberAlertResponseRow): CyberAlertResponse {
  return {
    id: r.id,
    alertId: r.alertId,
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    state: r.state,
    receivedAt: r.receivedAt,
    acknowledgeBy: r.ackDueAt,
    acknowledgedAt: r.acknowledgedAt,
    acknowledgedById: r.acknowledgedBy,
    acknowledgedInTime: r.ackDueAt && r.acknowledgedAt ? r.acknowledgedAt.getTime() <= r.ackDueAt.getTime() : null,
    applicable: r.applicable,
    applicabilityWords: r.applicabilityWords,
    applicabilityStatedAt: r.applicabilityStatedAt,
    firstUpdateDueAt: r.firstUpdateDueAt,
    firstUpdateAt: r.firstUpdateAt,
    updateCount: r.updateCount,
    closedAt: r.closedAt,
    closingWords: r.closingWords,
    overdue: r.overdue,
    overdueAssignmentId: r.overdueAssignmentId,
    version: r.version,
  };
}

export function toCyberAlertUpdate(r: CyberAlertUpdateRow): CyberAlertUpdate {
  return { id: r.id, responseId: r.responseId, words: r.words, recordedById: r.recordedBy, recordedAt: r.recordedAt };
}
