import { createClient } from 'graphql-ws';
import { GraphQLSchema } from 'graphql';
import WebSocket from 'ws';
import { LiveEvents } from '@muster/platform-graphql';
import { TestApp, TestUser } from '@muster/testing';
import { act } from '../incidents/incident-api';
import { igOk } from '../governance/ig-api';
import { fullSubscription } from './full-selection';
import { IgContentWorld, markedDecision } from './ig-content-world';

type Received = { data?: Record<string, { id?: string; action?: string }> | null; errors?: unknown[] };

/** One person's live streams: everything each received, as it arrives. */
interface Streams {
  received: Map<string, Received[]>;
  dispose(): Promise<void>;
}

/** The subscriptions that can carry an incident's records, each selecting everything it gives. */
function documents(schema: GraphQLSchema, incidentId: string, depth: number): Record<string, string> {
  return {
    incidentChanged: fullSubscription(schema, 'incidentChanged', `(id: "${incidentId}")`, depth),
    incidentTimelineAdded: fullSubscription(schema, 'incidentTimelineAdded', `(id: "${incidentId}")`, depth),
    incidentsChanged: fullSubscription(schema, 'incidentsChanged', '', depth),
    notificationReceived: fullSubscription(schema, 'notificationReceived', '', depth),
  };
}

function open(t: TestApp, who: TestUser, docs: Record<string, string>, onEvent: () => void): Streams {
  const client = createClient({
    url: `${t.baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${who.token}` },
    retryAttempts: 0,
  });
  const received = new Map<string, Received[]>();
  const stops = Object.entries(docs).map(([name, query]) => {
    received.set(name, []);
    const push = (value: Received) => {
      received.get(name)?.push(value);
      onEvent();
    };
    return client.subscribe<Received['data']>(
      { query },
      {
        next: (value) => push(value as Received),
        error: (error) => push({ errors: [String(error)] }),
        complete: () => undefined,
      },
    );
  });
  return {
    received,
    dispose: async () => {
      stops.forEach((stop) => stop());
      await client.dispose();
    },
  };
}

/** Counts the pulls of every live stream the app opens, so a test can wait until its subscribers listen. */
function countListeners(t: TestApp, onPull: () => void): { pulls: () => number; restore: () => void } {
  const live = t.app.get(LiveEvents);
  const original = live.listen.bind(live);
  let pulls = 0;
  const spy = jest.spyOn(live, 'listen').mockImplementation(<E>(topic: string) => {
    const events = original<E>(topic);
    const next = events.next.bind(events);
    let first = true;
    events.next = () => {
      const pulled = next();
      if (first) {
        pulls++;
        onPull();
      }
      first = false;
      return pulled;
    };
    return events;
  });
  return { pulls: () => pulls, restore: () => spy.mockRestore() };
}

/**
 * Everyone who sees the incident subscribes to every stream that can carry its records;
 * the IG officer records a new decision and a further notification (content marked), then
 * the commander assigns a role (the incident changes). Each stream is read until that
 * change arrived: what the people without content received, and what the IG officer did.
 */
export async function liveContentSeen(
  t: TestApp,
  schema: GraphQLSchema,
  world: IgContentWorld,
  depth: number,
): Promise<{ withoutContent: [string, string][]; withContent: string }> {
  const { w, incidentId } = world;
  const docs = documents(schema, incidentId, depth);
  let wake = () => undefined as void;
  const listeners = countListeners(t, () => wake());
  const people: [string, TestUser][] = [...world.withoutContent, ["the trust's IG officer", w.igOfficer]];
  const streams = people.map(([, who]) => open(t, who, docs, () => wake()));
  /** Waits for `done`; a refused stream fails at once (it would read nothing: the walk would prove little). */
  const until = async (done: () => boolean) => {
    for (;;) {
      const refused = streams.flatMap((s, i) =>
        [...s.received]
          .filter(([, rs]) => rs.some((r) => r.errors))
          .map(([name, rs]) => `${people[i][0]} ${name}: ${JSON.stringify(rs)}`),
      );
      if (refused.length) throw new Error(refused.join('\n'));
      if (done()) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  try {
    // Every stream of every person listens (the server sets each up asynchronously).
    const expected = people.length * Object.keys(docs).length;
    await until(() => listeners.pulls() >= expected);
    await igOk(
      t,
      'recordIgDecision',
      { threadId: world.threadId, type: 'DATA_SUBJECTS_ART34', decision: markedDecision(world.marker) },
      w.igOfficer,
    );
    await act(t, 'assignIncidentRole', { incidentId, role: 'SCRIBE', userId: w.responder.id }, w.commander);
    const changed = (s: Streams, name: string) =>
      (s.received.get(name) ?? []).some((r) => r.data?.[name]?.id === incidentId);
    const roleEntry = (s: Streams) =>
      (s.received.get('incidentTimelineAdded') ?? []).some(
        (r) => r.data && !r.data.incidentTimelineAdded?.action?.startsWith('ig.'),
      );
    await until(() =>
      streams.every((s) => changed(s, 'incidentChanged') && changed(s, 'incidentsChanged') && roleEntry(s)),
    );
    const text = (s: Streams) => JSON.stringify(Object.fromEntries(s.received));
    return {
      withoutContent: people.slice(0, -1).map(([name], i) => [name, text(streams[i])]),
      withContent: text(streams[streams.length - 1]),
    };
  } finally {
    listeners.restore();
    await Promise.all(streams.map((s) => s.dispose()));
  }
}
