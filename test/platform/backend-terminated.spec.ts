import { expect } from '@jest/globals';
import { Client, Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { Role } from '@muster/platform-access';
import { FixedClock, isDatabaseUnavailable } from '@muster/platform-core';
import { UnitOfWork } from '@muster/platform-database';
import { createOrganisation, createUser, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';

/**
 * A backend terminated (`pg_terminate_backend`, a failover, the idle-in-transaction
 * timeout) while the app holds its connection must not take the process down.
 * node-postgres emits `error` on a client that loses its backend; one checked out of the
 * pool and not yet given to a TypeORM query runner had no listener, so a backend killed
 * just as its connection was made was an uncaught exception (found by the reliability
 * suite, test/reliability). The pool's clients now listen from the start (PooledClient).
 * And a change whose connection is lost midway is answered SERVICE_UNAVAILABLE: TypeORM
 * releases the runner, and the change's next query used to fail as an internal error.
 */
describe('a backend terminated under a checked-out connection', () => {
  let t: TestApp;
  let org: TestOrg;
  let user: TestUser;
  let db: Client;

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(new Date()) });
    org = await createOrganisation(t);
    user = await createUser(t, [{ organisationId: org.id, role: Role.VIEWER }]);
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('is no unhandled error: the client is dropped when released, and the app answers the next request', async () => {
    const pool = (t.dataSource.driver as PostgresDriver).master as Pool;
    const client = await pool.connect();
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    // Not events.once: it would listen for `error` itself.
    const ended = new Promise((resolve) => client.once('end', resolve));
    await db.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
    await ended;
    client.release();
    const { rows: left } = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = $1`, [
      rows[0].pid,
    ]);
    expect(left).toEqual([{ n: 0 }]);
    expect(
      await t.gql.ok<{ organisation: { id: string } }>(
        `{ organisation(id: "${org.id}") { id } }`,
        {},
        { token: user.token },
      ),
    ).toEqual({ organisation: { id: org.id } });
  });

  it('fails a change whose backend is terminated midway as the database being unavailable', async () => {
    const attempt = t.app.get(UnitOfWork).run(async (tx) => {
      const [{ pid }] = await tx.manager.query<{ pid: number }[]>('SELECT pg_backend_pid() AS pid');
      await db.query('SELECT pg_terminate_backend($1)', [pid]);
      // TypeORM releases the runner once node-postgres reports the connection gone.
      while (!tx.manager.queryRunner?.isReleased) await new Promise((resolve) => setTimeout(resolve, 10));
      await tx.manager.query('SELECT 1');
      tx.record({
        action: 'test.never_written',
        organisationId: org.id,
        entityType: 'test',
        entityId: null,
        summary: 'never written',
      });
    });
    const error = await attempt.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect({ message: (error as Error).message, unavailable: isDatabaseUnavailable(error) }).toEqual({
      message: 'The database connection was lost during the change',
      unavailable: true,
    });
  });
});
