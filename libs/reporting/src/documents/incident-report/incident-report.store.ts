import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlRows } from '@muster/platform-database';

export interface ReportMethane {
  revision: number;
  majorIncidentDeclared: boolean;
  exactLocation: string;
  typeOfIncident: string;
  hazards: string;
  access: string;
  numberOfCasualties: string;
  emergencyServices: string;
  submittedAt: Date;
  submittedByName: string | null;
}

export interface ReportSitRep {
  sequence: number;
  template: string;
  fields: Record<string, string>;
  level: number;
  submittedAt: Date;
  submittedByName: string | null;
}

export interface ReportDecision {
  id: string;
  information: string;
  riskAssessment: string;
  powersAndPolicy: string;
  optionsConsidered: string;
  decision: string;
  rationale: string;
  decidedAt: Date;
  decidedByName: string | null;
  reviewAt: Date | null;
  revisitsDecisionId: string | null;
}

export interface ReportLesson {
  whatHappened: string;
  whatToChange: string;
  ownerFunction: string;
  recordedAt: Date;
  recordedByName: string | null;
}

export interface ReportTimelineEntry {
  occurredAt: Date;
  action: string;
  summary: string;
  actorLabel: string;
}

export interface NamedRow {
  id: string;
  name: string;
}

/** The most timeline entries a report prints; a longer timeline says how many it left out. */
export const TIMELINE_LIMIT = 2000;

/**
 * The incident's records as the report prints them, in SQL over the incidents' tables (read
 * only). Called only after the incident was found visible to the caller.
 */
@Injectable()
export class IncidentReportStore {
  /** Every METHANE revision, newest first. */
  methane(manager: EntityManager, incidentId: string): Promise<ReportMethane[]> {
    return sqlRows<ReportMethane>(
      manager,
      `SELECT m.revision, m.major_incident_declared AS "majorIncidentDeclared", m.exact_location AS "exactLocation",
              m.type_of_incident AS "typeOfIncident", m.hazards, m.access, m.number_of_casualties AS "numberOfCasualties",
              m.emergency_services AS "emergencyServices", m.submitted_at AS "submittedAt", u.display_name AS "submittedByName"
         FROM incident_methane m LEFT JOIN app_user u ON u.id = m.submitted_by
        WHERE m.incident_id = $1 ORDER BY m.revision DESC`,
      [incidentId],
    );
  }

  sitReps(manager: EntityManager, incidentId: string): Promise<ReportSitRep[]> {
    return sqlRows<ReportSitRep>(
      manager,
      `SELECT s.sequence, s.template, s.fields, s.level, s.submitted_at AS "submittedAt", u.display_name AS "submittedByName"
         FROM incident_sitrep s LEFT JOIN app_user u ON u.id = s.submitted_by
        WHERE s.incident_id = $1 ORDER BY s.sequence`,
      [incidentId],
    );
  }

  decisions(manager: EntityManager, incidentId: string): Promise<ReportDecision[]> {
    return sqlRows<ReportDecision>(
      manager,
      `SELECT d.id, d.information, d.risk_assessment AS "riskAssessment", d.powers_and_policy AS "powersAndPolicy",
              d.options_considered AS "optionsConsidered", d.decision, d.rationale, d.decided_at AS "decidedAt",
              u.display_name AS "decidedByName", d.review_at AS "reviewAt", d.revisits_decision_id AS "revisitsDecisionId"
         FROM incident_decision d LEFT JOIN app_user u ON u.id = d.decided_by
        WHERE d.incident_id = $1 ORDER BY d.decided_at, d.recorded_at, d.id`,
      [incidentId],
    );
  }

  lessons(manager: EntityManager, incidentId: string): Promise<ReportLesson[]> {
    return sqlRows<ReportLesson>(
      manager,
      `SELECT l.what_happened AS "whatHappened", l.what_to_change AS "whatToChange", l.owner_function AS "ownerFunction",
              l.recorded_at AS "recordedAt", u.display_name AS "recordedByName"
         FROM incident_lesson l LEFT JOIN app_user u ON u.id = l.recorded_by
        WHERE l.incident_id = $1 ORDER BY l.recorded_at, l.id`,
      [incidentId],
    );
  }

  /** The timeline (audit events carrying the incident's id), oldest first, at most `limit`. */
  timeline(manager: EntityManager, incidentId: string, limit: number): Promise<ReportTimelineEntry[]> {
    return sqlRows<ReportTimelineEntry>(
      manager,
      `SELECT e.occurred_at AS "occurredAt", e.action, e.summary, e.actor_label AS "actorLabel"
         FROM audit_event e WHERE e.incident_id = $1 ORDER BY e.occurred_at, e.id LIMIT $2`,
      [incidentId, limit],
    );
  }

  async timelineCount(manager: EntityManager, incidentId: string): Promise<number> {
    const [row] = await sqlRows<{ count: number }>(
      manager,
      `SELECT count(*)::int AS count FROM audit_event WHERE incident_id = $1`,
      [incidentId],
    );
    return row.count;
  }

  /** Names of organisations, teams and people by id (for the assignments table): one statement. */
  names(manager: EntityManager, ids: readonly string[]): Promise<NamedRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return sqlRows<NamedRow>(
      manager,
      `SELECT o.id, o.name FROM organisation o WHERE o.id = ANY($1::uuid[])
       UNION ALL SELECT t.id, t.name FROM team t WHERE t.id = ANY($1::uuid[])
       UNION ALL SELECT u.id, u.display_name FROM app_user u WHERE u.id = ANY($1::uuid[])`,
      [ids],
    );
  }
}
