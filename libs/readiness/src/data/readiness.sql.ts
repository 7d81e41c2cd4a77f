import { OrganisationKind } from '@muster/identity';
import { IncidentCategory, RunbookStatus } from '@muster/runbooks';
import { dutyColumns, DutyRow, DutySource, dutySetOf } from '../duty-bits/duty-columns';
import { OrganisationFacts, RunbookFacts, StepFact, TemplateFacts } from '../rules/readiness.facts';
import { onCallCoverBranch, onCallCoverCtes } from './oncall-coverage.sql';

/**
 * The SQL readiness reads, as plain statements and row mappers: the store and
 * the raw-pg benchmark handler (tools/bench) run exactly these. Every statement is
 * set-based, so a matrix of any size costs the same few statements.
 */

export interface SqlStatement {
  sql: string;
  params: unknown[];
}

export interface ReadinessScope {
  organisationId?: string;
  category?: IncidentCategory;
  /** The time actions are overdue at (the injected clock); the database's now() when not given. */
  at?: Date;
}

/**
 * One row per live runbook with what the rules need, the duties of its steps as bits
 * (duty-bits/): those the database keeps for the approved version in force, else for the
 * draft steps. An adopted runbook is compared with its template by the template version
 * its version in force is based on (a draft updated from the template is not in force
 * until approved). With `labels` false (the matrix, which only counts gaps) the columns
 * only words need are left out: 10,000 rows cost less to send. `duties: 'steps'` reads
 * the duties from the steps themselves: the plain way, for the differential test and
 * the bench only. `ownerGone`: the runbook's owner is inactive or no longer a member of
 * the organisation (a gap of ROLES_HELD).
 */
export function runbookFactsStatement(
  scope: ReadinessScope = {},
  { labels = true, duties = 'bits' }: { labels?: boolean; duties?: DutySource } = {},
): SqlStatement {
  const params: unknown[] = [];
  const org = scope.organisationId ? ` AND r.organisation_id = $${params.push(scope.organisationId)}::uuid` : '';
  const category = scope.category ? ` AND $${params.push(scope.category)}::text = ANY (r.categories)` : '';
  const live = `NOT r.is_template AND r.status <> 'RETIRED'${org}${category}`;
  const at = scope.at ? `$${params.push(scope.at)}::timestamptz` : 'now()';
  const labelColumns = labels
    ? `r.id, r.title, date_part('epoch', v.approved_at) * 1000 AS "approvedAt", t.title AS "templateTitle",
       (SELECT ou.display_name FROM app_user ou WHERE ou.id = r.owner_user_id) AS "ownerName",`
    : '';
  const read = dutyColumns(duties);
  // What exercises and activations say of the runbooks, and whether their owners are still
  // active members, aggregated once and hash-joined, never a lookup per runbook: the matrix reads
  // 10,000, and a per-row subplan lifts the estimated cost past jit_above_cost — PostgreSQL then
  // spent ~50 ms compiling the statement on every request (measured: p50 77 → 150 ms).
  const sql = `
    WITH tested AS (
      SELECT x.runbook_id, e.held_at AS at,
             CASE WHEN EXISTS (SELECT 1 FROM exercise_finding f WHERE f.exercise_id = e.id) THEN e.held_at END AS lessons_at
        FROM exercise_runbook x JOIN exercise e ON e.id = x.exercise_id
      UNION ALL
      SELECT ra.runbook_id, ra.activated_at, l.at
        FROM runbook_activation ra
        JOIN (SELECT incident_id, max(recorded_at) AS at FROM incident_lesson GROUP BY incident_id) l ON l.incident_id = ra.incident_id
    ), exercised AS (
      SELECT t.runbook_id, max(t.at) AS last,
             max(t.lessons_at) FILTER (WHERE t.lessons_at > coalesce(rr.last_reviewed_at, '-infinity')) AS lessons
        FROM tested t JOIN runbook rr ON rr.id = t.runbook_id GROUP BY t.runbook_id
    ), present AS (
      -- Active people and the organisations they are members of (an owner not among them is gone).
      SELECT DISTINCT m.user_id, m.organisation_id FROM membership m JOIN app_user u ON u.id = m.user_id AND u.active
    ), overdue AS (
      SELECT x.runbook_id, a.organisation_id, count(*)::int AS n
        FROM exercise_runbook x JOIN assignment a ON a.exercise_id = x.exercise_id
       WHERE a.source_kind = 'EXERCISE_FINDING' AND a.status IN ('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'BLOCKED')
         AND a.due_at < ${at}
       GROUP BY x.runbook_id, a.organisation_id
    )
    SELECT ${labelColumns} r.organisation_id AS "organisationId", array_to_string(r.categories, ',') AS categories, r.status,
           v.version_number AS "versionNumber", ${read.select},
           date_part('epoch', r.next_review_at) * 1000 AS "nextReviewAt",
           CASE WHEN v.id IS NULL THEN r.adopted_template_version ELSE v.based_on_template_version END AS "adoptedVersion",
           t.latest_version_number AS "templateVersion",
           (r.owner_user_id IS NOT NULL AND present.user_id IS NULL)::int AS "ownerGone",
           date_part('epoch', ex.last) * 1000 AS "lastExercisedAt",
           date_part('epoch', ex.lessons) * 1000 AS "lessonsSince",
           date_part('epoch', fa.approved_at) * 1000 AS "firstApprovedAt",
           coalesce(od.n, 0) AS "overdueExerciseActions"
    FROM runbook r
    LEFT JOIN runbook_version v ON v.id = r.current_version_id
    LEFT JOIN present ON present.user_id = r.owner_user_id AND present.organisation_id = r.organisation_id
    LEFT JOIN exercised ex ON ex.runbook_id = r.id
    LEFT JOIN runbook_version fa ON fa.runbook_id = r.id AND fa.version_number = 1
    LEFT JOIN overdue od ON od.runbook_id = r.id AND od.organisation_id = r.organisation_id
    ${read.joins}
    LEFT JOIN runbook t ON t.id = r.template_runbook_id
    WHERE ${live}`;
  return { sql, params };
}

export interface RunbookFactsRow extends DutyRow {
  /** Labels: absent without `labels`. */
  id?: string;
  title?: string;
  approvedAt?: number | null;
  templateTitle?: string | null;
  organisationId: string;
  categories: string;
  status: RunbookStatus;
  versionNumber: number | null;
  stepCount: number;
  nextReviewAt: number | null;
  adoptedVersion: number | null;
  templateVersion: number | null;
  /** 1 when the owner is inactive or no longer a member of the organisation. */
  ownerGone: number;
  /** The latest exercise that tested it, and its first approval (ms since the epoch). */
  lastExercisedAt: number | null;
  lessonsSince: number | null;
  firstApprovedAt: number | null;
  overdueExerciseActions: number;
  ownerName?: string | null;
}

export function toRunbookFacts(row: RunbookFactsRow): RunbookFacts {
  return {
    id: row.id ?? '',
    organisationId: row.organisationId,
    title: row.title ?? '',
    status: row.status,
    categories: row.categories.split(',') as IncidentCategory[],
    approvedVersion:
      row.versionNumber === null
        ? null
        : { number: row.versionNumber, approvedAt: row.approvedAt == null ? null : new Date(row.approvedAt) },
    nextReviewAt: row.nextReviewAt === null ? null : new Date(row.nextReviewAt),
    stepCount: row.stepCount,
    requiredDuties: dutySetOf(row),
    template:
      row.adoptedVersion === null || row.templateVersion === null
        ? null
        : { title: row.templateTitle ?? '', adoptedVersion: row.adoptedVersion, latestVersion: row.templateVersion },
    exercises: {
      lastExercisedAt: row.lastExercisedAt === null ? null : new Date(row.lastExercisedAt),
      firstApprovedAt: row.firstApprovedAt === null ? null : new Date(row.firstApprovedAt),
      lessonsSince: row.lessonsSince === null ? null : new Date(row.lessonsSince),
      overdueActions: row.overdueExerciseActions,
    },
    ownerGone: row.ownerGone === 1,
    ...(row.ownerName !== undefined && { ownerName: row.ownerName }),
  };
}

/**
 * Rows of HolderFacts: the roles named, active people hold, per organisation and team
 * function; the designations held by active people who are still members of the
 * organisation; for a function another organisation delivers for it (shared_service),
 * the roles the provider's active people hold in teams of that function (or in no team),
 * counted as the client's for that function only; and the command on-call duties the
 * organisation keeps a rota for, covered or with their first gap in the next 14 days
 * (oncall-coverage.sql.ts: where a rota is kept, it decides rather than the designation).
 * One statement either way; `at` (the injected clock) starts the on-call horizon, the
 * database's now() when not given.
 */
export function holdersStatement(organisationId?: string, at?: Date): SqlStatement {
  const params: unknown[] = organisationId ? [organisationId] : [];
  const start = at ? `$${params.push(at)}::timestamptz` : 'now()';
  return {
    sql: `WITH ${onCallCoverCtes(start, organisationId ? 'r.organisation_id = $1' : 'true')}
          SELECT DISTINCT m.organisation_id AS "organisationId", m.role, t.function, NULL::text AS designation,
                 NULL::text AS uncovered
          FROM membership m
          JOIN app_user u ON u.id = m.user_id AND u.active
          LEFT JOIN team t ON t.id = m.team_id
          ${organisationId ? 'WHERE m.organisation_id = $1' : ''}
          UNION ALL
          SELECT DISTINCT d.organisation_id, NULL, NULL, d.designation, NULL
          FROM designation d
          JOIN app_user u ON u.id = d.user_id AND u.active
          WHERE EXISTS (SELECT 1 FROM membership m WHERE m.user_id = d.user_id AND m.organisation_id = d.organisation_id)
            AND NOT EXISTS (SELECT 1 FROM rota WHERE rota.organisation_id = d.organisation_id AND rota.duty || '_ON_CALL' = d.designation)
          ${organisationId ? 'AND d.organisation_id = $1' : ''}
          UNION ALL
          SELECT DISTINCT s.client_organisation_id, m.role, s.function, NULL, NULL
          FROM shared_service s
          JOIN membership m ON m.organisation_id = s.provider_organisation_id
          JOIN app_user u ON u.id = m.user_id AND u.active
          LEFT JOIN team t ON t.id = m.team_id
          WHERE (t.function = s.function OR m.team_id IS NULL)
          ${organisationId ? 'AND s.client_organisation_id = $1' : ''}
          UNION ALL ${onCallCoverBranch()}`,
    params,
  };
}

/** Published ICS templates: approved at least once and not retired; who keeps each and when it is due for review. */
export function templatesStatement(scope: ReadinessScope = {}): SqlStatement {
  const params: unknown[] = [];
  const category = scope.category ? `AND $${params.push(scope.category)}::text = ANY (categories)` : '';
  return {
    sql: `SELECT id, title, array_to_string(categories, ',') AS categories, organisation_id AS "organisationId",
                 date_part('epoch', next_review_at) * 1000 AS "nextReviewAt" FROM runbook
          WHERE is_template AND status <> 'RETIRED' AND latest_version_number >= 1 ${category}
          ORDER BY title, id`,
    params,
  };
}

export function toTemplateFacts(row: {
  id: string;
  title: string;
  categories: string;
  organisationId: string;
  nextReviewAt: number | null;
}): TemplateFacts {
  return {
    id: row.id,
    title: row.title,
    categories: row.categories.split(',') as IncidentCategory[],
    organisationId: row.organisationId,
    nextReviewAt: row.nextReviewAt === null ? null : new Date(row.nextReviewAt),
  };
}

/**
 * Organisations with the categories each has opted in to (applicability/), and the categories
 * of its retired runbooks that had an approved version, in one statement.
 */
export function organisationsStatement(organisationId?: string): SqlStatement {
  return {
    sql: `SELECT o.id, o.name, o.ods_code AS "odsCode", o.kind,
                 (SELECT coalesce(string_agg(p.category, ',' ORDER BY p.category), '') FROM readiness_opt_in p WHERE p.organisation_id = o.id) AS "optIns",
                 (SELECT coalesce(string_agg(DISTINCT c, ',' ORDER BY c), '') FROM runbook r CROSS JOIN LATERAL unnest(r.categories) c
                   WHERE r.organisation_id = o.id AND NOT r.is_template AND r.status = 'RETIRED' AND r.current_version_id IS NOT NULL) AS "retiredCategories"
          FROM organisation o ${organisationId ? 'WHERE o.id = $1' : ''} ORDER BY o.name, o.id`,
    params: organisationId ? [organisationId] : [],
  };
}

export function toOrganisationFacts(row: {
  id: string;
  name: string;
  odsCode: string;
  kind: string;
  optIns: string;
  retiredCategories: string;
}): OrganisationFacts {
  return {
    id: row.id,
    name: row.name,
    odsCode: row.odsCode,
    kind: row.kind as OrganisationKind,
    optIns: row.optIns === '' ? [] : (row.optIns.split(',') as IncidentCategory[]),
    retiredCategories: row.retiredCategories === '' ? [] : (row.retiredCategories.split(',') as IncidentCategory[]),
  };
}

/**
 * The steps (of the version in force, else the draft) of one organisation's live runbooks
 * whose duty (`ROLE:FUNCTION`, or the designation) is among `duties`: named in the role
 * gaps of the organisation view.
 */
export function uncoveredStepsStatement(organisationId: string, duties: readonly string[]): SqlStatement {
  return {
    sql: `
      WITH live AS (
        SELECT id, current_version_id FROM runbook
        WHERE organisation_id = $1 AND NOT is_template AND status <> 'RETIRED'
      )
      SELECT l.id AS "runbookId", (e ->> 'position')::int AS position, e ->> 'title' AS title,
             e ->> 'responsibleRole' AS role, e ->> 'function' AS function, e ->> 'designation' AS designation
      FROM live l JOIN runbook_version v ON v.id = l.current_version_id CROSS JOIN LATERAL jsonb_array_elements(v.steps) e
      WHERE coalesce(e ->> 'designation', (e ->> 'responsibleRole') || ':' || (e ->> 'function')) = ANY ($2::text[])
      UNION ALL
      SELECT l.id, s.position, s.title, s.responsible_role, s.function, s.designation
      FROM live l JOIN runbook_step s ON s.runbook_id = l.id
      WHERE l.current_version_id IS NULL AND coalesce(s.designation, s.responsible_role || ':' || s.function) = ANY ($2::text[])`,
    params: [organisationId, duties],
  };
}

export type UncoveredStepRow = StepFact & { runbookId: string };
