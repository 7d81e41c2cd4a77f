import { Client } from 'pg';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import {
  createOrganisation,
  createUser,
  errorCode,
  rolledBack,
  setClockAndSignIn,
  startTestApp,
  TEST_START,
  TestApp,
} from '@muster/testing';
import { act } from '../incidents/incident-api';
import {
  createIgWorld,
  decide,
  details,
  getThread,
  igOk,
  igRequest,
  IgWorld,
  openThread,
  personalDataIncident,
} from './ig-api';
import type { DecisionView, NotificationRecordView, ThreadView } from './ig-api';

/**
 * The IG decision log: a thread per data controller, decisions never edited or deleted (in
 * the database too), corrections by supersession with the full history kept, the current
 * position per type, and notifications with their phases and late reasons.
 */
describe('IG decision log', () => {
  let t: TestApp;
  let w: IgWorld;
  let db: Client;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createIgWorld(t);
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });
  beforeEach(async () => {
    await setClockAndSignIn(t, TEST_START, [w.igOfficer, w.igOfficer2, w.commander, w.responder, w.stranger]);
  });

  const auditOf = async (entityId: string) =>
    (
      await t.dataSource.query<{ action: string; summary: string; changes: Record<string, unknown> }[]>(
        `SELECT action, summary, changes FROM audit_event WHERE entity_id = $1 ORDER BY id`,
        [entityId],
      )
    ).map((r) => ({ action: r.action, summary: r.summary, changes: r.changes }));

  it('opens one thread per organisation, each its own controller with its own clock', async () => {
    const i = await personalDataIncident(t, w);
    const a = await openThread(t, w.igOfficer, i.id, w.trust.id, '2026-11-27T10:00:00Z');
    const b = await openThread(t, w.igOfficer2, i.id, w.trust2.id, '2026-11-28T08:00:00Z');
    expect(a).toMatchObject({
      organisation: { id: w.trust.id },
      deadlineAt: '2026-11-30T10:00:00.000Z',
      deadlineStatus: 'RUNNING',
      seniorManagement: { dueAt: '2026-11-27T22:00:00.000Z', metAt: null, late: true },
      processor: null,
      contentVisible: true,
      currentDecisions: [],
    });
    expect(b).toMatchObject({ deadlineAt: '2026-12-01T08:00:00.000Z', organisation: { id: w.trust2.id } });

    // One per organisation; only that organisation's IG officer; only the incident's organisations.
    const again = await igRequest(
      t,
      'openIgThread',
      { incidentId: i.id, organisationId: w.trust.id, awarenessAt: TEST_START },
      w.igOfficer,
    );
    expect(errorCode(again)).toBe('CONFLICT');
    const other = await personalDataIncident(t, w, 'Another breach');
    expect(
      errorCode(
        await igRequest(
          t,
          'openIgThread',
          { incidentId: other.id, organisationId: w.trust.id, awarenessAt: TEST_START },
          w.igOfficer2,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await igRequest(
          t,
          'openIgThread',
          { incidentId: other.id, organisationId: w.trust.id, awarenessAt: TEST_START },
          w.stranger,
        ),
      ),
    ).toBe('NOT_FOUND');
    const outside = await igRequest(
      t,
      'openIgThread',
      { incidentId: other.id, organisationId: w.icb.id, awarenessAt: TEST_START },
      w.igOfficer,
    );
    expect(outside.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['organisationId']);
    // Awareness is entered by a person: earlier than now is fine, the future is not.
    const future = await igRequest(
      t,
      'openIgThread',
      { incidentId: other.id, organisationId: w.trust.id, awarenessAt: '2026-11-28T09:01:00Z' },
      w.igOfficer,
    );
    expect(future.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['awarenessAt']);

    // A decision in one thread leaves the other as it was.
    await decide(t, w.igOfficer, a.id, 'ICO_ART33');
    expect((await getThread(t, w.igOfficer2, b.id)).currentDecisions).toEqual([]);
    expect((await getThread(t, w.igOfficer, a.id)).currentDecisions.map((d) => d.type)).toEqual(['ICO_ART33']);
    // Each thread's decisions are its own organisation's IG officer's to record.
    expect(
      errorCode(
        await igRequest(
          t,
          'recordIgDecision',
          { threadId: a.id, type: 'DSPT_REPORT', decision: details() },
          w.igOfficer2,
        ),
      ),
    ).toBe('FORBIDDEN');
    const listed = await igOk<ThreadView[]>(t, 'igThreads', { incidentId: i.id }, w.igOfficer);
    expect(listed.map((x) => x.organisation.id).sort()).toEqual([w.trust.id, w.trust2.id].sort());
    expect(await auditOf(a.id)).toEqual([expect.objectContaining({ action: 'ig.thread_opened' })]);
  });

  it('records processor and detection clocks beside the 72-hour one', async () => {
    const i = await personalDataIncident(t, w);
    const th = await openThread(t, w.igOfficer, i.id, w.trust.id, '2026-11-28T06:00:00Z', {
      detectedAt: '2026-11-27T20:00:00Z',
      processor: { name: 'ICS SOC', toldControllerAt: '2026-11-28T06:00:00Z' },
    });
    expect(th.seniorManagement).toMatchObject({ dueAt: '2026-11-28T08:00:00.000Z', metAt: null, late: true });
    expect(th.processor).toEqual({
      name: 'ICS SOC',
      dueAt: '2026-11-28T20:00:00.000Z',
      metAt: '2026-11-28T06:00:00.000Z',
      late: false,
    });
    const told = await igOk<NotificationRecordView>(
      t,
      'recordIgNotification',
      { threadId: th.id, recipient: 'SENIOR_MANAGEMENT', notifiedAt: '2026-11-28T07:00:00Z' },
      w.igOfficer,
    );
    expect(told).toMatchObject({ phase: 1, late: false });
    expect((await getThread(t, w.igOfficer, th.id)).seniorManagement).toMatchObject({
      metAt: '2026-11-28T07:00:00.000Z',
      late: false,
    });
  });

  it('never edits a decision: a second of a type is refused, a correction supersedes and keeps the history', async () => {
    const i = await personalDataIncident(t, w);
    const th = await openThread(t, w.igOfficer, i.id, w.trust.id, '2026-11-27T12:00:00Z');
    const first = await decide(t, w.igOfficer, th.id, 'ICO_ART33', {
      outcome: 'DEFERRED_PENDING_FACTS',
      reviewAt: '2026-11-28T15:00:00Z',
      rationale: 'Awaiting the SOC forensic report',
    });
    expect(first).toMatchObject({ current: true, supersedesDecisionId: null, reviewAt: '2026-11-28T15:00:00.000Z' });
    const second = await igRequest(
      t,
      'recordIgDecision',
      { threadId: th.id, type: 'ICO_ART33', decision: details() },
      w.igOfficer,
    );
    expect(errorCode(second)).toBe('CONFLICT');
    expect(second.errors?.[0].message).toMatch(/supersede/);

    // Supersession needs its reason, and is an IG officer's of that organisation.
    const noReason = await igRequest(
      t,
      'supersedeIgDecision',
      { decisionId: first.id, reason: '', decision: details() },
      w.igOfficer,
    );
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await igRequest(
          t,
          'supersedeIgDecision',
          { decisionId: first.id, reason: 'Facts in', decision: details() },
          w.igOfficer2,
        ),
      ),
    ).toBe('FORBIDDEN');
    const corrected = await igOk<DecisionView>(
      t,
      'supersedeIgDecision',
      { decisionId: first.id, reason: 'Forensic report confirms exfiltration', decision: details() },
      w.igOfficer,
    );
    expect(corrected).toMatchObject({
      type: 'ICO_ART33',
      outcome: 'REPORTABLE',
      supersedesDecisionId: first.id,
      current: true,
    });
    expect(corrected.content).toMatchObject({ supersedeReason: 'Forensic report confirms exfiltration' });
    // The superseded one can be superseded no more.
    const stale = await igRequest(
      t,
      'supersedeIgDecision',
      { decisionId: first.id, reason: 'Again', decision: details() },
      w.igOfficer,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    // Other types have their own current position.
    await decide(t, w.igOfficer, th.id, 'DATA_SUBJECTS_ART34', {
      outcome: 'NOT_REPORTABLE',
      likelihood: 2,
      severity: 2,
    });

    const history = await igOk<DecisionView[]>(t, 'igDecisionHistory', { threadId: th.id }, w.igOfficer);
    expect(history.map((d) => [d.type, d.outcome, d.current, d.supersededByDecisionId])).toEqual([
      ['ICO_ART33', 'DEFERRED_PENDING_FACTS', false, corrected.id],
      ['ICO_ART33', 'REPORTABLE', true, null],
      ['DATA_SUBJECTS_ART34', 'NOT_REPORTABLE', true, null],
    ]);
    // The superseded decision reads exactly as it was recorded.
    expect(history[0].content).toMatchObject({ rationale: 'Awaiting the SOC forensic report', supersedeReason: null });
    const thread = await getThread(t, w.igOfficer, th.id);
    expect(thread.currentDecisions.map((d) => [d.type, d.id])).toEqual([
      ['ICO_ART33', corrected.id],
      ['DATA_SUBJECTS_ART34', expect.any(String)],
    ]);
    expect(thread.decisions).toHaveLength(3);

    // No mutation edits or deletes an IG record.
    const mutations = Object.keys(t.app.get(GraphQLSchemaHost).schema.getMutationType()?.getFields() ?? {}).filter(
      (n) => /Ig(Thread|Decision|Notification)/.test(n),
    );
    expect(mutations.sort()).toEqual([
      'openIgThread',
      'recordIgDecision',
      'recordIgNotification',
      'supersedeIgDecision',
    ]);

    // The audit events name type and outcome, never content; the digest ties them to the row.
    const events = await auditOf(corrected.id);
    expect(events.map((e) => e.action)).toEqual(['ig.decision_superseded']);
    expect(events[0].summary).toContain('ICO notification (UK GDPR Art. 33), reportable');
    expect(events[0].changes).toMatchObject({ outcome: 'REPORTABLE', supersedesDecisionId: first.id });
    expect(events[0].changes.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(events)).not.toMatch(/SECRET|Forensic|health records/);
  });

  it('refuses UPDATE and DELETE in the database: by trigger for the owner, by privilege for muster_app', async () => {
    const i = await personalDataIncident(t, w);
    const th = await openThread(t, w.igOfficer, i.id, w.trust.id, '2026-11-27T12:00:00Z');
    const d = await decide(t, w.igOfficer, th.id, 'ICO_ART33');
    await igOk(
      t,
      'recordIgNotification',
      { threadId: th.id, recipient: 'ICO', externalReference: 'ICO-1' },
      w.igOfficer,
    );
    const statements = [
      [`UPDATE ig_decision SET rationale = 'rewritten' WHERE id = $1`, [d.id]],
      [`UPDATE ig_decision SET outcome = 'NOT_REPORTABLE' WHERE id = $1`, [d.id]],
      [`DELETE FROM ig_decision WHERE id = $1`, [d.id]],
      [`UPDATE ig_thread SET awareness_at = now() WHERE id = $1`, [th.id]],
      [`DELETE FROM ig_thread WHERE id = $1`, [th.id]],
      [`UPDATE ig_notification SET external_reference = 'x' WHERE thread_id = $1`, [th.id]],
      [`DELETE FROM ig_notification WHERE thread_id = $1`, [th.id]],
    ] as const;
    for (const [sql, params] of statements) {
      const owner = await rolledBack(db, () => db.query(sql, [...params]));
      expect([sql, owner.error?.message]).toEqual([sql, expect.stringMatching(/is immutable \(the IG decision log\)/)]);
      const app = await rolledBack(db, async () => {
        await db.query('SET LOCAL ROLE muster_app');
        return db.query(sql, [...params]);
      });
      expect([sql, app.error?.code]).toEqual([sql, '42501']);
      expect(app.error?.message).toMatch(/permission denied/);
    }
    const truncate = await rolledBack(db, () => db.query(`TRUNCATE ig_decision CASCADE`));
    expect(truncate.error?.message).toMatch(/immutable/);
    // The application role may still read and append.
    const reads = await rolledBack(db, async () => {
      await db.query('SET LOCAL ROLE muster_app');
      return db.query(`SELECT count(*)::int AS n FROM ig_decision WHERE id = $1`, [d.id]);
    });
    expect(reads.result?.rows[0]).toEqual({ n: 1 });
    expect((await getThread(t, w.igOfficer, th.id)).currentDecisions[0].content?.rationale).toContain(
      'SECRET-RATIONALE',
    );
  });

  it('asks for a reason to decide against the DSPT grading, and a review time to defer', async () => {
    const i = await personalDataIncident(t, w);
    const th = await openThread(t, w.igOfficer, i.id, w.trust.id, '2026-11-27T12:00:00Z');
    const fields = async (decision: Record<string, unknown>, type = 'ICO_ART33') =>
      (
        await igRequest(t, 'recordIgDecision', { threadId: th.id, type, decision }, w.igOfficer)
      ).errors?.[0].extensions?.fields?.map((f) => f.field);
    // likelihood 3 × severity 2 suggests reportable: NOT_REPORTABLE needs its reason.
    expect(await fields(details({ outcome: 'NOT_REPORTABLE', likelihood: 3, severity: 2 }))).toEqual([
      'decision.againstSuggestionReason',
    ]);
    // likelihood 2 suggests not reportable: REPORTABLE needs its reason.
    expect(await fields(details({ outcome: 'REPORTABLE', likelihood: 2, severity: 5 }))).toEqual([
      'decision.againstSuggestionReason',
    ]);
    expect(await fields(details({ outcome: 'DEFERRED_PENDING_FACTS' }))).toEqual(['decision.reviewAt']);
    expect(await fields(details({ decidedAt: '2026-11-28T10:00:00Z' }))).toEqual(['decision.decidedAt']);
    expect(await fields(details({ rationale: '' }))).toEqual(['decision.rationale']);
    const blank = details();
    (blank.data as { categories: string[] }).categories = ['health records', '   '];
    expect(await fields(blank)).toEqual(['decision.data.categories']);
    const against = await decide(t, w.igOfficer, th.id, 'ICO_ART33', {
      outcome: 'NOT_REPORTABLE',
      likelihood: 3,
      severity: 2,
      againstSuggestionReason: 'Data was encrypted at rest and the key was not taken',
    });
    expect(against.content).toMatchObject({
      suggestedReportable: true,
      likelihoodLabel: 'likely',
      severityLabel: 'minor',
      againstSuggestionReason: 'Data was encrypted at rest and the key was not taken',
    });
    expect((await getThread(t, w.igOfficer, th.id)).deadlineStatus).toBe('NOT_REPORTABLE');
  });

  it('refuses a NIS notification for an organisation that is not an operator of essential services', async () => {
    const council = await createOrganisation(t, { kind: OrganisationKind.LOCAL_AUTHORITY });
    const councilIg = await createUser(t, [{ organisationId: council.id, role: Role.IG_OFFICER }]);
    const i = await personalDataIncident(t, w);
    await act(t, 'addAffectedOrganisation', { incidentId: i.id, organisationId: council.id }, w.icbCommander);
    const th = await openThread(t, councilIg, i.id, council.id, '2026-11-27T12:00:00Z');
    const nis = await igRequest(
      t,
      'recordIgDecision',
      { threadId: th.id, type: 'NIS_NOTIFICATION', decision: details() },
      councilIg,
    );
    expect(nis.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['decision.outcome']);
    const trustThread = await openThread(t, w.igOfficer, i.id, w.trust.id, '2026-11-27T12:00:00Z');
    expect((await decide(t, w.igOfficer, trustThread.id, 'NIS_NOTIFICATION')).outcome).toBe('REPORTABLE');
  });

  it('notifies in phases, needs a reportable decision and, once the deadline has passed, the reasons for the delay', async () => {
    const i = await personalDataIncident(t, w);
    const th = await openThread(t, w.igOfficer, i.id, w.trust.id, '2026-11-25T08:00:00Z');
    // Deadline 2026-11-28T08:00Z: passed at TEST_START (09:00).
    expect((await getThread(t, w.igOfficer, th.id)).deadlineStatus).toBe('OVERDUE');
    const notify = (input: Record<string, unknown>) =>
      igRequest<{ recordIgNotification: NotificationRecordView }>(
        t,
        'recordIgNotification',
        { threadId: th.id, ...input },
        w.igOfficer,
      );
    expect(errorCode(await notify({ recipient: 'ICO', externalReference: 'ICO-2026-1' }))).toBe('CONFLICT');
    await decide(t, w.igOfficer, th.id, 'ICO_ART33');
    expect((await notify({ recipient: 'ICO' })).errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual([
      'externalReference',
    ]);
    const late = await notify({ recipient: 'ICO', externalReference: 'ICO-2026-1' });
    expect(late.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['delayReason']);
    expect(late.errors?.[0].message).toMatch(/Sat 28 Nov 2026, 08:00 GMT/);
    // In time (entered afterwards, as made at the time) needs no reason.
    const inTime = await notify({
      recipient: 'ICO',
      externalReference: 'ICO-2026-1',
      notifiedAt: '2026-11-28T07:30:00Z',
    });
    expect(inTime.data?.recordIgNotification).toMatchObject({ phase: 1, late: false });
    // A further submission (Art. 33(4)) is the next phase, and is never "late".
    const phase2 = await notify({ recipient: 'ICO', externalReference: 'ICO-2026-1', details: 'Numbers confirmed' });
    expect(phase2.data?.recordIgNotification).toMatchObject({ phase: 2, late: false });
    // The DSPT report: its own decision, first notification after the deadline with its reasons.
    await decide(t, w.igOfficer, th.id, 'DSPT_REPORT');
    const dspt = await notify({
      recipient: 'DSPT',
      externalReference: 'DSPT-77',
      delayReason: 'DSPT tool outage on 27 November',
    });
    expect(dspt.data?.recordIgNotification).toMatchObject({
      phase: 1,
      late: true,
      content: { delayReason: 'DSPT tool outage on 27 November' },
    });
    const thread = await getThread(t, w.igOfficer, th.id);
    expect(thread.deadlineStatus).toBe('NOTIFIED_IN_TIME');
    expect(thread.notifications.map((n) => [n.recipient, n.phase, n.late])).toEqual([
      ['DSPT', 1, true],
      ['ICO', 1, false],
      ['ICO', 2, false],
    ]);
  });
});
