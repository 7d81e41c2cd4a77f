import type { Client } from 'pg';
import { EventHasher, GENESIS_HASH } from '@muster/platform-audit';
import { writeAssignments, writeGovernance } from './activity';
import { ChainPlan, TimelineIncident, writeChains } from './audit';
import { writeIncidents } from './incidents';
import { writePeople } from './people';
import { Prng, seedDatabaseSession } from './prng';
import { writeRunbooks } from './runbooks';
import { SystemSize } from './size';

export interface GenerateOptions {
  /** The same seed and `now` write the same system, hashes included. */
  seed: number;
  /** The end of the year of activity (benches pass the real now: metrics read the current financial year). */
  now: Date;
  hasher: EventHasher;
  log: (line: string) => void;
}

export interface Generated {
  /** Rows per table written. */
  rows: Record<string, number>;
  /** Seconds per part. */
  seconds: Record<string, number>;
  /** Each audit chain's head (chain id: the organisation id). */
  heads: Map<string, { seq: number; hash: string }>;
}

/** The tables the generator writes, in the order `rows` reports them. */
export const GENERATED_TABLES = [
  'organisation',
  'team',
  'app_user',
  'membership',
  'runbook',
  'runbook_step',
  'runbook_version',
  'incident',
  'incident_affected_organisation',
  'incident_role_assignment',
  'incident_methane',
  'incident_sitrep',
  'incident_decision',
  'exercise',
  'assignment',
  'assignment_dependency',
  'assignment_evidence',
  'ig_thread',
  'ig_decision',
  'ig_notification',
  'notification',
  'notification_inbox',
  'posture_report',
  'audit_chain',
  'audit_event',
] as const;

/**
 * The whole system, deterministic from the seed: organisations and their people, runbooks,
 * incidents with their participants, assignments, IG threads and decisions, notifications,
 * posture reports, and the audit chains (one per organisation, its incidents' timelines
 * first), in set-based statements and COPY on one connection — into a freshly migrated,
 * otherwise empty database. Parts of size zero are left out.
 */
export async function generateSystem(db: Client, size: SystemSize, o: GenerateOptions): Promise<Generated> {
  const seconds: Record<string, number> = {};
  const timed = async (part: string, work: () => Promise<unknown>) => {
    const started = process.hrtime.bigint();
    await work();
    seconds[part] = Number(process.hrtime.bigint() - started) / 1e9;
    o.log(`${part}: ${seconds[part].toFixed(1)} s`);
  };
  await db.query(`SET synchronous_commit = off`);
  await seedDatabaseSession(db, o.seed);
  await db.query('BEGIN');
  await timed('organisations and people', () => writePeople(db, size.organisations, size.usersPerOrganisation));
  if (size.runbooksPerOrganisation > 0 && size.stepsPerRunbook > 0)
    await timed('runbooks', () =>
      writeRunbooks(db, size.organisations, size.runbooksPerOrganisation, size.stepsPerRunbook, o.now),
    );
  if (size.incidents > 0)
    await timed('incidents', () => writeIncidents(db, size.organisations, size.incidents, size.participants, o.now));
  if (size.assignments > 0)
    await timed('assignments', () => writeAssignments(db, size.organisations, size.assignments, o.now));
  if (size.incidents > 0 || size.postureDays > 0)
    await timed('governance and notifications', () =>
      writeGovernance(
        db,
        {
          organisations: size.organisations,
          igEvery: size.incidents > 0 ? size.igEvery : 0,
          notificationEvery: size.incidents > 0 ? size.notificationEvery : 0,
          postureDays: size.postureDays,
        },
        o.now,
      ),
    );
  await db.query('COMMIT');
  let heads = new Map<string, { seq: number; hash: string }>();
  if (size.auditEvents > 0)
    await timed('audit chains', async () => {
      const plans = await chainPlans(db, size);
      const written = await writeChains(db, plans, o.hasher, new Prng(o.seed), {
        epoch: new Date(o.now.getTime() - 365 * 86_400_000),
        log: o.log,
      });
      heads = written.heads;
    });
  await timed('analyze', () => db.query('VACUUM ANALYZE'));
  const rows: Record<string, number> = {};
  for (const table of GENERATED_TABLES)
    rows[table] = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  return { rows, seconds, heads };
}

/** One chain per organisation: its incidents' timelines, then other work; `auditEvents` shared out in proportion. */
async function chainPlans(db: Client, size: SystemSize): Promise<ChainPlan[]> {
  const incidents = (
    await db.query<TimelineIncident & { organisation: number }>(
      `SELECT i.id::text, i.reference, i.reported_at AS "reportedAt", substr(o.ods_code, 2)::int AS organisation
         FROM incident i JOIN organisation o ON o.id = i.lead_organisation_id
        WHERE o.ods_code ~ '^B[0-9]+$' ORDER BY i.reported_at, i.id`,
    )
  ).rows;
  const own = new Map<number, TimelineIncident[]>();
  for (const i of incidents) {
    const list = own.get(i.organisation);
    if (list) list.push(i);
    else own.set(i.organisation, [i]);
  }
  const assignments = new Map<number, string[]>();
  for (const a of (
    await db.query<{ id: string; organisation: number }>(
      `SELECT a.id::text, substr(o.ods_code, 2)::int AS organisation
         FROM assignment a JOIN organisation o ON o.id = a.organisation_id
        WHERE o.ods_code ~ '^B[0-9]+$' ORDER BY a.created_at, a.id`,
    )
  ).rows) {
    const list = assignments.get(a.organisation);
    if (list) list.push(a.id);
    else assignments.set(a.organisation, [a.id]);
  }
  const chains = Array.from({ length: size.organisations }, (_, k) => k + 1);
  const timeline = (n: number) => (own.get(n)?.length ?? 0) * size.timelineEventsPerIncident;
  const totalTimeline = chains.reduce((sum, n) => sum + timeline(n), 0);
  const rest = Math.max(0, size.auditEvents - totalTimeline);
  const ids = (
    await db.query<{ id: string }>(
      `SELECT md5('org' || o)::uuid::text AS id FROM generate_series(1, $1::int) o ORDER BY o`,
      [size.organisations],
    )
  ).rows;
  let given = 0;
  let restGiven = 0;
  return chains.map((n, k) => {
    // Cumulative shares, so the chains add up to exactly auditEvents.
    let events: number;
    if (size.auditEvents <= totalTimeline) {
      const upTo = chains.slice(0, k + 1).reduce((sum, c) => sum + timeline(c), 0);
      events = Math.floor((size.auditEvents * upTo) / totalTimeline) - given;
    } else {
      const restUpTo = Math.floor((rest * (k + 1)) / chains.length);
      events = timeline(n) + restUpTo - restGiven;
      restGiven = restUpTo;
    }
    given += events;
    return {
      chainId: ids[k].id,
      organisationNumber: n,
      incidents: own.get(n) ?? [],
      assignments: assignments.get(n) ?? [],
      timelinePerIncident: size.timelineEventsPerIncident,
      events,
      start: { seq: 0, hash: GENESIS_HASH },
    };
  });
}
