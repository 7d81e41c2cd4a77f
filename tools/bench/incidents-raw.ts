import { randomUUID } from 'node:crypto';
import { Pool, PoolClient } from 'pg';
import { canonicalEvent, canonicalJson, EventHasher } from '@muster/platform-audit';

/**
 * The raw-pg side of the incidents bench: the statements the incidents library runs for
 * `incident(id)`, `incidents(first)` and `declareIncident`, written out as plain SQL over
 * `pg` (no Nest, no GraphQL, no authentication, no TypeORM), answering with the bodies the
 * GraphQL queries of incidents.bench.ts answer with, so the two can be compared byte for byte.
 */

interface IncidentRow {
  id: string;
  reference: string;
  title: string;
  status: string;
  level: number;
  version: number;
  leadOrganisationId: string;
}
interface OrganisationRow {
  id: string;
  name: string;
}
interface HoldingRow {
  incidentId: string;
  role: string;
  organisationId: string | null;
  userId: string;
  startedAt: Date;
  endedAt: Date | null;
}
interface SitRepRow {
  incidentId: string;
  sequence: number;
  template: string;
  submittedAt: Date;
  fields: Record<string, string>;
}
interface CountsRow {
  incidentId: string;
  sitReps: number;
  decisions: number;
  lessons: number;
  methaneRevisions: number;
}
interface PersonRow {
  id: string;
  displayName: string;
}

const INCIDENT_COLUMNS = `i.id::text, i.reference, i.title, i.status, i.level, i.version, i.lead_organisation_id::text AS "leadOrganisationId"`;
const TACTICAL = ['conditions', 'actions', 'needs'];

/** IncidentStore.context: the sight and rule facts of one incident. */
const CONTEXT = `SELECT i.lead_organisation_id AS "leadOrganisationId",
  ARRAY(SELECT a.organisation_id::text FROM incident_affected_organisation a WHERE a.incident_id = i.id ORDER BY a.added_at, a.organisation_id) AS "affectedOrganisationIds",
  COALESCE((SELECT json_agg(json_build_object('userId', r.user_id, 'role', r.role))
              FROM incident_role_assignment r WHERE r.incident_id = i.id AND r.ended_at IS NULL), '[]'::json) AS "roleHolders",
  ARRAY(SELECT o.id::text FROM organisation o WHERE o.id = ANY($2::uuid[]) AND o.kind = 'ICB') AS "icbIds",
  (SELECT count(*)::int FROM incident_lesson l WHERE l.incident_id = i.id) AS "lessonCount",
  EXISTS (SELECT 1 FROM incident_methane m WHERE m.incident_id = i.id) AS "hasMethane"
  FROM incident i WHERE i.id = $1`;

export class RawIncidents {
  constructor(private readonly pool: Pool) {}

  private async rows<T>(sql: string, params: unknown[] = [], client: Pool | PoolClient = this.pool): Promise<T[]> {
    return (await client.query<T & object>(sql, params)).rows;
  }

  /** The body of INCIDENT_QUERY. */
  async incident(id: string): Promise<string> {
    const [incident] = await this.rows<IncidentRow>(`SELECT ${INCIDENT_COLUMNS} FROM incident i WHERE i.id = $1`, [id]);
    if (!incident) throw new Error(`no incident ${id}`);
    await this.rows(CONTEXT, [id, []]);
    const [node] = await this.nested([incident], false);
    // Apollo ends its body with a newline.
    return `${JSON.stringify({ data: { incident: node } })}\n`;
  }

  /** The body of LIST_QUERY: a system-wide reader's first page, newest first. */
  async page(first: number): Promise<string> {
    const rows = await this.rows<IncidentRow>(
      `SELECT ${INCIDENT_COLUMNS} FROM incident i ORDER BY i.reported_at DESC, i.id DESC LIMIT $1`,
      [first + 1],
    );
    const nodes = await this.nested(rows.slice(0, first), true);
    return `${JSON.stringify({ data: { incidents: { nodes, pageInfo: { hasNextPage: rows.length > first } } } })}\n`;
  }

  /** The loaders' statements: one per field whatever the number of incidents. */
  private async nested(incidents: IncidentRow[], list: boolean): Promise<Record<string, unknown>[]> {
    const ids = incidents.map((i) => i.id);
    const [affected, holdings, sitReps, counts] = await Promise.all([
      this.rows<{ incidentId: string; organisationId: string }>(
        `SELECT incident_id::text AS "incidentId", organisation_id::text AS "organisationId" FROM incident_affected_organisation
          WHERE incident_id = ANY($1::uuid[]) ORDER BY added_at, organisation_id`,
        [ids],
      ),
      this.rows<HoldingRow>(
        `SELECT incident_id::text AS "incidentId", role, organisation_id::text AS "organisationId", user_id::text AS "userId",
                started_at AS "startedAt", ended_at AS "endedAt"
           FROM incident_role_assignment WHERE incident_id = ANY($1::uuid[]) ORDER BY started_at, ended_at NULLS LAST, id`,
        [ids],
      ),
      this.rows<SitRepRow>(
        `SELECT DISTINCT ON (incident_id) incident_id::text AS "incidentId", sequence, template, submitted_at AS "submittedAt", fields
           FROM incident_sitrep WHERE incident_id = ANY($1::uuid[]) ORDER BY incident_id, sequence DESC`,
        [ids],
      ),
      list
        ? this.rows<CountsRow>(
            `SELECT i.id::text AS "incidentId",
                  (SELECT count(*)::int FROM incident_sitrep s WHERE s.incident_id = i.id) AS "sitReps",
                  (SELECT count(*)::int FROM incident_decision d WHERE d.incident_id = i.id) AS "decisions",
                  (SELECT count(*)::int FROM incident_lesson l WHERE l.incident_id = i.id) AS "lessons",
                  (SELECT count(*)::int FROM incident_methane m WHERE m.incident_id = i.id) AS "methaneRevisions"
             FROM incident i WHERE i.id = ANY($1::uuid[])`,
            [ids],
          )
        : Promise.resolve([]),
    ]);
    const current = holdings.filter((h) => h.endedAt === null);
    const orgIds = new Set([
      ...incidents.map((i) => i.leadOrganisationId),
      ...affected.map((a) => a.organisationId),
      ...current.flatMap((h) => h.organisationId ?? []),
    ]);
    const [organisations, people] = await Promise.all([
      this.rows<OrganisationRow>(`SELECT id::text, name FROM organisation WHERE id = ANY($1::uuid[])`, [[...orgIds]]),
      this.rows<PersonRow>(`SELECT id::text, display_name AS "displayName" FROM app_user WHERE id = ANY($1::uuid[])`, [
        [...new Set(current.map((h) => h.userId))],
      ]),
    ]);
    const org = new Map(organisations.map((o) => [o.id, { id: o.id, name: o.name }]));
    const person = new Map(people.map((p) => [p.id, { id: p.id, displayName: p.displayName }]));
    return incidents.map((i) => {
      const roles = current.filter((h) => h.incidentId === i.id);
      const sitRep = sitReps.find((s) => s.incidentId === i.id);
      const commander = roles.find((h) => h.role === 'COMMANDER');
      const count = counts.find((c) => c.incidentId === i.id);
      return {
        id: i.id,
        reference: i.reference,
        title: i.title,
        status: i.status,
        level: i.level,
        version: i.version,
        leadOrganisation: org.get(i.leadOrganisationId),
        affectedOrganisations: affected.filter((a) => a.incidentId === i.id).map((a) => org.get(a.organisationId)),
        ...(list ? { commander: commander ? person.get(commander.userId) : null } : {}),
        roles: roles.map((h) => ({
          role: h.role,
          startedAt: h.startedAt.toISOString(),
          holder: person.get(h.userId) ?? null,
          organisation: h.organisationId ? (org.get(h.organisationId) ?? null) : null,
        })),
        latestSitRep: sitRep
          ? {
              sequence: sitRep.sequence,
              template: sitRep.template,
              submittedAt: sitRep.submittedAt.toISOString(),
              fields: TACTICAL.map((name) => ({ name, value: sitRep.fields[name] ?? '' })),
            }
          : null,
        ...(list && count
          ? {
              counts: {
                sitReps: count.sitReps,
                decisions: count.decisions,
                lessons: count.lessons,
                methaneRevisions: count.methaneRevisions,
              },
            }
          : {}),
      };
    });
  }

  /**
   * declareIncident with METHANE as raw SQL: the statements of the library's transaction
   * (see the trace the bench records), in one transaction, with the audit chain linked
   * and hashed the same way. Returns the new version.
   */
  async declare(
    id: string,
    commanderId: string,
    methane: Record<string, string | boolean>,
    hasher: EventHasher,
  ): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const now = new Date();
      const [incident] = await this.rows<IncidentRow & { type: string; scope: string }>(
        `SELECT ${INCIDENT_COLUMNS}, i.type, i.scope FROM incident i WHERE i.id = $1 FOR UPDATE`,
        [id],
        client,
      );
      if (incident.status !== 'REPORTED') throw new Error(`${incident.reference} is ${incident.status}`);
      await this.rows(CONTEXT, [id, []], client);
      await this.rows(
        `SELECT organisation_id, role FROM membership m JOIN app_user u ON u.id = m.user_id AND u.active WHERE m.user_id = $1`,
        [commanderId],
        client,
      );
      const [m] = await this.rows<{ id: string; revision: number }>(
        `INSERT INTO incident_methane (incident_id, revision, major_incident_declared, exact_location, type_of_incident, hazards, access,
                                       number_of_casualties, emergency_services, submitted_by, submitted_at)
         SELECT $1, COALESCE(max(revision), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9, $10 FROM incident_methane WHERE incident_id = $1
         RETURNING id::text, revision`,
        [
          id,
          methane.majorIncidentDeclared,
          methane.exactLocation,
          methane.typeOfIncident,
          methane.hazards,
          methane.access,
          methane.numberOfCasualties,
          methane.emergencyServices,
          commanderId,
          now,
        ],
        client,
      );
      await this.rows(
        `SELECT id FROM incident_role_assignment WHERE incident_id = $1 AND role = 'COMMANDER' AND ended_at IS NULL`,
        [id],
        client,
      );
      const [role] = await this.rows<{ id: string }>(
        `INSERT INTO incident_role_assignment (incident_id, role, user_id, assigned_by, started_at) VALUES ($1, 'COMMANDER', $2, $2, $3) RETURNING id::text`,
        [id, commanderId, now],
        client,
      );
      const [after] = await this.rows<{ version: number }>(
        `UPDATE incident SET status = 'DECLARED', type = 'MAJOR', declared_at = $2, declared_by = $3, updated_at = $2, version = version + 1
          WHERE id = $1 RETURNING version`,
        [id, now, commanderId],
        client,
      );
      const chainId = incident.leadOrganisationId;
      const [head] = await this.rows<{ lastSeq: string; lastHash: string }>(
        `SELECT last_seq::text AS "lastSeq", last_hash AS "lastHash" FROM audit_chain WHERE chain_id = $1 FOR UPDATE`,
        [chainId],
        client,
      );
      let seq = BigInt(head.lastSeq);
      let prev = head.lastHash;
      const events = [
        [
          'incident.methane_submitted',
          'incident_methane',
          m.id,
          `${incident.reference} METHANE report, revision ${m.revision}`,
          { after: { ...methane, revision: m.revision } },
        ],
        [
          'incident.role_assigned',
          'incident_role_assignment',
          role.id,
          `${incident.reference}: the declaring commander holds the commander role`,
          { role: 'COMMANDER', userId: commanderId },
        ],
        [
          'incident.declared',
          'incident',
          id,
          `${incident.reference} declared: major incident, level ${incident.level}`,
          { type: 'MAJOR', level: incident.level, scope: incident.scope },
        ],
      ] as const;
      const rows = events.map(([action, entityType, entityId, summary, changes]) => {
        seq += 1n;
        const fields = {
          chainId,
          seq: seq.toString(),
          prevHash: prev,
          occurredAt: now.toISOString(),
          actorType: 'USER',
          actorId: commanderId,
          actorLabel: 'commander@bench.nhs.uk',
          organisationId: chainId,
          roles: [`INCIDENT_COMMANDER@${chainId}`],
          action,
          entityType,
          entityId,
          incidentId: id,
          summary,
          changes: canonicalJson(changes),
          requestId: randomUUID(),
          clientAddress: '127.0.0.1',
        };
        const hash = hasher(canonicalEvent(fields));
        const row = [
          fields.seq,
          fields.occurredAt,
          commanderId,
          fields.actorLabel,
          `{${fields.roles.join(',')}}`,
          action,
          entityType,
          entityId,
          id,
          summary,
          fields.changes,
          fields.requestId,
          fields.clientAddress,
          prev,
          hash,
        ];
        prev = hash;
        return row;
      });
      await client.query(
        `INSERT INTO audit_event (chain_id, seq, occurred_at, actor_type, actor_id, actor_label, organisation_id, roles, action,
           entity_type, entity_id, incident_id, summary, changes, request_id, client_address, prev_hash, hash)
         SELECT $1, (r->>0)::bigint, (r->>1)::timestamptz, 'USER', (r->>2)::uuid, r->>3, $3::uuid, (r->>4)::text[], r->>5,
           r->>6, r->>7, (r->>8)::uuid, r->>9, (r->>10)::json, r->>11, r->>12, r->>13, r->>14
         FROM jsonb_array_elements($2::jsonb) AS r`,
        [chainId, JSON.stringify(rows), chainId],
      );
      await client.query(`UPDATE audit_chain SET last_seq = $2, last_hash = $3 WHERE chain_id = $1`, [
        chainId,
        seq.toString(),
        prev,
      ]);
      await client.query('COMMIT');
      return after.version;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }
}
