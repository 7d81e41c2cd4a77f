import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sqlChange, sqlRows, Transaction } from '@muster/platform-database';
import { BreachAwarenessKnown, LIVE_STATUSES } from '@muster/incidents';
import { TeamFunction } from '@muster/identity';
import { IncidentSightOfCaller, incidentCallerParams, incidentSeenSql } from '../incident-sight';
import { assignmentColumns, AssignmentRow } from '../assignments/assignment-columns';
import { DESIGNATION_FUNCTIONS, owningTeamSql } from './owning-team';

export interface ActivatedAssignment {
  id: string;
  title: string;
  function: TeamFunction;
  organisationId: string;
  teamId: string | null;
  assigneeUserId: string | null;
  dueAt: Date | null;
  mandatory: boolean;
  activationId: string;
  runbookStepId: string;
  dependsOn: string[];
}

export interface ActivationOutcome {
  incident: {
    id: string;
    reference: string;
    leadOrganisationId: string;
    sees: boolean;
    isCommander: boolean;
    live: boolean;
  } | null;
  runbook: {
    id: string;
    title: string;
    versionId: string | null;
    versionNumber: number | null;
    usable: boolean;
  } | null;
  /** The asked organisations that are the incident's (lead or affected). */
  onIncident: string[];
  activations: { id: string; organisationId: string }[];
  assignments: ActivatedAssignment[];
}

export interface SuggestionRow {
  organisationId: string;
  organisationName: string;
  runbooks: { id: string; title: string; versionNumber: number }[];
}

export interface ActivationArgs {
  incidentId: string;
  runbookId: string;
  organisationIds: string[];
  caller: IncidentSightOfCaller;
  /** The system itself (the demo seed): acts for the commander. */
  asSystem: boolean;
}

/**
 * The whole activation as one statement (ActivationStore.activate says what it does); its
 * parameters are `activationParams`. Exported for the bench's raw-pg baseline, which runs
 * exactly this.
 */
export const ACTIVATION_SQL = `WITH inc AS (
         SELECT i.id, i.reference, i.lead_organisation_id, i.declared_at, i.status = ANY($10::text[]) AS live, ${incidentSeenSql('i', 4)} AS sees,
                EXISTS (SELECT 1 FROM incident_role_assignment r WHERE r.incident_id = i.id AND r.ended_at IS NULL
                         AND r.role = 'COMMANDER' AND r.user_id = $4::uuid) AS is_commander
           FROM incident i WHERE i.id = $1
       ), ver AS (
         SELECT rb.id AS runbook_id, rb.title, v.id, v.version_number, v.steps,
                (v.id IS NOT NULL AND rb.status <> 'RETIRED' AND NOT rb.is_template) AS usable
           FROM runbook rb JOIN inc ON true LEFT JOIN runbook_version v ON v.id = rb.current_version_id
          WHERE rb.id = $2
            AND (rb.organisation_id = inc.lead_organisation_id
                 OR EXISTS (SELECT 1 FROM incident_affected_organisation a WHERE a.incident_id = inc.id AND a.organisation_id = rb.organisation_id))
       ), chosen AS (
         SELECT DISTINCT o.id FROM unnest($3::uuid[]) o(id) JOIN inc ON true
          WHERE o.id = inc.lead_organisation_id
             OR EXISTS (SELECT 1 FROM incident_affected_organisation a WHERE a.incident_id = inc.id AND a.organisation_id = o.id)
       ), go AS (
         SELECT 1 FROM inc, ver WHERE (inc.is_commander OR $11::boolean) AND inc.live AND ver.usable
            AND (SELECT count(*) FROM chosen) = cardinality(ARRAY(SELECT DISTINCT unnest($3::uuid[])))
       ), act AS (
         INSERT INTO runbook_activation (id, incident_id, runbook_id, runbook_version_id, version_number, organisation_id, activated_by, activated_at)
         SELECT gen_random_uuid(), inc.id, ver.runbook_id, ver.id, ver.version_number, chosen.id, $4::uuid, $8::timestamptz
           FROM inc, ver, chosen WHERE EXISTS (SELECT 1 FROM go)
         ON CONFLICT ON CONSTRAINT runbook_activation_once DO NOTHING
         RETURNING id, organisation_id
       ), steps AS (
         SELECT s.step, (s.step->>'id')::uuid AS step_id, s.n FROM ver, jsonb_array_elements(ver.steps) WITH ORDINALITY s(step, n)
       ), planned AS (
         SELECT gen_random_uuid() AS id, act.id AS activation_id, st.step, st.step_id, st.n, fn.function,
                owner.organisation_id, owner.team_id,
                CASE WHEN st.step->>'designation' IS NOT NULL THEN
                  (SELECT CASE WHEN count(*) = 1 THEN (array_agg(d.user_id))[1] END
                     FROM designation d JOIN app_user u ON u.id = d.user_id AND u.active
                    WHERE d.organisation_id = act.organisation_id AND d.designation = st.step->>'designation')
                END AS assignee_user_id,
                CASE WHEN st.step->>'targetMinutes' IS NULL THEN NULL
                     WHEN COALESCE(st.step->>'clockAnchor', 'DECLARATION') = 'DECLARATION'
                       THEN inc.declared_at + make_interval(mins => (st.step->>'targetMinutes')::int)
                     -- From the organisation's awareness of the breach, once its IG thread records it (BreachAwarenessDue later).
                     ELSE (SELECT th.awareness_at FROM ig_thread th
                            WHERE th.incident_id = inc.id AND th.organisation_id = act.organisation_id)
                          + make_interval(mins => (st.step->>'targetMinutes')::int)
                END AS due_at
           FROM act CROSS JOIN steps st CROSS JOIN inc
           CROSS JOIN LATERAL (SELECT COALESCE(st.step->>'function', $9::jsonb->>(st.step->>'designation')) AS function) fn
           CROSS JOIN ${owningTeamSql('act.organisation_id', 'fn.function')} owner
       ), ins AS (
         INSERT INTO assignment (id, title, description, function, organisation_id, team_id, assignee_user_id,
                                 assigning_organisation_id, source_kind, source_id, incident_id, activation_id, runbook_step_id,
                                 priority, mandatory, status, due_at, created_by, created_at, updated_at)
         SELECT p.id, p.step->>'title', COALESCE(p.step->>'instructions', ''), p.function, p.organisation_id, p.team_id,
                p.assignee_user_id, inc.lead_organisation_id, 'INCIDENT_STEP', p.step_id, inc.id, p.activation_id, p.step_id,
                'HIGH', COALESCE((p.step->>'mandatory')::boolean, true), 'OPEN', p.due_at, $4::uuid, $8::timestamptz, $8::timestamptz
           FROM planned p CROSS JOIN inc
         RETURNING id
       ), deps AS (
         INSERT INTO assignment_dependency (assignment_id, depends_on_id)
         SELECT p.id, d.id FROM planned p
           CROSS JOIN LATERAL jsonb_array_elements_text(COALESCE(p.step->'dependsOn', '[]'::jsonb)) x(step_id)
           JOIN planned d ON d.activation_id = p.activation_id AND d.step_id = x.step_id::uuid
         RETURNING assignment_id, depends_on_id
       )
       SELECT (SELECT json_build_object('id', inc.id, 'reference', inc.reference, 'leadOrganisationId', inc.lead_organisation_id,
                                        'sees', inc.sees, 'isCommander', inc.is_commander, 'live', inc.live) FROM inc) AS incident,
              (SELECT json_build_object('id', ver.runbook_id, 'title', ver.title, 'versionId', ver.id,
                                        'versionNumber', ver.version_number, 'usable', ver.usable) FROM ver) AS runbook,
              ARRAY(SELECT id::text FROM chosen) AS "onIncident",
              COALESCE((SELECT json_agg(json_build_object('id', act.id, 'organisationId', act.organisation_id)) FROM act), '[]') AS activations,
              COALESCE((SELECT json_agg(json_build_object(
                  'id', p.id, 'title', p.step->>'title', 'function', p.function, 'organisationId', p.organisation_id,
                  'teamId', p.team_id, 'assigneeUserId', p.assignee_user_id, 'dueAt', p.due_at,
                  'mandatory', COALESCE((p.step->>'mandatory')::boolean, true), 'activationId', p.activation_id,
                  'runbookStepId', p.step_id,
                  'dependsOn', ARRAY(SELECT dp.depends_on_id FROM deps dp WHERE dp.assignment_id = p.id))
                ORDER BY p.activation_id, p.n)
                FROM planned p WHERE p.id IN (SELECT id FROM ins)), '[]') AS assignments`;

export function activationParams(args: ActivationArgs, now: Date): unknown[] {
  return [
    args.incidentId,
    args.runbookId,
    args.organisationIds,
    ...incidentCallerParams(args.caller),
    now,
    JSON.stringify(DESIGNATION_FUNCTIONS),
    LIVE_STATUSES,
    args.asSystem,
  ];
}

/**
 * Runbook activation in SQL: the whole activation of a version for the chosen
 * organisations is one statement (set-based inserts from the version's jsonb steps).
 */
@Injectable()
export class ActivationStore {
  /**
   * Reads the incident (sight, commander), the runbook's version in force (a runbook of one
   * of the incident's organisations; another's reads as missing) and the chosen
   * organisations on the incident; when the caller commands the live incident, the version
   * is usable and every organisation is on it, inserts one activation per organisation
   * (none for a pair activated before), one OPEN assignment per step per activation, owned
   * as `owningTeamSql` decides, due at the step's clock anchor + target minutes, and the
   * dependencies following the steps'. One statement; the caller refuses (and rolls back)
   * what the outcome shows was not allowed.
   */
  async activate(tx: Transaction, args: ActivationArgs): Promise<ActivationOutcome> {
    const [row] = await sqlRows<ActivationOutcome>(tx.manager, ACTIVATION_SQL, activationParams(args, tx.now));
    return {
      ...row,
      assignments: row.assignments.map((a) => ({ ...a, dueAt: a.dueAt ? new Date(a.dueAt) : null })),
    };
  }

  /** Whether the caller sees the incident (null: no such incident), and its category. */
  async incidentSeen(
    manager: EntityManager,
    incidentId: string,
    caller: IncidentSightOfCaller,
  ): Promise<{ sees: boolean; category: string } | null> {
    const [row] = await sqlRows<{ sees: boolean; category: string }>(
      manager,
      `SELECT ${incidentSeenSql('i', 2)} AS sees, i.category FROM incident i WHERE i.id = $1`,
      [incidentId, ...incidentCallerParams(caller)],
    );
    return row ?? null;
  }

  /** Per organisation of the incident (lead first), its runbooks of the incident's category with a version in force. */
  suggestions(manager: EntityManager, incidentId: string): Promise<SuggestionRow[]> {
    return sqlRows<SuggestionRow>(
      manager,
      `WITH orgs AS (
         SELECT i.lead_organisation_id AS id, 0 AS n, i.category FROM incident i WHERE i.id = $1
         UNION
         SELECT a.organisation_id, 1, i.category FROM incident_affected_organisation a JOIN incident i ON i.id = a.incident_id
          WHERE a.incident_id = $1 AND a.organisation_id <> i.lead_organisation_id
       )
       SELECT o.id AS "organisationId", o.name AS "organisationName",
              COALESCE((SELECT json_agg(json_build_object('id', rb.id, 'title', rb.title, 'versionNumber', v.version_number) ORDER BY rb.title, rb.id)
                          FROM runbook rb JOIN runbook_version v ON v.id = rb.current_version_id
                         WHERE rb.organisation_id = o.id AND NOT rb.is_template AND rb.status <> 'RETIRED'
                           AND orgs.category = ANY(rb.categories)), '[]') AS runbooks
         FROM orgs JOIN organisation o ON o.id = orgs.id
        ORDER BY orgs.n, o.name, o.id`,
      [incidentId],
    );
  }

  /**
   * Sets the due time of the organisation's unfinished, untimed step assignments on the
   * incident whose step counts from breach awareness: awareness + the step's target. Returns them.
   */
  async timeFromAwareness(tx: Transaction, known: BreachAwarenessKnown): Promise<AssignmentRow[]> {
    const { rows } = await sqlChange<AssignmentRow>(
      tx.manager,
      `UPDATE assignment a
          SET due_at = $3::timestamptz + make_interval(mins => (st.step->>'targetMinutes')::int),
              updated_at = $4, version = a.version + 1
         FROM runbook_activation ra
         JOIN runbook_version v ON v.id = ra.runbook_version_id
         CROSS JOIN LATERAL jsonb_array_elements(v.steps) st(step)
        WHERE a.activation_id = ra.id AND ra.incident_id = $1 AND ra.organisation_id = $2
          AND (st.step->>'id')::uuid = a.runbook_step_id
          AND st.step->>'clockAnchor' = 'BREACH_AWARENESS' AND st.step->>'targetMinutes' IS NOT NULL
          AND a.due_at IS NULL AND a.status IN ('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'BLOCKED')
        RETURNING ${assignmentColumns('a')}`,
      [known.incidentId, known.organisationId, known.awareAt, tx.now],
    );
    return rows;
  }
}
