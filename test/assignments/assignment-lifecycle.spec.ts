import { startTestApp, TestApp } from '@muster/testing';
import {
  act,
  assignToTrust,
  attempt,
  auditOf,
  AssignmentWorld,
  createAssignmentWorld,
  errorCode,
  read,
} from './assignment-api';

describe('an assignment through its lifecycle', () => {
  let t: TestApp;
  let w: AssignmentWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await createAssignmentWorld(t);
  });
  afterAll(() => t.close());

  it('walks OPEN → ACKNOWLEDGED → IN_PROGRESS ⇄ BLOCKED → DONE, each change audited and versioned', async () => {
    let a = await assignToTrust(t, w);
    expect(a).toMatchObject({ status: 'OPEN', version: 1, overdue: false, source: { kind: 'MANUAL' } });
    expect(a.assigningOrganisation.id).toBe(w.icb.id);
    expect(a.team?.id).toBe(w.eprrTeam.id);
    a = await act(t, 'acknowledgeAssignment', { id: a.id, version: a.version }, w.responder);
    expect(a.status).toBe('ACKNOWLEDGED');
    a = await act(t, 'startAssignment', { id: a.id, version: a.version }, w.responder);
    a = await act(
      t,
      'blockAssignment',
      { id: a.id, version: a.version, reason: 'Waiting for the supplier' },
      w.responder,
    );
    expect(a).toMatchObject({ status: 'BLOCKED', statusReason: 'Waiting for the supplier' });
    a = await act(t, 'unblockAssignment', { id: a.id, version: a.version }, w.responder);
    expect(a).toMatchObject({ status: 'IN_PROGRESS', statusReason: null });
    a = await act(t, 'completeAssignment', { id: a.id, version: a.version }, w.responder);
    expect(a).toMatchObject({ status: 'DONE', version: 6 });
    expect(a.closedAt).not.toBeNull();
    expect((await auditOf(t, a.id)).map((e) => e.action)).toEqual([
      'assignment.created',
      'assignment.acknowledged',
      'assignment.started',
      'assignment.blocked',
      'assignment.unblocked',
      'assignment.completed',
    ]);
    expect(a.history.map((h) => h.action)).toHaveLength(6);
  });

  it('refuses the wrong state, a stale version, a block without a reason and a viewer, writing nothing', async () => {
    const a = await assignToTrust(t, w);
    expect(errorCode(await attempt(t, 'startAssignment', { id: a.id, version: a.version }, w.responder))).toBe(
      'CONFLICT',
    );
    expect(errorCode(await attempt(t, 'acknowledgeAssignment', { id: a.id, version: 9 }, w.responder))).toBe(
      'CONFLICT',
    );
    expect(errorCode(await attempt(t, 'acknowledgeAssignment', { id: a.id, version: a.version }, w.viewer))).toBe(
      'FORBIDDEN',
    );
    const ack = await act(t, 'acknowledgeAssignment', { id: a.id, version: a.version }, w.responder);
    const started = await act(t, 'startAssignment', { id: a.id, version: ack.version }, w.responder);
    const noReason = await attempt(
      t,
      'blockAssignment',
      { id: a.id, version: started.version, reason: '  ' },
      w.responder,
    );
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    expect((await read(t, a.id, w.responder)).data?.assignment).toMatchObject({
      status: 'IN_PROGRESS',
      version: started.version,
    });
    expect((await auditOf(t, a.id)).map((e) => e.action)).toEqual([
      'assignment.created',
      'assignment.acknowledged',
      'assignment.started',
    ]);
  });

  it('needs evidence to complete a mandatory assignment, given before or with the completion', async () => {
    let a = await assignToTrust(t, w, { mandatory: true });
    a = await act(t, 'acknowledgeAssignment', { id: a.id, version: a.version }, w.responder);
    a = await act(t, 'startAssignment', { id: a.id, version: a.version }, w.responder);
    const bare = await attempt(t, 'completeAssignment', { id: a.id, version: a.version }, w.responder);
    expect(errorCode(bare)).toBe('BAD_USER_INPUT');
    expect(bare.errors?.[0]?.message).toMatch(/evidence/);
    a = await act(
      t,
      'addAssignmentEvidence',
      {
        id: a.id,
        version: a.version,
        evidence: { text: 'Tested on 3 December', links: ['https://intranet.nhs.uk/bcp'] },
      },
      w.responder,
    );
    expect(a.evidence).toEqual([{ text: 'Tested on 3 December', links: ['https://intranet.nhs.uk/bcp'] }]);
    a = await act(t, 'completeAssignment', { id: a.id, version: a.version }, w.responder);
    expect(a.status).toBe('DONE');

    let b = await assignToTrust(t, w, { mandatory: true });
    b = await act(t, 'acknowledgeAssignment', { id: b.id, version: b.version }, w.responder);
    b = await act(t, 'startAssignment', { id: b.id, version: b.version }, w.responder);
    b = await act(
      t,
      'completeAssignment',
      { id: b.id, version: b.version, evidence: { text: 'Plan signed off by the AEO' } },
      w.responder,
    );
    expect(b).toMatchObject({ status: 'DONE', evidence: [{ text: 'Plan signed off by the AEO', links: [] }] });
  });

  it('cancels and waives with a reason, by the assigning side or the owner; the responder may not', async () => {
    const a = await assignToTrust(t, w);
    expect(
      errorCode(await attempt(t, 'cancelAssignment', { id: a.id, version: a.version, reason: 'x' }, w.icbLead)),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await attempt(t, 'cancelAssignment', { id: a.id, version: a.version, reason: 'Duplicate' }, w.responder),
      ),
    ).toBe('FORBIDDEN');
    const cancelled = await act(
      t,
      'cancelAssignment',
      { id: a.id, version: a.version, reason: 'Duplicate of another' },
      w.icbLead,
    );
    expect(cancelled).toMatchObject({ status: 'CANCELLED', statusReason: 'Duplicate of another' });
    expect(
      errorCode(
        await attempt(t, 'waiveAssignment', { id: a.id, version: cancelled.version, reason: 'Not needed' }, w.icbLead),
      ),
    ).toBe('CONFLICT');
    const b = await assignToTrust(t, w);
    const waived = await act(
      t,
      'waiveAssignment',
      { id: b.id, version: b.version, reason: 'Covered by the ICS plan' },
      w.teamLead,
    );
    expect(waived.status).toBe('WAIVED');
  });

  it('reassigns within the owning organisation keeping the history, and changes the due time with a reason', async () => {
    let a = await assignToTrust(t, w);
    a = await act(t, 'reassignAssignment', { id: a.id, version: a.version, assigneeId: w.responder.id }, w.teamLead);
    expect(a.assignee?.id).toBe(w.responder.id);
    const outsider = await attempt(
      t,
      'reassignAssignment',
      { id: a.id, version: a.version, assigneeId: w.thirdLead.id },
      w.teamLead,
    );
    expect(errorCode(outsider)).toBe('BAD_USER_INPUT');
    a = await act(t, 'reassignAssignment', { id: a.id, version: a.version, assigneeId: w.teamLead.id }, w.icbLead);
    expect(a.history.map((h) => h.action)).toEqual([
      'assignment.created',
      'assignment.reassigned',
      'assignment.reassigned',
    ]);
    expect(
      errorCode(
        await attempt(
          t,
          'changeAssignmentDue',
          { id: a.id, version: a.version, dueAt: '2026-12-10T17:00:00Z', reason: '' },
          w.icbLead,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    a = await act(
      t,
      'changeAssignmentDue',
      { id: a.id, version: a.version, dueAt: '2026-12-10T17:00:00Z', reason: 'Supplier patch date moved' },
      w.icbLead,
    );
    expect(a.dueAt).toBe('2026-12-10T17:00:00.000Z');
  });

  it('refuses to start while a dependency is not done, naming it; refuses a cycle', async () => {
    const first = await assignToTrust(t, w, { title: 'Isolate the affected servers' });
    let second = await assignToTrust(t, w, { title: 'Restore from clean backups', dependsOn: [first.id] });
    expect(second.dependencies).toEqual([{ id: first.id, title: 'Isolate the affected servers', status: 'OPEN' }]);
    second = await act(t, 'acknowledgeAssignment', { id: second.id, version: second.version }, w.responder);
    const waiting = await attempt(t, 'startAssignment', { id: second.id, version: second.version }, w.responder);
    expect(errorCode(waiting)).toBe('CONFLICT');
    expect(waiting.errors?.[0]?.message).toBe('Cannot start yet: it waits for "Isolate the affected servers"');

    const third = await assignToTrust(t, w, { title: 'Tell patients', dependsOn: [second.id] });
    const cycle = await attempt(
      t,
      'setAssignmentDependencies',
      { id: first.id, version: first.version, dependsOn: [third.id] },
      w.icbLead,
    );
    expect(errorCode(cycle)).toBe('BAD_USER_INPUT');
    expect(cycle.errors?.[0]?.message).toMatch(/cycle/);
    const self = await attempt(
      t,
      'setAssignmentDependencies',
      { id: first.id, version: first.version, dependsOn: [first.id] },
      w.icbLead,
    );
    expect(errorCode(self)).toBe('BAD_USER_INPUT');

    const w1 = await act(
      t,
      'waiveAssignment',
      { id: first.id, version: first.version, reason: 'Done by the supplier' },
      w.icbLead,
    );
    expect(w1.status).toBe('WAIVED');
    const started = await act(t, 'startAssignment', { id: second.id, version: second.version }, w.responder);
    expect(started.status).toBe('IN_PROGRESS');
  });
});
