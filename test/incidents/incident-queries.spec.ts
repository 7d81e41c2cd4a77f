import { errorCode, startTestApp, TestApp } from '@muster/testing';
import {
  act,
  createIncidentWorld,
  INCIDENT_FIELDS,
  IncidentView,
  IncidentWorld,
  METHANE,
  report,
} from './incident-api';

const LIST = `query ($filter: IncidentFilter, $first: Int, $after: String, $orderBy: IncidentOrder) {
  incidents(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    nodes { ${INCIDENT_FIELDS} latestSitRep { id fields { name value } } methane { revision } decisions { id } lessons { id } roleHistory { holder { displayName } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

// The shapes tools/bench/incidents.bench.ts measures (issue 13).
const ONE = `query ($id: ID!) { incident(id: $id) {
  id reference title status level version
  leadOrganisation { id name } affectedOrganisations { id name }
  roles { role startedAt holder { id displayName } organisation { id name } }
  latestSitRep { sequence template submittedAt fields { name value } }
} }`;
const BOARD = `query ($first: Int) { incidents(first: $first) {
  nodes {
    id reference title status level version
    leadOrganisation { id name } affectedOrganisations { id name } commander { id displayName }
    roles { role startedAt holder { id displayName } organisation { id name } }
    latestSitRep { sequence template submittedAt fields { name value } }
    counts { sitReps decisions lessons methaneRevisions }
  }
  pageInfo { hasNextPage }
} }`;

interface Page {
  incidents: { nodes: IncidentView[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe('incident queries', () => {
  let t: TestApp;
  let w: IncidentWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createIncidentWorld(t);
    for (let n = 0; n < 22; n++) {
      t.clock.set(new Date(Date.UTC(2026, 10, 28, 9, 1, n)));
      const i = await report(t, w.trust.id, w.responder, {
        title: `Incident number ${String(n).padStart(2, '0')}`,
        category: n % 2 ? 'DDOS' : 'RANSOMWARE',
      });
      const declared = await act(t, 'declareIncident', { id: i.id, version: i.version }, w.commander);
      await act(t, 'addAffectedOrganisation', { incidentId: declared.id, organisationId: w.icb.id }, w.commander);
      await act(
        t,
        'assignIncidentRole',
        { incidentId: declared.id, role: 'SCRIBE', userId: w.responder.id },
        w.commander,
      );
    }
  });
  afterAll(() => t.close());

  const page = (variables: Record<string, unknown>) => t.gql.request<Page>(LIST, variables, { token: w.viewer.token });

  it('costs the same number of SQL statements for 2 incidents as for 20, nested fields included', async () => {
    const small = await page({ first: 2 });
    const large = await page({ first: 20 });
    expect(small.errors).toBeUndefined();
    expect(large.data?.incidents.nodes).toHaveLength(20);
    expect(
      large.data?.incidents.nodes.every(
        (n) => n.commander && n.affectedOrganisations.length === 1 && n.roles.length === 2,
      ),
    ).toBe(true);
    // Sign-in, the page with its organisations and role holders, then one each: latest SitRep,
    // counts, METHANE, decisions, lessons.
    expect(small.extensions?.sqlStatements).toBe(7);
    expect(large.extensions?.sqlStatements).toBe(7);
  });

  it('reads incident(id) with organisations, roles and the latest SitRep in 3 statements', async () => {
    const [first] = (await page({ first: 1 })).data?.incidents.nodes ?? [];
    const res = await t.gql.request<{
      incident: { roles: { holder: { displayName: string } }[]; affectedOrganisations: unknown[] };
    }>(ONE, { id: first.id }, { token: w.viewer.token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.incident.roles.map((r) => r.holder.displayName)).toHaveLength(2);
    expect(res.data?.incident.affectedOrganisations).toHaveLength(1);
    // Sign-in; the incident with its organisations, role holders and access facts; the latest SitRep.
    expect(res.extensions?.sqlStatements).toBe(3);
  });

  it('reads the board (incidents with organisations, commander, roles, latest SitRep, counts) in 4 statements at any page size', async () => {
    for (const first of [2, 20]) {
      const res = await t.gql.request<{ incidents: { nodes: { commander: unknown }[] } }>(
        BOARD,
        { first },
        { token: w.viewer.token },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.incidents.nodes).toHaveLength(first);
      expect(res.data?.incidents.nodes.every((n) => n.commander)).toBe(true);
      // Sign-in; the page with its organisations and role holders; the latest SitReps; the counts.
      expect(res.extensions?.sqlStatements).toBe(4);
    }
  });

  it('declares with METHANE in 17 statements per request', async () => {
    const i = await report(t, w.trust.id, w.responder, { title: 'Declared for counting' });
    const res = await t.gql.request<{ declareIncident: { status: string } }>(
      `mutation ($input: DeclareIncidentInput!) { declareIncident(input: $input) { id status version } }`,
      { input: { id: i.id, version: i.version, methane: METHANE } },
      { token: w.commander.token },
    );
    expect(res.data?.declareIncident.status).toBe('DECLARED');
    // Sign-in, BEGIN, COMMIT and 14 in the transaction: the incident locked, its context (sight, rule
    // facts, the ICS's ICBs), METHANE inserted with its next revision, the current commander, the
    // new holding, the incident updated (RETURNING), six for the notification, the audit chain
    // head and the audit event.
    expect(res.extensions?.sqlStatements).toBe(17);
  });

  it('pages newest first and oldest first with keyset cursors, no duplicates or gaps', async () => {
    for (const orderBy of ['REPORTED_NEWEST_FIRST', 'REPORTED_OLDEST_FIRST']) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const res: Awaited<ReturnType<typeof page>> = await page({
          first: 5,
          after,
          orderBy,
          filter: { search: 'Incident number' },
        });
        seen.push(...(res.data?.incidents.nodes ?? []).map((n) => n.title));
        after = res.data?.incidents.pageInfo.hasNextPage ? res.data.incidents.pageInfo.endCursor : null;
      } while (after);
      const expected = Array.from({ length: 22 }, (_, n) => `Incident number ${String(n).padStart(2, '0')}`);
      expect(seen).toEqual(orderBy === 'REPORTED_OLDEST_FIRST' ? expected : expected.reverse());
    }
  });

  it('filters by status, level, category, organisation and search', async () => {
    const ddos = await page({
      first: 50,
      filter: { category: 'DDOS', status: 'DECLARED', level: 1, organisationId: w.icb.id },
    });
    expect(ddos.data?.incidents.nodes).toHaveLength(11);
    expect((await page({ first: 50, filter: { level: 3 } })).data?.incidents.nodes).toHaveLength(0);
  });

  it('refuses a cursor of another list or order', async () => {
    const first = await page({ first: 2, orderBy: 'REPORTED_NEWEST_FIRST' });
    expect(
      errorCode(
        await page({ first: 2, orderBy: 'REPORTED_OLDEST_FIRST', after: first.data?.incidents.pageInfo.endCursor }),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});
