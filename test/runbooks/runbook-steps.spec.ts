import { expect } from '@jest/globals';
import { errorCode, startTestApp, TestApp } from '@muster/testing';
import { act, attempt, auditOf, createRunbookOrg, draftWithSteps, step } from './runbook-api';

describe('runbook steps and their dependencies', () => {
  let t: TestApp;
  let o: Awaited<ReturnType<typeof createRunbookOrg>>;

  beforeAll(async () => {
    t = await startTestApp();
    o = await createRunbookOrg(t);
  });
  afterAll(() => t.close());

  it('adds steps in order, inserts at a position and records each change', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 2);
    const [a, b] = draft.steps;
    const inserted = await act(
      t,
      'addRunbookStep',
      {
        runbookId: draft.id,
        version: draft.version,
        position: 2,
        ...step('Assess reportability to the ICO', {
          function: 'INFORMATION_GOVERNANCE',
          responsibleRole: 'IG_OFFICER',
          targetMinutes: 4320,
          dependsOn: [a.id],
        }),
      },
      o.lead,
    );
    expect(inserted.steps.map((s) => [s.position, s.title])).toEqual([
      [1, 'Step number 1'],
      [2, 'Assess reportability to the ICO'],
      [3, 'Step number 2'],
    ]);
    expect(inserted.steps[1]).toMatchObject({
      function: 'INFORMATION_GOVERNANCE',
      responsibleRole: 'IG_OFFICER',
      dependsOn: [a.id],
    });
    expect(inserted.steps[2].id).toBe(b.id);
    const last = (await auditOf(t, draft.id)).pop();
    expect(last).toMatchObject({
      action: 'runbook.step_added',
      summary: "Step 2 'Assess reportability to the ICO' added to runbook 'Ransomware response'",
    });
  });

  it('refuses a dependency on a later step (which could form a cycle) with BAD_USER_INPUT naming dependsOn', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 3);
    const [a, , c] = draft.steps;
    const res = await attempt(t, 'updateRunbookStep', { stepId: a.id, dependsOn: [c.id] }, o.lead);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'dependsOn',
        message:
          "step 1 'Step number 1' depends on step 3 'Step number 3', which does not come before it (dependencies must be on earlier steps, so no cycles)",
      },
    ]);
  });

  it('refuses a dependency on itself or on a step of another runbook', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 2);
    const other = await draftWithSteps(t, o.org.id, o.lead, 1);
    const self = await attempt(
      t,
      'updateRunbookStep',
      { stepId: draft.steps[1].id, dependsOn: [draft.steps[1].id] },
      o.lead,
    );
    expect(self.errors?.[0].extensions?.fields?.[0].message).toMatch(/cannot depend on itself/);
    const foreign = await attempt(
      t,
      'addRunbookStep',
      { runbookId: draft.id, ...step('Foreign dependency', { dependsOn: [other.steps[0].id] }) },
      o.lead,
    );
    expect(foreign.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'dependsOn',
      message: expect.stringMatching(/not in this runbook/),
    });
  });

  it('reorders steps, refusing an order that puts a step before one it depends on', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 3);
    const [a, b, c] = draft.steps;
    const linked = await act(t, 'updateRunbookStep', { stepId: c.id, dependsOn: [a.id] }, o.lead);
    const refused = await attempt(
      t,
      'reorderRunbookSteps',
      { runbookId: draft.id, stepIds: [c.id, a.id, b.id] },
      o.lead,
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields?.[0].field).toBe('stepIds');
    const missing = await attempt(t, 'reorderRunbookSteps', { runbookId: draft.id, stepIds: [a.id, b.id] }, o.lead);
    expect(missing.errors?.[0].extensions?.fields?.[0].message).toBe(
      'must list every step of the runbook exactly once (3 steps)',
    );
    const reordered = await act(
      t,
      'reorderRunbookSteps',
      { runbookId: draft.id, version: linked.version, stepIds: [b.id, a.id, c.id] },
      o.lead,
    );
    expect(reordered.steps.map((s) => s.id)).toEqual([b.id, a.id, c.id]);
    expect(reordered.steps.map((s) => s.position)).toEqual([1, 2, 3]);
  });

  it('refuses to remove a step others depend on with CONFLICT, and removes it once free', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 3);
    const [a, b, c] = draft.steps;
    await act(t, 'updateRunbookStep', { stepId: c.id, dependsOn: [a.id] }, o.lead);
    const res = await attempt(t, 'removeRunbookStep', { stepId: a.id }, o.lead);
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toBe(
      "Cannot remove step 1 'Step number 1': step 3 'Step number 3' depends on it; remove that dependency first",
    );
    await act(t, 'updateRunbookStep', { stepId: c.id, dependsOn: [] }, o.lead);
    const removed = await act(t, 'removeRunbookStep', { stepId: a.id }, o.lead);
    expect(removed.steps.map((s) => [s.id, s.position])).toEqual([
      [b.id, 1],
      [c.id, 2],
    ]);
  });

  it('changes step fields and clears a target time', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 1);
    const changed = await act(
      t,
      'updateRunbookStep',
      {
        stepId: draft.steps[0].id,
        title: 'Send the METHANE report',
        function: 'EPRR',
        clearTargetTime: true,
        mandatory: false,
      },
      o.admin,
    );
    expect(changed.steps[0]).toMatchObject({ title: 'Send the METHANE report', targetMinutes: null, mandatory: false });
    const last = (await auditOf(t, draft.id)).pop();
    expect(last?.changes).toMatchObject({
      before: { title: 'Step number 1', targetMinutes: 60 },
      after: { title: 'Send the METHANE report', targetMinutes: null },
    });
  });

  it('accepts a step edit that names no field (found by fuzzing: a server error), changing nothing but the version', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 1);
    const res = await attempt(t, 'updateRunbookStep', { stepId: draft.steps[0].id, version: draft.version }, o.lead);
    expect(res.errors).toBeUndefined();
    const after = res.data?.updateRunbookStep;
    expect(after?.version).toBe(draft.version + 1);
    expect(after?.steps).toEqual(draft.steps);
    const last = (await auditOf(t, draft.id)).pop();
    expect(last).toMatchObject({ action: 'runbook.step_updated', summary: expect.stringContaining('(no fields)') });
  });

  it('refuses a stale step edit with CONFLICT', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 1);
    const res = await attempt(
      t,
      'addRunbookStep',
      { runbookId: draft.id, version: draft.version - 1, ...step('Late step') },
      o.lead,
    );
    expect(errorCode(res)).toBe('CONFLICT');
  });

  it('refuses a position past the end and validates the input fields', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 1);
    const far = await attempt(t, 'addRunbookStep', { runbookId: draft.id, position: 5, ...step('Too far') }, o.lead);
    expect(far.errors?.[0].extensions?.fields).toEqual([{ field: 'position', message: 'must be between 1 and 2' }]);
    const bad = await attempt(
      t,
      'addRunbookStep',
      { runbookId: draft.id, ...step('ok title', { targetMinutes: -5, dependsOn: ['not-a-uuid'] }) },
      o.lead,
    );
    expect(bad.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual(['dependsOn', 'targetMinutes']);
    // An edit follows the same rules as a new step, field by field.
    const edit = await attempt(
      t,
      'updateRunbookStep',
      { stepId: draft.steps[0].id, title: 'x', targetMinutes: -5, responsibleRole: 'NOBODY' },
      o.lead,
    );
    expect(errorCode(edit)).toBe('BAD_USER_INPUT');
    const invalid = await attempt(
      t,
      'updateRunbookStep',
      { stepId: draft.steps[0].id, title: 'x', targetMinutes: -5 },
      o.lead,
    );
    expect(invalid.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual(['targetMinutes', 'title']);
  });
  it('takes a designation sent as null as one not given: a step with no assignee is BAD_USER_INPUT, not a 500 (found by fuzzing)', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 1);
    const before = await auditOf(t, draft.id);
    const bare = await attempt(
      t,
      'addRunbookStep',
      { runbookId: draft.id, title: 'Call the supplier', designation: null },
      o.lead,
    );
    expect(errorCode(bare)).toBe('BAD_USER_INPUT');
    expect(bare.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['designation']);
    const withRole = await attempt(
      t,
      'addRunbookStep',
      { runbookId: draft.id, ...step('Call the supplier'), designation: null },
      o.lead,
    );
    expect(errorCode(withRole)).toBeUndefined();
    expect((await auditOf(t, draft.id)).length).toBe(before.length + 1);
  });
  it('refuses SYSTEM_ADMIN, AUDITOR and VIEWER as the role responsible for a step, naming responsibleRole, and writes nothing', async () => {
    const draft = await draftWithSteps(t, o.org.id, o.lead, 1);
    const before = await auditOf(t, draft.id);
    for (const role of ['SYSTEM_ADMIN', 'AUDITOR', 'VIEWER']) {
      const added = await attempt(
        t,
        'addRunbookStep',
        { runbookId: draft.id, ...step('Restore from backups', { responsibleRole: role }) },
        o.lead,
      );
      expect(errorCode(added)).toBe('BAD_USER_INPUT');
      expect(added.errors?.[0].extensions?.fields).toEqual([
        {
          field: 'responsibleRole',
          message:
            'must be a role that carries out steps (INCIDENT_COMMANDER, IG_OFFICER, EPRR_LEAD, RESPONDER, ORG_ADMIN); SYSTEM_ADMIN, VIEWER, AUDITOR cannot carry out a step',
        },
      ]);
      const edited = await attempt(
        t,
        'updateRunbookStep',
        { stepId: draft.steps[0].id, responsibleRole: role },
        o.lead,
      );
      expect(edited.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['responsibleRole']);
    }
    expect(await auditOf(t, draft.id)).toHaveLength(before.length);
    const kept = await act(
      t,
      'updateRunbookStep',
      { stepId: draft.steps[0].id, responsibleRole: 'RESPONDER', function: 'DIGITAL' },
      o.lead,
    );
    expect(kept.steps).toHaveLength(1);
    expect(kept.steps[0]).toMatchObject({ responsibleRole: 'RESPONDER', function: 'DIGITAL' });
  });
});
