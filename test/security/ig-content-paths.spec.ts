import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, GraphQLField, GraphQLSchema, isNonNullType } from 'graphql';
import { METRIC_TABLE_NAMES } from '@muster/reporting';
import { createOrganisation, MailSink, startMailSink, startTestApp, TestApp, TestUser } from '@muster/testing';
import { tick } from '../notifications/notification-api';
import { fullQuery, fullSelection, reaches } from './full-selection';
import {
  IgContentWorld,
  igContentWorld,
  leaksIn,
  PLANTED_FIELDS,
  WITH_CONTENT,
  WITHOUT_CONTENT,
} from './ig-content-world';
import { liveContentSeen } from './ig-content-live';

/**
 * Field-level: IG decision content never reaches a role that may not see it, through any
 * path. A unique marker is planted in every content field (ig-content-world.ts); then, for
 * each person who sees the incident without the right to its content, every path is
 * walked and the marker must not appear, while those who may see content do see it (so
 * each check can fail):
 * - every Query field of the schema, selecting everything it can give (generated:
 *   full-selection.ts), with the world's ids for its arguments: a new field reaching an IG
 *   type fails the suite until it is walked;
 * - every GET route of the HTTP server: CSV tables, HTML documents, the audit export;
 * - the subscriptions, and the emails of the notifications raised (ig-content-live.ts).
 */
const IG_TYPES = new Set([
  'IgThread',
  'IgDecision',
  'IgDecisionContent',
  'IgNotificationRecord',
  'IgNotificationContent',
]);
const DEPTH = 5;
const PERIOD = '2026-11';

/** GET routes that serve no incident data, and why. */
const ROUTES_WITHOUT_INCIDENT_DATA: Record<string, string> = {
  '/health/live': 'liveness: no data',
  '/health/ready': 'readiness: no data',
  '/metrics': 'Prometheus counters, behind its own token: no record content',
  '/ack/:token': "a page's acknowledgement link: the page's text only",
};

describe('IG decision content reaches no one who may not see it, through any path', () => {
  let sink: MailSink;
  let t: TestApp;
  let world: IgContentWorld;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    sink = await startMailSink();
    // Limits raised so that one document may select everything a field gives (they guard
    // against load, not sight: query-limits.spec.ts proves them at their defaults).
    t = await startTestApp({
      env: { ...sink.env, GRAPHQL_MAX_TOKENS: '100000', GRAPHQL_MAX_COST: '10000000' },
    });
    world = await igContentWorld(t);
    schema = t.app.get(GraphQLSchemaHost).schema;
    // A dozen people signed in (argon2), an incident and its IG log: slow on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  /** The variable sets to call a Query field with (several for the audit history), or null if it takes what the world has not. */
  function variablesFor(field: GraphQLField<unknown, unknown>): Record<string, unknown>[] | null {
    const known: Record<string, unknown> = {
      'incident.id': world.incidentId,
      'incidentByReference.reference': world.incidentReference,
      'igThread.id': world.threadId,
      'igThreads.incidentId': world.incidentId,
      'igDecisionHistory.threadId': world.threadId,
      'incidentTimeline.incidentId': world.incidentId,
      'suggestedRunbooks.incidentId': world.incidentId,
      'systemMetrics.period': PERIOD,
      'organisationMetrics.period': PERIOD,
    };
    if (field.name === 'auditHistory') {
      return [
        ['incident', world.incidentId],
        ['ig_thread', world.threadId],
        ...world.decisionIds.map((id) => ['ig_decision', id]),
        ['ig_notification', world.notificationId],
      ].map(([entityType, entityId]) => ({ entityType, entityId, first: 100 }));
    }
    const variables: Record<string, unknown> = {};
    for (const arg of field.args) {
      const key = `${field.name}.${arg.name}`;
      if (known[key] !== undefined) variables[arg.name] = known[key];
      else if (arg.name === 'organisationId' && isNonNullType(arg.type)) variables[arg.name] = world.w.trust.id;
      else if (arg.name === 'first') variables.first = 100;
      else if (isNonNullType(arg.type) && arg.defaultValue === undefined) return null;
    }
    return [variables];
  }

  const queryFields = () =>
    Object.values((schema.getQueryType() as NonNullable<ReturnType<GraphQLSchema['getQueryType']>>).getFields());

  const queryField = (name: string) => queryFields().find((f) => f.name === name) as GraphQLField<unknown, unknown>;

  it('walks every Query field that can reach IG records (none is left out for its arguments)', () => {
    const reaching = queryFields().filter((f) => reaches(schema, getNamedType(f.type), IG_TYPES));
    expect(reaching.map((f) => f.name).sort()).toEqual(
      expect.arrayContaining(['igDeadlines', 'igThread', 'igThreads', 'incident', 'incidents']),
    );
    expect(reaching.filter((f) => !variablesFor(f)).map((f) => f.name)).toEqual([]);
  });

  /** Every Query field the world can call, as `who`: what each answered (data and errors). */
  async function graphqlPaths(who: TestUser): Promise<Map<string, string>> {
    const seen = new Map<string, string>();
    for (const field of queryFields()) {
      const sets = variablesFor(field);
      if (!sets) continue;
      const query = fullQuery(schema, field, DEPTH);
      for (const [i, variables] of sets.entries()) {
        const res = await t.gql.request(query, variables, { token: who.token });
        if (res.status >= 500) throw new Error(`${field.name}: ${JSON.stringify(res)}`);
        seen.set(sets.length > 1 ? `${field.name}#${i}` : field.name, JSON.stringify(res));
      }
    }
    return seen;
  }

  /** Every GET route of the server, with the world's ids: the CSV tables, the documents, the audit export. */
  function httpPaths(): string[] {
    const { incidentId, w } = world;
    const organisations = [w.trust.id, w.trust2.id];
    return [
      `/reports/incidents/${incidentId}.html`,
      ...organisations.map((id) => `/reports/grab-pack/${id}.html`),
      `/reports/board-report/ics.html?period=${PERIOD}`,
      ...organisations.map((id) => `/reports/board-report/${id}.html?period=${PERIOD}`),
      ...METRIC_TABLE_NAMES.flatMap((table) => [
        `/reports/${table}.csv?period=${PERIOD}`,
        ...organisations.map((id) => `/reports/${table}.csv?period=${PERIOD}&organisationId=${id}`),
      ]),
      `/audit/export?organisationId=${w.trust.id}`,
      `/audit/export?organisationId=${w.trust2.id}`,
      `/audit/export?organisationId=ics`,
      `/audit/export?incidentId=${incidentId}`,
    ];
  }

  it('walks every GET route of the HTTP server (or says why it serves no incident data)', () => {
    const routes = getRoutes(t);
    const walked = new Set(httpPaths().map((p) => routeOf(p)));
    const unwalked = routes.filter((r) => !walked.has(r) && !ROUTES_WITHOUT_INCIDENT_DATA[r]);
    expect(unwalked).toEqual([]);
    expect(Object.keys(ROUTES_WITHOUT_INCIDENT_DATA).filter((r) => !routes.includes(r))).toEqual([]);
  });

  async function httpSeen(who: TestUser): Promise<Map<string, string>> {
    const seen = new Map<string, string>();
    for (const path of httpPaths()) {
      const res = await fetch(`${t.baseUrl}${path}`, { headers: { authorization: `Bearer ${who.token}` } });
      if (res.status >= 500) throw new Error(`${path}: ${res.status}`);
      seen.set(path, await res.text());
    }
    return seen;
  }

  const leaksOf = (seen: Map<string, string>) =>
    [...seen].flatMap(([path, text]) => leaksIn(world, text).map((field) => `${path}: ${field}`));

  it('shows the content to the IG officer on the IG paths and the incident report, every field of it (so the walk can see a leak)', async () => {
    const seen = new Map([...(await graphqlPaths(world.w.igOfficer)), ...(await httpSeen(world.w.igOfficer))]);
    const carrying = [...seen].filter(([, text]) => leaksIn(world, text).length).map(([path]) => path);
    expect(carrying).toEqual(
      expect.arrayContaining([
        'incident',
        'incidentByReference',
        'incidents',
        'igThread',
        'igThreads',
        'igDecisionHistory',
      ]),
    );
    expect(carrying).toContain(`/reports/incidents/${world.incidentId}.html`);
    const fields = new Set(leaksOf(seen).map((l) => l.split(': ')[1]));
    expect([...PLANTED_FIELDS, ...world.numbers].filter((f) => !fields.has(f))).toEqual([]);
  });

  it.each(WITH_CONTENT)('shows it to %s too (the line between the two lists is the rule)', async (_name, pick) => {
    const who = pick(world.w);
    const thread = await t.gql.request(
      fullQuery(schema, queryField('igThread'), DEPTH),
      { id: world.threadId },
      { token: who.token },
    );
    expect(leaksIn(world, JSON.stringify(thread))).toEqual(expect.arrayContaining(PLANTED_FIELDS));
  });

  it.each(WITHOUT_CONTENT)('keeps it from %s, on every Query field and GET route', async (name, pick) => {
    const who = pick(world.w);
    const seen = new Map([...(await graphqlPaths(who)), ...(await httpSeen(who))]);
    // They do see the incident (else the walk proves little).
    const incident = JSON.parse(seen.get('incident') as string) as { data: { incident: { id: string } | null } | null };
    expect([name, incident.data?.incident?.id]).toEqual([name, world.incidentId]);
    expect([name, leaksOf(seen)]).toEqual([name, []]);
  });

  it("keeps it out of a mutation's answer: the ICB's commander adds and removes an affected organisation, selecting everything the incident gives", async () => {
    const mutation = (name: string) => {
      const field = (schema.getMutationType() as NonNullable<ReturnType<GraphQLSchema['getMutationType']>>).getFields()[
        name
      ];
      return `mutation ($input: AffectedOrganisationInput!) { ${name}(input: $input) ${fullSelection(schema, getNamedType(field.type), DEPTH)} }`;
    };
    const other = await createOrganisation(t);
    const input = { incidentId: world.incidentId, organisationId: other.id };
    const answers = [];
    for (const name of ['addAffectedOrganisation', 'removeAffectedOrganisation']) {
      const res = await t.gql.request(mutation(name), { input }, { token: world.w.icbCommander.token });
      expect([name, res.errors]).toEqual([name, undefined]);
      answers.push(JSON.stringify(res));
    }
    expect(answers.join('\n')).toContain(world.threadId);
    expect(leaksIn(world, answers.join('\n'))).toEqual([]);
  });

  it('keeps it from everyone else on the subscriptions, and out of every email sent', async () => {
    const seen = await liveContentSeen(t, schema, world, DEPTH);
    for (const [name, received] of seen.withoutContent) expect([name, leaksIn(world, received)]).toEqual([name, []]);
    // The IG officer's copy of the same streams carries the new decision's content (the streams were read).
    expect(leaksIn(world, seen.withContent)).toContain('rationale');
    await tick(t);
    const mail = sink.received.map((m) => `${m.subject}\n${m.text}`).join('\n');
    expect(sink.received.length).toBeGreaterThan(0);
    expect(leaksIn(world, mail)).toEqual([]);
  });
});

type Layer = { route?: { path: string; methods: Record<string, boolean> } };

/** The GET routes of the Express app Nest runs (Express 5 keeps them on `router.stack`). */
function getRoutes(t: TestApp): string[] {
  const express = t.app.getHttpAdapter().getInstance() as { router: { stack: Layer[] } };
  return express.router.stack
    .filter((layer) => layer.route?.methods.get)
    .map((layer) => (layer.route as NonNullable<Layer['route']>).path)
    .filter((path) => path !== '/graphql');
}

/** The route a probed path matches. */
function routeOf(path: string): string {
  const bare = path.split('?')[0];
  if (bare.startsWith('/reports/incidents/')) return '/reports/incidents/:file';
  if (bare.startsWith('/reports/grab-pack/')) return '/reports/grab-pack/:file';
  if (bare.startsWith('/reports/board-report/')) return '/reports/board-report/:file';
  if (bare.startsWith('/reports/')) return '/reports/:file';
  return bare;
}
