import { Pool } from 'pg';
import { AssignmentStatus, UNFINISHED_STATUSES } from '@muster/assignments';

/**
 * The raw-pg side of `assignments(first: N)` nested (ASSIGNMENTS_QUERY): the statements the
 * assignments library runs for a system-wide caller — the page, keyset on (due time, id),
 * then one statement per nested field as its DataLoaders batch them (organisations, teams,
 * people, evidence, dependencies, history) — written out as plain SQL over `pg` (no Nest, no
 * GraphQL, no authentication), answering with the body GraphQL answers, byte for byte.
 */
export const ASSIGNMENTS_QUERY = `query ($first: Int) { assignments(first: $first) {
  nodes {
    id title status priority function dueAt overdue version
    organisation { id name } assigningOrganisation { id name } team { id name } assignee { id name }
    source { kind incidentId exerciseId }
    dependencies { id title status } evidence { id text links addedAt } history { at action actor summary }
  }
  pageInfo { hasNextPage }
} }`;

interface PageRow {
  id: string;
  title: string;
  status: string;
  priority: string;
  function: string;
  dueAt: Date | null;
  version: number;
  organisationId: string;
  assigningOrganisationId: string;
  teamId: string | null;
  assigneeUserId: string | null;
  sourceKind: string;
  incidentId: string | null;
  exerciseId: string | null;
}
type Named = { id: string; name: string };

const PAGE = `SELECT a.id, a.title, a.status, a.priority, a.function, a.due_at AS "dueAt", a.version,
    a.organisation_id AS "organisationId", a.assigning_organisation_id AS "assigningOrganisationId", a.team_id AS "teamId",
    a.assignee_user_id AS "assigneeUserId", a.source_kind AS "sourceKind", a.incident_id AS "incidentId", a.exercise_id AS "exerciseId"
  FROM assignment a ORDER BY COALESCE(a.due_at, 'infinity'::timestamptz) ASC, a.id ASC LIMIT $1`;

export class RawAssignments {
  constructor(private readonly pool: Pool) {}

  private async rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return (await this.pool.query<T & object>(sql, params)).rows;
  }

  /** The body of ASSIGNMENTS_QUERY for a system-wide caller. */
  async page(first: number): Promise<string> {
    const found = await this.rows<PageRow>(PAGE, [first + 1]);
    const page = found.slice(0, first);
    const ids = page.map((a) => a.id);
    const unique = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => x !== null))];
    const named = (table: string, column: string, of: string[]) =>
      of.length
        ? this.rows<Named>(`SELECT id, ${column} AS name FROM ${table} WHERE id = ANY($1::uuid[])`, [of])
        : Promise.resolve([]);
    const [organisations, teams, people, evidence, dependencies, history] = await Promise.all([
      named('organisation', 'name', unique(page.flatMap((a) => [a.organisationId, a.assigningOrganisationId]))),
      named('team', 'name', unique(page.map((a) => a.teamId))),
      named('app_user', 'display_name', unique(page.map((a) => a.assigneeUserId))),
      this.rows<{ assignmentId: string; id: string; text: string; links: string[]; addedAt: Date }>(
        `SELECT id, assignment_id AS "assignmentId", text, links, added_by AS "addedBy", added_at AS "addedAt"
           FROM assignment_evidence WHERE assignment_id = ANY($1::uuid[]) ORDER BY added_at, id`,
        [ids],
      ),
      this.rows<{ assignmentId: string; id: string; title: string; status: string }>(
        `SELECT x.assignment_id AS "assignmentId", d.id, d.title, d.status
           FROM assignment_dependency x JOIN assignment d ON d.id = x.depends_on_id
          WHERE x.assignment_id = ANY($1::uuid[]) ORDER BY d.created_at, d.id`,
        [ids],
      ),
      this.rows<{ entityId: string; occurredAt: Date; action: string; actorLabel: string; summary: string }>(
        `SELECT entity_id AS "entityId", occurred_at AS "occurredAt", action, actor_label AS "actorLabel", summary
           FROM audit_event WHERE entity_type = 'assignment' AND entity_id = ANY($1::text[]) ORDER BY id`,
        [ids],
      ),
    ]);
    const byId = new Map([...organisations, ...teams, ...people].map((n) => [n.id, { id: n.id, name: n.name }]));
    const grouped = <T>(rows: T[], key: (r: T) => string) => {
      const map = new Map<string, T[]>();
      for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
      return map;
    };
    const evidenceOf = grouped(evidence, (r) => r.assignmentId);
    const dependenciesOf = grouped(dependencies, (r) => r.assignmentId);
    const historyOf = grouped(history, (r) => r.entityId);
    const now = Date.now();
    const nodes = page.map((a) => ({
      id: a.id,
      title: a.title,
      status: a.status,
      priority: a.priority,
      function: a.function,
      dueAt: a.dueAt,
      overdue:
        a.dueAt !== null && a.dueAt.getTime() < now && UNFINISHED_STATUSES.includes(a.status as AssignmentStatus),
      version: a.version,
      organisation: byId.get(a.organisationId),
      assigningOrganisation: byId.get(a.assigningOrganisationId),
      team: a.teamId ? (byId.get(a.teamId) ?? null) : null,
      assignee: a.assigneeUserId ? (byId.get(a.assigneeUserId) ?? null) : null,
      source: { kind: a.sourceKind, incidentId: a.incidentId, exerciseId: a.exerciseId },
      dependencies: (dependenciesOf.get(a.id) ?? []).map(({ id, title, status }) => ({ id, title, status })),
      evidence: (evidenceOf.get(a.id) ?? []).map(({ id, text, links, addedAt }) => ({ id, text, links, addedAt })),
      history: (historyOf.get(a.id) ?? []).map((h) => ({
        at: h.occurredAt,
        action: h.action,
        actor: h.actorLabel,
        summary: h.summary,
      })),
    }));
    // Apollo ends its body with a newline.
    return `${JSON.stringify({ data: { assignments: { nodes, pageInfo: { hasNextPage: found.length > first } } } })}\n`;
  }
}
