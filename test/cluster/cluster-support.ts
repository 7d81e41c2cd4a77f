import { GraphqlClient, MailSink, ServerProcess, startMailSink, TestApp } from '@muster/testing';

/** One API process of the cluster, with the SMTP sink only it sends to (so a message names its sender). */
export interface Member {
  name: string;
  server: ServerProcess;
  sink: MailSink;
  /** The test helpers' `TestApp` shape, its requests going to this process (its database work to `setup`'s). */
  via: TestApp;
}

/**
 * `names.length` real API processes (`apps/api/src/main.ts`) on this worker's database,
 * each with `env` and an SMTP sink of its own, started together.
 */
export async function startCluster(setup: TestApp, names: string[], env: Record<string, string>): Promise<Member[]> {
  const sinks = await Promise.all(names.map(() => startMailSink()));
  const servers = await Promise.all(names.map((_, i) => ServerProcess.start({ ...env, ...sinks[i].env })));
  return names.map((name, i) => {
    const baseUrl = `http://127.0.0.1:${servers[i].port}`;
    return {
      name,
      server: servers[i],
      sink: sinks[i],
      via: { ...setup, baseUrl, gql: new GraphqlClient(`${baseUrl}/graphql`) },
    };
  });
}

export async function stopCluster(members: Member[]): Promise<void> {
  for (const m of members) m.server.kill('SIGKILL');
  await Promise.all(members.map((m) => m.server.exited));
  await Promise.all(members.map((m) => m.sink.close()));
}

/** Polls `condition` every 50 ms until it holds; fails naming `what` after `timeoutMs`. */
export async function until(
  what: string,
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 20_000,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await condition()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gave up waiting after ${timeoutMs} ms: ${what}`);
}

/** GET a path of a process: its status, or 0 if the connection failed. */
export async function status(baseUrl: string, path: string): Promise<number> {
  try {
    const res = await fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(5_000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}
