import { errorCode, startTestApp, TestApp } from '@muster/testing';
import { act, approvedRunbook, attempt, auditOf, createRunbookOrg, getRunbook, Ops, RunbookView } from './runbook-api';

/** A row as the database holds it, compared whole. */
type Row = Record<string, unknown>;
type VersionRow = Row & { title: string; steps: { id: string; title: string }[] };

describe('approved runbook versions are immutable', () => {
  let t: TestApp;
  let o: Awaited<ReturnType<typeof createRunbookOrg>>;
  let approved: RunbookView;

  beforeAll(async () => {
    t = await startTestApp();
    o = await createRunbookOrg(t);
    approved = await approvedRunbook(t, o.org.id, o.lead, o.secondLead);
  });
  afterAll(() => t.close());

  const snapshot = async () => ({
    runbook: await t.dataSource.query<Row[]>(`SELECT * FROM runbook WHERE id = $1`, [approved.id]),
    steps: await t.dataSource.query<Row[]>(`SELECT * FROM runbook_step WHERE runbook_id = $1 ORDER BY position`, [
      approved.id,
    ]),
    versions: await t.dataSource.query<Row[]>(`SELECT * FROM runbook_version WHERE runbook_id = $1`, [approved.id]),
    events: (await auditOf(t, approved.id)).length,
  });

  it('refuses every edit of an approved runbook without a new draft with CONFLICT, changing nothing', async () => {
    const before = await snapshot();
    const [first, second] = approved.steps;
    const attempts: [Ops, Record<string, unknown>][] = [
      ['updateRunbookDraft', { id: approved.id, version: approved.version, title: 'Rewritten history' }],
      [
        'addRunbookStep',
        { runbookId: approved.id, title: 'Sneaky step', function: 'EPRR', responsibleRole: 'EPRR_LEAD' },
      ],
      ['updateRunbookStep', { stepId: first.id, title: 'Changed after approval' }],
      ['reorderRunbookSteps', { runbookId: approved.id, stepIds: [second.id, first.id] }],
      ['removeRunbookStep', { stepId: second.id }],
      ['submitRunbookForReview', { id: approved.id }],
      ['approveRunbook', { id: approved.id }],
    ];
    for (const [op, input] of attempts) {
      const res = await attempt(t, op, input, o.lead);
      expect([op, errorCode(res)]).toEqual([op, 'CONFLICT']);
    }
    const edit = await attempt(t, 'updateRunbookStep', { stepId: first.id, title: 'Changed after approval' }, o.admin);
    expect(edit.errors?.[0].message).toBe(
      'Cannot edit steps or details: the runbook is approved; start a new draft (reviseRunbook) to change it',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('keeps version 1 exactly as approved while a new draft is edited and approved', async () => {
    const [v1Before] = await t.dataSource.query<VersionRow[]>(`SELECT * FROM runbook_version WHERE id = $1`, [
      approved.currentVersion?.id,
    ]);
    await act(t, 'reviseRunbook', { id: approved.id }, o.lead);
    await act(
      t,
      'updateRunbookStep',
      { stepId: approved.steps[0].id, title: 'Isolate affected devices first' },
      o.lead,
    );
    await act(
      t,
      'updateRunbookDraft',
      { id: approved.id, version: (await getRunbook(t, approved.id, o.lead)).version, title: 'Ransomware v2' },
      o.lead,
    );
    await act(t, 'submitRunbookForReview', { id: approved.id }, o.lead);
    const v2 = await act(t, 'approveRunbook', { id: approved.id }, o.secondLead);
    const [v1After] = await t.dataSource.query<VersionRow[]>(`SELECT * FROM runbook_version WHERE id = $1`, [
      approved.currentVersion?.id,
    ]);
    expect(v1After).toEqual(v1Before);
    expect(v1After.steps[0].title).toBe('Step number 1');
    const [v2Row] = await t.dataSource.query<VersionRow[]>(`SELECT title, steps FROM runbook_version WHERE id = $1`, [
      v2.currentVersion?.id,
    ]);
    expect(v2Row.title).toBe('Ransomware v2');
    expect(v2Row.steps[0]).toMatchObject({ id: approved.steps[0].id, title: 'Isolate affected devices first' });
  });

  it('refuses a direct SQL UPDATE, DELETE or TRUNCATE of a version in the database itself', async () => {
    const id = approved.currentVersion?.id;
    for (const sql of [
      `UPDATE runbook_version SET title = 'tampered' WHERE id = '${id}'`,
      `DELETE FROM runbook_version WHERE id = '${id}'`,
      `TRUNCATE runbook_version CASCADE`,
    ]) {
      await expect(t.dataSource.query(sql)).rejects.toThrow(/runbook_version is immutable/);
    }
    const [row] = await t.dataSource.query<{ title: string }[]>(`SELECT title FROM runbook_version WHERE id = $1`, [
      id,
    ]);
    expect(row.title).toBe('Ransomware response');
  });
});
