import { CyberAlertResponseState, CyberAlertSeverity } from './cyber-alert-enums';

/** The rows CyberAlertStore reads and writes. */

export interface CyberAlertRow {
  id: string;
  reference: string;
  title: string;
  severity: CyberAlertSeverity;
  summary: string;
  issuedAt: Date;
  recordedAt: Date;
  recordedBy: string;
  recordedByOrganisationId: string;
  recordedByOrganisationName: string;
  /** The organisations it went to: who sees it. */
  organisationIds: string[];
}

export interface CyberAlertResponseRow {
  id: string;
  alertId: string;
  organisationId: string;
  organisationName: string;
  state: CyberAlertResponseState;
  receivedAt: Date;
  ackDueAt: Date | null;
  firstUpdateDueAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  applicable: boolean | null;
  applicabilityWords: string | null;
  applicabilityStatedAt: Date | null;
  firstUpdateAt: Date | null;
  updateCount: number;
  closedAt: Date | null;
  closingWords: string | null;
  overdueAssignmentId: string | null;
  version: number;
  /** Acknowledgement or first update past due, unclosed, at the time the row was read. */
  overdue: boolean;
}

export interface CyberAlertUpdateRow {
  id: string;
  responseId: string;
  words: string;
  recordedBy: string;
  recordedAt: Date;
}

export interface CyberAlertFilterValues {
  organisationId?: string;
  state?: CyberAlertResponseState;
  overdue?: boolean;
}

export interface NewCyberAlert {
  reference: string;
  title: string;
  severity: CyberAlertSeverity;
  summary: string;
  issuedAt: Date;
  recordedBy: string;
  recordedByOrganisationId: string;
}

/** A response due for an overdue assignment, with what the assignment says of its alert. */
export interface OverdueResponseRow {
  id: string;
  organisationId: string;
  reference: string;
  title: string;
  severity: CyberAlertSeverity;
  ackDueAt: Date | null;
  firstUpdateDueAt: Date;
  acknowledged: boolean;
  recordedByOrganisationId: string;
}
