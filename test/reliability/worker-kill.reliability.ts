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
 * Real API processes (`apps/api/src/main.ts`) running the scheduler, SIGKILLed with work in
 * their hands, and another started on the same database. A and B start together; the
 * first email to the assignee is held unanswered by whichever's SMTP sink it reaches (that
 * process is stuck mid-send); the other then runs an overdue escalation whose commit
 * waits on the organisation's audit chain, which the test holds (mid-job). Both are killed;
 * C, started after, sends the email once and runs the job once.
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
  const createAssignment = async (url: string, title: string, dueAt: Date, to: 'responder' | 'nobody') => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${w.eprrLead.token}` },
      body: JSON.stringify({
        query: CREATE,
        variables: {
          input: {
            organisationId: w.trust.id,
            ...(to === 'responder'
              ? { teamId: w.eprr.id, assigneeId: w.responder.id, function: 'EPRR' }
              : { teamId: w.digital.id, function: 'DIGITAL' }),
            title,
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
    const [A, B] = await Promise.all([start('A'), start('B')]);
    let heldBy: typeof A | undefined;
    for (const m of [A, B])
      m.sink.behave((mail) => {
        if (mail.to !== w.responder.email || heldBy) return null;
        heldBy = m;
        return 'hold';
      });
    const first = await createAssignment(A.url, 'Held mid-send', new Date(Date.now() + 86_400_000), 'responder');
    await until('the email held mid-send', () => heldBy !== undefined);
    // Its other emails (the team's lead) sent: from here on only the job writes to the organisation's audit chain.
    await until(
      'the first assignment’s other emails delivered',
      async () => (await emails(first)).filter((d) => d.status !== 'DELIVERED').length === 1,
    );
    const sending = heldBy as typeof A;
    const working = sending === A ? B : A;

    // The process not stuck in its send runs the escalation, which waits to append its audit events.
    const dueAt = new Date(Date.now() + 3_000);
    // An assignment for an empty team: it tells nobody, so no delivery of its own competes for the chain.
    const second = await createAssignment(working.url, 'Held mid-job', dueAt, 'nobody');
    expect(await emails(second)).toEqual([]);
    const key = `assignment-overdue:${second}:${dueAt.toISOString()}`;
    const holder = new Client({ connectionString: t.databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM audit_chain WHERE chain_id = $1 FOR UPDATE', [w.trust.id]);
    try {
      await until('the job held mid-commit', async () => {
        const waiting = await sql(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'muster'
              AND wait_event_type = 'Lock' AND query LIKE '%audit_chain%'`,
        );
        // …and its row in a transaction's hands.
        const free = await sql(`SELECT id FROM scheduled_job WHERE key = $1 FOR UPDATE SKIP LOCKED`, [key]);
        const [job] = await sql<{ status: string }>(`SELECT status FROM scheduled_job WHERE key = $1`, [key]);
        return waiting.length > 0 && free.length === 0 && job?.status === 'PENDING';
      });
      for (const m of [A, B]) m.server.kill('SIGKILL');
      expect(await Promise.all([A.server.exited, B.server.exited])).toEqual([
        { code: null, signal: 'SIGKILL' },
        { code: null, signal: 'SIGKILL' },
      ]);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    const killedAt = Date.now();

    const C = await start('C');
    const done = async () => {
      const [job] = await sql<{ status: string }>(`SELECT status FROM scheduled_job WHERE key = $1`, [key]);
      return job?.status === 'DONE' && (await emails(first)).every((d) => d.status === 'DELIVERED');
    };
    await until('C ran the job and sent every email', done, (LEASE_SECONDS + 60) * 1000);
    const recoveredMs = Date.now() - killedAt;

    // The email held mid-send: claimed twice (the dead process's attempt and C's), accepted once, by C's sink.
    const firstEmails = await emails(first);
    expect(firstEmails.map((d) => ({ kind: d.kind, status: d.status, attempts: d.attempts }))).toEqual([
      { kind: 'ASSIGNMENT_ASSIGNED', status: 'DELIVERED', attempts: 2 },
    ]);
    const [held] = firstEmails;
    expect(accepted(held.id)).toEqual([sinks.indexOf(C.sink)]);
    // The job held mid-commit: one attempt counted (the dead one rolled back), one completion, one escalation.
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
    // It told nobody (an empty team): no notification at all.
    expect(await sql(`SELECT kind FROM notification WHERE entity_id = $1`, [second])).toEqual([]);
    // Every email of the first assignment accepted exactly once, whichever process sent it.
    for (const d of await emails(first))
      expect({ id: d.id, accepted: accepted(d.id).length }).toEqual({ id: d.id, accepted: 1 });
    process.stdout.write(
      `reliability: ${sending.name} killed mid-send and ${working.name} mid-job; C sent the email once and ` +
        `completed the job once (1 attempt, 1 escalation) within ${(recoveredMs / 1000).toFixed(1)} s of the kill, ` +
        `its start included (lease ${LEASE_SECONDS} s)\n`,
    );
  });
});
