import { connect } from 'node:net';
import { expect } from '@jest/globals';
import { Role } from '@muster/platform-access';
import { FixedClock } from '@muster/platform-core';
import {
  createOrganisation,
  createUser,
  inFlight,
  lockOrganisations,
  LogLine,
  ServerProcess,
  startTestApp,
  TestApp,
  TestOrg,
  TestUser,
} from '@muster/testing';

// One organisation by id: the list's first page need not hold it once this worker's database has many.
const ORGANISATION = (id: string) => `{ organisation(id: "${id}") { id } }`;

/** Whether a new TCP connection to the port is refused. */
function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/**
 * The real server process, its requests made slow by a lock the test holds (no test-only
 * code in the server). From SIGTERM on, the port refuses new connections — that is what a
 * client or load balancer sees; readiness answering 503 to requests already in the server
 * is covered in-process by health.spec.ts.
 */
describe('SIGTERM: requests in flight are answered, within the grace period', () => {
  let t: TestApp;
  let org: TestOrg;
  let user: TestUser;
  let server: ServerProcess | undefined;
  const shuttingDown = (line: LogLine) => /^shutting down/.test(String(line.msg));

  beforeAll(async () => {
    // Tokens are checked by the server's own (system) clock.
    t = await startTestApp({ clock: new FixedClock(new Date()) });
    org = await createOrganisation(t);
    user = await createUser(t, [{ organisationId: org.id, role: Role.VIEWER }]);
  });
  afterEach(() => server?.kill('SIGKILL'));
  afterAll(() => t.close());

  it('refuses new connections at once, delivers both slow responses, then exits 0', async () => {
    server = await ServerProcess.start({ SHUTDOWN_GRACE_MS: '20000' });
    const lock = await lockOrganisations();
    try {
      const slow = [
        await inFlight(server.port, ORGANISATION(org.id), user.token),
        await inFlight(server.port, ORGANISATION(org.id), user.token),
      ];

      server.kill('SIGTERM');
      await server.logged(shuttingDown);
      expect(await refusesConnections(server.port)).toBe(true);
      await lock.release();

      for (const { response } of slow) {
        const res = await response;
        expect({ status: res.status, connection: res.connection }).toEqual({ status: 200, connection: 'close' });
        expect((JSON.parse(res.body ?? '') as { data: { organisation: { id: string } } }).data.organisation.id).toBe(
          org.id,
        );
      }
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(server.logs.filter((l) => /^stopped/.test(String(l.msg)))).toEqual([
        expect.objectContaining({ msg: 'stopped: 2 request(s) in flight answered, none cut off', delivered: 2 }),
      ]);
    } finally {
      await lock.release();
    }
  });

  it('cuts off what is still running when the grace period is over, exits non-zero and says so', async () => {
    const graceMs = 2_000;
    server = await ServerProcess.start({ SHUTDOWN_GRACE_MS: String(graceMs) });
    const lock = await lockOrganisations();
    try {
      const slow = [
        await inFlight(server.port, ORGANISATION(org.id), user.token),
        await inFlight(server.port, ORGANISATION(org.id), user.token),
      ];
      const signalled = Date.now();
      server.kill('SIGTERM');
      const exit = await server.exited;
      // The grace period, plus a little for the operating system to report the exit.
      expect(Date.now() - signalled).toBeLessThan(graceMs + 1_000);
      expect(exit.code).toBe(1);
      for (const { response } of slow)
        expect(await response).toEqual({ error: expect.stringMatching(/socket hang up|ECONNRESET/) });
      const honest = server.logs.filter((l) => (l.level ?? 0) >= 50);
      expect(honest).toEqual([
        expect.objectContaining({
          msg: 'shutdown grace period over: 2 request(s) in flight cut off unanswered',
          cutOff: 2,
          delivered: 0,
        }),
      ]);
      expect(server.logs.filter((l) => /^stopped/.test(String(l.msg)))).toEqual([]);
    } finally {
      await lock.release();
    }
  });
});
