import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlRows } from '@muster/platform-database';
import { AssignmentStatus } from '../assignments/assignment-enums';
import { AssignmentScopeOfSight } from '../assignments/assignment.store';

/** An activation of a runbook on an incident, with counts of its assignments the caller sees, by status. */
export interface ActivationSummaryRow {
  id: string;
  incidentId: string;
  runbookId: string;
  runbookTitle: string;
  versionNumber: number;
  organisationId: string;
  organisationName: string;
  activatedById: string | null;
  activatedByName: string | null;
  activatedAt: Date;
  counts: Partial<Record<AssignmentStatus, number>>;
}

/** The runbook activations of incidents, as the incident room lists them. */
@Injectable()
export class ActivationSummaryStore {
  /**
   * The activations of the incidents, in order of activation, each with its version's title,
   * its organisation, who activated it and its assignments' counts by status — only of the
   * assignments in the caller's sight (AssignmentAccess.canSee). One statement for any number
   * of incidents.
   */
  ofIncidents(
    manager: EntityManager,
    incidentIds: readonly string[],
    scope: AssignmentScopeOfSight,
  ): Promise<ActivationSummaryRow[]> {
    const all = scope.all;
    return sqlRows<ActivationSummaryRow>(
      manager,
      `SELECT ra.id, ra.incident_id AS "incidentId", ra.runbook_id AS "runbookId", rv.title AS "runbookTitle",
              ra.version_number AS "versionNumber", ra.organisation_id AS "organisationId", o.name AS "organisationName",
              ra.activated_by AS "activatedById", u.display_name AS "activatedByName", ra.activated_at AS "activatedAt",
              COALESCE((SELECT json_object_agg(s.status, s.n)
                          FROM (SELECT a.status, count(*)::int AS n FROM assignment a
                                 WHERE a.activation_id = ra.id
                                   AND ($2::boolean
                                        OR a.organisation_id = ANY($3::uuid[]) OR a.assigning_organisation_id = ANY($3::uuid[])
                                        OR EXISTS (SELECT 1 FROM incident_role_assignment r
                                                    WHERE r.incident_id = a.incident_id AND r.ended_at IS NULL
                                                      AND r.role = 'COMMANDER' AND r.user_id = $4::uuid))
                                 GROUP BY a.status) s), '{}'::json) AS counts
         FROM runbook_activation ra
         JOIN runbook_version rv ON rv.id = ra.runbook_version_id
         JOIN organisation o ON o.id = ra.organisation_id
         LEFT JOIN app_user u ON u.id = ra.activated_by
        WHERE ra.incident_id = ANY($1::uuid[])
        ORDER BY ra.activated_at, ra.id`,
      [incidentIds, all, all ? [] : scope.organisationIds, all ? null : scope.userId],
    );
  }
}
