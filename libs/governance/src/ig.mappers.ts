import { Principal } from '@muster/platform-access';
import { deadlineStatus, londonTime } from './clock/ig-clocks';
import { LIKELIHOOD_LABELS, SEVERITY_LABELS } from './decisions/dspt-grading';
import { IgNotificationEntity } from './decisions/ig-notification.entity';
import { IgAccess } from './ig.access';
import { DecisionRow, ThreadRow } from './ig.store';
import { IgClock, IgDecision, IgNotificationRecord, IgThread } from './ig.types';

function clock(dueAt: Date, metAt: Date | null, now: Date): IgClock {
  return {
    dueAt,
    dueLondon: londonTime(dueAt),
    metAt,
    late: (metAt ?? now).getTime() > dueAt.getTime(),
  };
}

/** The thread as `principal` sees it at `now` (contentVisible decides what its decisions show). */
export function toThread(r: ThreadRow, principal: Principal, now: Date): IgThread {
  return {
    id: r.id,
    incidentId: r.incidentId,
    incidentReference: r.incidentReference,
    organisation: { id: r.organisationId, name: r.organisationName },
    detectedAt: r.detectedAt,
    awarenessAt: r.awarenessAt,
    awarenessLondon: londonTime(r.awarenessAt),
    deadlineAt: r.deadlineAt,
    deadlineLondon: londonTime(r.deadlineAt),
    deadlineStatus: deadlineStatus(r, now),
    seniorManagement: clock(r.seniorManagementDueAt, r.seniorManagementReportedAt, now),
    processor:
      r.processorName && r.processorDueAt
        ? { name: r.processorName, ...clock(r.processorDueAt, r.processorToldControllerAt, now) }
        : null,
    openedAt: r.openedAt,
    contentVisible: IgAccess.canSeeContent(principal, r.organisationId, r),
  };
}

/** The decision, with its content only when `contentVisible` (decided on its thread). */
export function toDecision(d: DecisionRow, contentVisible: boolean): IgDecision {
  return {
    id: d.id,
    threadId: d.threadId,
    type: d.type,
    outcome: d.outcome,
    reviewAt: d.reviewAt,
    decidedAt: d.decidedAt,
    recordedAt: d.recordedAt,
    supersedesDecisionId: d.supersedesDecisionId,
    supersededByDecisionId: d.supersededByDecisionId,
    current: d.supersededByDecisionId === null,
    content: contentVisible
      ? {
          dataCategories: d.dataCategories,
          specialCategory: d.specialCategory,
          childrenOrVulnerable: d.childrenOrVulnerable,
          approxDataSubjects: d.approxDataSubjects,
          approxRecords: d.approxRecords,
          likelihood: d.likelihood,
          likelihoodLabel: LIKELIHOOD_LABELS[d.likelihood - 1],
          severity: d.severity,
          severityLabel: SEVERITY_LABELS[d.severity - 1],
          suggestedReportable: d.suggestedReportable,
          againstSuggestionReason: d.againstSuggestionReason,
          rationale: d.rationale,
          legalBasis: d.legalBasis,
          consulted: d.consulted,
          consultationNotes: d.consultationNotes,
          decidedBy: { id: d.decidedBy, displayName: d.decidedByName },
          supersedeReason: d.supersedeReason,
        }
      : null,
  };
}

export function toNotificationRecord(n: IgNotificationEntity, contentVisible: boolean): IgNotificationRecord {
  return {
    id: n.id,
    threadId: n.threadId,
    recipient: n.recipient,
    phase: n.phase,
    notifiedAt: n.notifiedAt,
    late: n.late,
    content: contentVisible
      ? { externalReference: n.externalReference, details: n.details, delayReason: n.delayReason }
      : null,
  };
}
