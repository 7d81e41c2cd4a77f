import { expect } from '@jest/globals';
import { Client } from 'pg';
import { FixedClock } from '@muster/platform-core';
import { MailSink, ServerProcess, startMailSink, startTestApp, TestApp } from '@muster/testing';
import { createMixWorld, MixWorld } from './mutation-mix';

const LEASE_SECONDS = 10;
const WORKER_ENV = {
  SCHEDULER_ENABLED: 'true',
  SCHEDULER_INTERVAL_MS: '250',
  NOTIFY_LEASE_SECONDS: String(LEASE_SECONDS),
  // A send held by the sink stays in flight until the process is killed.
  NOTIFY_SEND_TIMEOUT_MS: '120000',
};
const CREATE = `mutation ($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`;

/** Polls `condition` every 100 ms until it holds; fails naming `what` after `timeoutMs`. */
async function until(what: string, condition: () => Promise<boolean> | boolean, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`gave up waiting after ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Real API processes (`apps/api/src/main.ts`) running the scheduler, each SIGKILLed while
 * work is in its hands, and the next process started on the same database:
 * 1. A mid-send (its SMTP sink holds the message unanswered): B sends it once the lease
 *    is over — accepted exactly once, by B's sink.
 * 2. B mid-job (an overdue escalation whose commit waits on the organisation's audit chain,
 *    which the test holds): C runs the job — completed once, escalated once, one notice.
 */
describe('reliability: scheduler and delivery workers killed mid-job', () => {
  let t: TestApp;
  let w: MixWorld;
  let db: Client;
  const servers: ServerProcess[] = [];
  const sinks: MailSink[] = [];

  const start = async (name: string) => {
    const sink = await startMailSink();
    sinks.push(sink);
    const server = await ServerProcess.start({ ...WORKER_ENV, ...sink.env });
    servers.push(server);
    return { name, sink, server, url: `http://127.0.0.1:${server.port}/graphql` };
  };
  const createAssignment = async (url: string, title: string, dueAt: Date) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${w.eprrLead.token}` },
      body: JSON.stringify({
        query: CREATE,
        variables: {
          input: {
            organisationId: w.trust.id,
            teamId: w.eprr.id,
            assigneeId: w.responder.id,
            title,
            function: 'EPRR',
            dueAt: dueAt.toISOString(),
          },
        },
      }),
    });
    const body = (await res.json()) as { data?: { createAssignment: { id: string } }; errors?: unknown };
    if (!body.data) throw new Error(`createAssignment failed: ${JSON.stringify(body.errors)}`);
    return body.data.createAssignment.id;
  };
  const sql = async <T>(text: string, params: unknown[] = []) => (await db.query(text, params)).rows as T[];
  const emails = (assignmentId: string) =>
    sql<{ id: string; kind: string; status: string; attempts: number }>(
      `SELECT d.id, n.kind, d.status, d.attempts FROM notification n JOIN notification_delivery d ON d.notification_id = n.id
        WHERE d.channel = 'EMAIL' AND n.entity_id = $1 ORDER BY n.kind, d.id`,
      [assignmentId],
    );
  const accepted = (deliveryId: string) =>
    sinks.flatMap((s, i) =>
      s.received.filter((m) => m.messageId === `<${deliveryId}@test.muster.nhs.uk>`).map(() => i),
    );

  beforeAll(async () => {
    // Fixtures only (tokens signed now); the processes do the rest on the system clock.
    t = await startTestApp({ clock: new FixedClock(new Date()) });
    w = await createMixWorld(t);
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    for (const s of servers) s.kill('SIGKILL');
    await Promise.all(servers.map((s) => s.exited));
    await Promise.all(sinks.map((s) => s.close()));
    await db?.end();
    await t?.close();
  });

  it('sends an email held mid-send once, and runs a job held mid-commit once, after SIGKILL and restart', async () => {
    // 1. A, mid-send.
    const A = await start('A');
    let held = false;
    A.sink.behave((mail) => {
      if (mail.to !== w.responder.email) return null;
      held = true;
      return 'hold';
    });
    const first = await createAssignment(A.url, 'Held mid-send', new Date(Date.now() + 86_400_000));
    await until('A holding the email mid-send', () => held);
    A.server.kill('SIGKILL');
    expect(await A.server.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const killedA = Date.now();

    const B = await start('B');
    await until(
      'B sent the email A was sending',
      async () => (await emails(first)).every((d) => d.status === 'DELIVERED'),
      (LEASE_SECONDS + 30) * 1000,
    );
    const [sent] = await emails(first);
    expect(sent).toMatchObject({ kind: 'ASSIGNMENT_ASSIGNED', status: 'DELIVERED', attempts: 2 });
    expect(accepted(sent.id)).toEqual([1]);
    const recoveredMs = Date.now() - killedA;

    // 2. B, mid-job: the escalation's commit waits on the audit chain head the test holds.
    const dueAt = new Date(Date.now() + 3_000);
    const second = await createAssignment(B.url, 'Held mid-job', dueAt);
    await until('its assignment email delivered', async () =>
      (await emails(second)).every((d) => d.status === 'DELIVERED'),
    );
    const key = `assignment-overdue:${second}:${dueAt.toISOString()}`;
    const holder = new Client({ connectionString: t.databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM audit_chain WHERE chain_id = $1 FOR UPDATE', [w.trust.id]);
    try {
      await until(
        'B running the job, waiting to append its audit events',
        async () =>
          (
            await sql(
              `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'muster'
                  AND wait_event_type = 'Lock' AND query LIKE '%audit_chain%'`,
            )
          ).length > 0,
      );
      // The job's row is in a transaction's hands (B's).
      const free = await sql(`SELECT id FROM scheduled_job WHERE key = $1 FOR UPDATE SKIP LOCKED`, [key]);
      expect(free).toEqual([]);
      B.server.kill('SIGKILL');
      await B.server.exited;
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    const C = await start('C');
    await until('C ran the job', async () => {
      const [job] = await sql<{ status: string }>(`SELECT status FROM scheduled_job WHERE key = $1`, [key]);
      return job?.status === 'DONE';
    });
    await until('the overdue notice emailed', async () => {
      const all = await emails(second);
      return all.some((d) => d.kind === 'ASSIGNMENT_OVERDUE') && all.every((d) => d.status === 'DELIVERED');
    });

    expect(await sql(`SELECT status, attempts FROM scheduled_job WHERE key = $1`, [key])).toEqual([
      { status: 'DONE', attempts: 1 },
    ]);
    expect(
      await sql(
        `SELECT action, count(*)::int AS n FROM audit_event
          WHERE (action = 'job.completed' AND changes->>'key' = $1) OR (action = 'assignment.overdue_escalated' AND entity_id = $2)
          GROUP BY action ORDER BY action`,
        [key, second],
      ),
    ).toEqual([
      { action: 'assignment.overdue_escalated', n: 1 },
      { action: 'job.completed', n: 1 },
    ]);
    const notices = await sql(
      `SELECT kind, count(*)::int AS n FROM notification WHERE entity_id = $1 GROUP BY kind ORDER BY kind`,
      [second],
    );
    expect(notices).toEqual([
      { kind: 'ASSIGNMENT_ASSIGNED', n: 1 },
      { kind: 'ASSIGNMENT_OVERDUE', n: 1 },
    ]);
    for (const d of await emails(second))
      expect({ kind: d.kind, sinks: accepted(d.id) }).toEqual({
        kind: d.kind,
        sinks: [d.kind === 'ASSIGNMENT_OVERDUE' ? 2 : 1],
      });
    expect(C.server.logs.filter((l) => (l.level ?? 0) >= 60)).toEqual([]);
    process.stdout.write(
      `reliability: A killed mid-send, its email sent once by B ${(recoveredMs / 1000).toFixed(1)} s later (lease ${LEASE_SECONDS} s); ` +
        `B killed mid-job, the job completed once by C (1 attempt, 1 escalation, 1 notice)\n`,
    );
  });
});
