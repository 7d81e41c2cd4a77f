import { LiveEvents } from '@muster/platform-graphql';
import { startTestApp, TestApp, TestUser } from '@muster/testing';
import { subscribe } from '../notifications/live-client';
import { act, assignToTrust, AssignmentWorld, createAssignmentWorld, LIST } from './assignment-api';

const CHANGED = `subscription { assignmentsChanged { id title status } }`;

/** Resolves once the app has started listening to each of `topics` (the server sets a subscription up asynchronously). */
function listeningTo(t: TestApp, topics: string[]): Promise<void> {
  const live = t.app.get(LiveEvents);
  const original = live.listen.bind(live);
  const left = new Set(topics);
  return new Promise((resolve) => {
    const spy = jest.spyOn(live, 'listen').mockImplementation(<E>(name: string) => {
      const events = original<E>(name);
      if (!left.has(name)) return events;
      const next = events.next.bind(events);
      events.next = () => {
        const pulled = next();
        left.delete(name);
        if (!left.size) {
          spy.mockRestore();
          resolve();
        }
        return pulled;
      };
      return events;
    });
  });
}

const bearer = (who: TestUser) => ({ authorization: `Bearer ${who.token}` });

describe('reading assignments', () => {
  let t: TestApp;
  let w: AssignmentWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createAssignmentWorld(t);
    let previous: string | null = null;
    for (let n = 0; n < 22; n++) {
      const a = await assignToTrust(t, w, {
        title: `Action number ${String(n).padStart(2, '0')}`,
        assigneeId: w.responder.id,
        dueAt: new Date(Date.UTC(2026, 11, 1 + (n % 5), 9, n)).toISOString(),
        ...(previous ? { dependsOn: [previous] } : {}),
      });
      await act(
        t,
        'addAssignmentEvidence',
        { id: a.id, version: a.version, evidence: { text: 'Evidence of progress', links: ['https://x.nhs.uk/e'] } },
        w.responder,
      );
      previous = a.id;
    }
  });
  afterAll(() => t.close());

  const page = (variables: Record<string, unknown>) =>
    t.gql.request<{
      assignments: {
        nodes: { id: string; title: string; dependencies: unknown[] }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }>(LIST, variables, { token: w.icbViewer.token });

  it('costs the same number of SQL statements for 2 assignments as for 20, nested fields included', async () => {
    const filter = { organisationId: w.trust.id, assigneeId: w.responder.id };
    const small = await page({ first: 2, filter });
    const large = await page({ first: 20, filter });
    expect(small.errors).toBeUndefined();
    expect(large.data?.assignments.nodes).toHaveLength(20);
    // Sign-in, the page, then one each: organisations (owner and assigning side), teams,
    // people, evidence, dependencies, history.
    expect(small.extensions?.sqlStatements).toBe(8);
    expect(large.extensions?.sqlStatements).toBe(8);
  });

  it('pages every order with keyset cursors, no duplicates or gaps', async () => {
    for (const orderBy of ['DUE_SOONEST_FIRST', 'CREATED_NEWEST_FIRST', 'CREATED_OLDEST_FIRST']) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const res: Awaited<ReturnType<typeof page>> = await page({
          first: 5,
          after,
          orderBy,
          filter: { organisationId: w.trust.id, assigneeId: w.responder.id },
        });
        seen.push(...(res.data?.assignments.nodes ?? []).map((n) => n.title));
        after = res.data?.assignments.pageInfo.hasNextPage ? res.data.assignments.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toHaveLength(22);
      expect(new Set(seen).size).toBe(22);
    }
  });

  it('sends my changed assignments live, after commit, and not those of a third organisation', async () => {
    const ready = listeningTo(t, [`assignments:${w.trust.id}`, `assignments:${w.third.id}`]);
    const mine = subscribe<{ assignmentsChanged: { id: string; status: string } }>(t, bearer(w.responder), CHANGED);
    const outsider = subscribe<{ assignmentsChanged: { id: string; title: string; status: string } }>(
      t,
      bearer(w.thirdLead),
      CHANGED,
    );
    await ready;
    try {
      const a = await assignToTrust(t, w, { title: 'Live assignment', assigneeId: w.responder.id });
      expect(await mine.next()).toEqual({
        next: { data: { assignmentsChanged: { id: a.id, title: 'Live assignment', status: 'OPEN' } } },
      });
      const ack = await act(t, 'acknowledgeAssignment', { id: a.id, version: a.version }, w.responder);
      expect(await mine.next()).toEqual({
        next: { data: { assignmentsChanged: { id: a.id, title: 'Live assignment', status: ack.status } } },
      });
      // The outsider's stream got nothing: the next thing it hears is its own assignment.
      const theirs = await act(
        t,
        'createAssignment',
        { organisationId: w.third.id, title: 'Third trust task', function: 'EPRR', assigneeId: w.thirdLead.id },
        w.thirdLead,
      );
      expect(await outsider.next()).toEqual({
        next: { data: { assignmentsChanged: { id: theirs.id, title: 'Third trust task', status: 'OPEN' } } },
      });
    } finally {
      await mine.dispose();
      await outsider.dispose();
    }
  });
});
