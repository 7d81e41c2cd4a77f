import { GraphqlResponse, startTestApp, TestApp } from '@muster/testing';
import { ALERTS, AlertView, AlertWorld, alertWorld, recordOk, respondOk, responseOf } from './cyber-alert-api';

const HOUR = 3_600_000;

interface Page {
  cyberAlerts: { nodes: AlertView[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe('cyberAlerts: keyset pages of the alerts the caller sees, responses through loaders', () => {
  let t: TestApp;
  let w: AlertWorld;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    w = await alertWorld(t);
    // 12 alerts to the trust and the council, an hour apart, newest last; each with an update from the trust.
    for (let i = 12; i >= 1; i--) {
      const alert = await recordOk(t, w.socResponder, {
        issuedAt: new Date(t.clock.now().getTime() - i * HOUR).toISOString(),
        organisationIds: [w.trust.id, w.council.id],
        severity: i % 3 === 0 ? 'MEDIUM' : 'HIGH',
      });
      const r = responseOf(alert, w.trust.id);
      await respondOk(t, 'acknowledgeCyberAlert', w.trustResponder, { responseId: r.id, version: 1 });
      await respondOk(t, 'addCyberAlertUpdate', w.trustResponder, {
        responseId: r.id,
        version: 2,
        words: `Update ${i}`,
      });
      ids.unshift(alert.id);
    }
  });
  afterAll(() => t.close());

  const page = (who: typeof w.socResponder, variables: Record<string, unknown>) =>
    t.gql.request<Page>(ALERTS, variables, { token: who.token });

  it('pages newest issued first without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: GraphqlResponse<Page> = await page(w.councilLead, {
        first: 5,
        after,
        filter: { organisationId: w.council.id },
      });
      const conn = (res.data as Page).cyberAlerts;
      seen.push(...conn.nodes.map((n) => n.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen.filter((id) => ids.includes(id))).toEqual(ids);
  });

  it("shows a member their organisation's responses only, and nothing to a stranger", async () => {
    const mine = await page(w.trustViewer, { first: 50 });
    const nodes = (mine.data as Page).cyberAlerts.nodes.filter((n) => ids.includes(n.id));
    expect(nodes).toHaveLength(12);
    expect(nodes.every((n) => n.responses.length === 1 && n.responses[0].organisationId === w.trust.id)).toBe(true);
    expect(nodes[0].responses[0].updates.map((u) => u.words)).toEqual(['Update 1']);
    const stranger = await page(w.stranger, { first: 50, filter: { organisationId: w.trust.id } });
    expect((stranger.data as Page).cyberAlerts.nodes).toEqual([]);
  });

  it('filters by state and by overdue', async () => {
    const received = await page(w.socResponder, {
      first: 50,
      filter: { organisationId: w.trust.id, state: 'RECEIVED' },
    });
    expect((received.data as Page).cyberAlerts.nodes.filter((n) => ids.includes(n.id))).toEqual([]);
    const acknowledged = await page(w.icbLead, {
      first: 50,
      filter: { organisationId: w.trust.id, state: 'ACKNOWLEDGED', overdue: false },
    });
    expect((acknowledged.data as Page).cyberAlerts.nodes.filter((n) => ids.includes(n.id))).toHaveLength(12);
    // Nothing is past due yet: the oldest was issued 12 hours ago.
    const overdue = await page(w.socResponder, { first: 50, filter: { overdue: true, organisationId: w.council.id } });
    expect((overdue.data as Page).cyberAlerts.nodes.filter((n) => ids.includes(n.id))).toEqual([]);
  });

  it('costs the same number of SQL statements for a page of 2 alerts as of 12, responses and updates included', async () => {
    const small = await page(w.socResponder, { first: 2, filter: { organisationId: w.council.id } });
    const large = await page(w.socResponder, { first: 12, filter: { organisationId: w.council.id } });
    expect(small.data?.cyberAlerts.nodes).toHaveLength(2);
    expect(large.data?.cyberAlerts.nodes).toHaveLength(12);
    expect(large.data?.cyberAlerts.nodes.every((n) => n.responses.length === 2)).toBe(true);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
    expect(small.extensions?.sqlStatements).toBeLessThanOrEqual(5);
  });
});
