import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createUser, errorCode, startTestApp, TestApp, TestUser } from '@muster/testing';
import { act, approvedRunbook, attempt, createRunbookOrg, draftWithSteps, Ops, OPS, RunbookView } from './runbook-api';

type Org = Awaited<ReturnType<typeof createRunbookOrg>>;

const LIST = `query ($filter: RunbookFilter, $first: Int) { runbooks(filter: $filter, first: $first) { nodes { id isTemplate organisationId } } }`;

describe('runbook access', () => {
  let t: TestApp;
  let icb: Org;
  let a: Org;
  let b: Org;
  let template: RunbookView;
  let aRunbook: RunbookView;

  beforeAll(async () => {
    t = await startTestApp();
    icb = await createRunbookOrg(t, OrganisationKind.ICB);
    a = await createRunbookOrg(t);
    b = await createRunbookOrg(t);
    template = await approvedRunbook(t, icb.org.id, icb.admin, icb.lead, { isTemplate: true });
    aRunbook = await approvedRunbook(t, a.org.id, a.lead, a.secondLead);
  });
  afterAll(() => t.close());

  const list = async (who: TestUser, filter: Record<string, unknown> = {}) =>
    (
      await t.gql.ok<{ runbooks: { nodes: { id: string }[] } }>(LIST, { filter, first: 100 }, { token: who.token })
    ).runbooks.nodes.map((n) => n.id);

  it("hides another organisation's runbooks and versions as NOT_FOUND", async () => {
    expect(errorCode(await t.gql.request(OPS.runbook, { id: aRunbook.id }, { token: b.lead.token }))).toBe('NOT_FOUND');
    expect(
      errorCode(await t.gql.request(OPS.runbookVersion, { id: aRunbook.currentVersion?.id }, { token: b.lead.token })),
    ).toBe('NOT_FOUND');
    const res = await t.gql.request(
      OPS.runbook,
      { id: '00000000-0000-4000-8000-000000000000' },
      { token: b.lead.token },
    );
    expect(res.errors?.[0].message).toBe('Runbook not found');
  });

  it("refuses every change to another organisation's runbook as NOT_FOUND, not FORBIDDEN", async () => {
    const draft = await draftWithSteps(t, a.org.id, a.lead, 2);
    const cases: [Ops, Record<string, unknown>][] = [
      ['updateRunbookDraft', { id: draft.id, version: draft.version, title: 'Hijacked' }],
      ['addRunbookStep', { runbookId: draft.id, title: 'Hijack step', function: 'EPRR', responsibleRole: 'EPRR_LEAD' }],
      ['updateRunbookStep', { stepId: draft.steps[0].id, title: 'Hijacked step' }],
      ['reorderRunbookSteps', { runbookId: draft.id, stepIds: [draft.steps[1].id, draft.steps[0].id] }],
      ['removeRunbookStep', { stepId: draft.steps[0].id }],
      ['submitRunbookForReview', { id: draft.id }],
      ['retireRunbook', { id: draft.id, reason: 'Hijacked' }],
      ['setRunbookOwner', { id: draft.id, userId: b.lead.id }],
      ['approveRunbook', { id: aRunbook.id }],
      ['reviseRunbook', { id: aRunbook.id }],
      ['adoptTemplate', { templateId: template.id, organisationId: a.org.id }],
      ['createRunbook', { organisationId: a.org.id, title: 'Planted runbook', categories: ['OTHER'] }],
    ];
    for (const [op, input] of cases)
      expect([op, errorCode(await attempt(t, op, input, b.lead))]).toEqual([op, 'NOT_FOUND']);
    expect(
      (await t.dataSource.query<{ version: number }[]>(`SELECT version FROM runbook WHERE id = $1`, [draft.id]))[0]
        .version,
    ).toBe(draft.version);
  });

  it("lists own runbooks and the ICS templates, never other organisations' runbooks", async () => {
    const seen = await list(b.viewer);
    expect(seen).toContain(template.id);
    expect(seen).not.toContain(aRunbook.id);
    expect(await list(b.viewer, { organisationId: a.org.id })).toEqual([]);
    expect(await list(a.viewer, { organisationId: a.org.id })).toContain(aRunbook.id);
  });

  it("lets system-wide roles see every organisation's runbooks but not change them", async () => {
    const auditor = await createUser(t, [{ organisationId: icb.org.id, role: Role.AUDITOR }]);
    expect(await list(auditor, { organisationId: a.org.id })).toContain(aRunbook.id);
    expect(
      (await t.gql.ok<{ runbook: { id: string } }>(OPS.runbook, { id: aRunbook.id }, { token: auditor.token })).runbook
        .id,
    ).toBe(aRunbook.id);
    const admin = await createUser(t, [{ organisationId: icb.org.id, role: Role.SYSTEM_ADMIN }]);
    expect(
      errorCode(await attempt(t, 'retireRunbook', { id: aRunbook.id, reason: 'Not theirs to retire' }, admin)),
    ).toBe('FORBIDDEN');
  });

  it('refuses unauthenticated callers', async () => {
    expect(errorCode(await t.gql.request(OPS.runbook, { id: aRunbook.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql.request(LIST, {}))).toBe('UNAUTHENTICATED');
  });
});

/** Who may run each mutation, with a fresh runbook in the right state for each attempt. */
describe('runbook role matrix', () => {
  let t: TestApp;
  let o: Org;
  let template: RunbookView;
  const users = new Map<Role, TestUser>();

  beforeAll(async () => {
    t = await startTestApp();
    const icb = await createRunbookOrg(t, OrganisationKind.ICB);
    template = await approvedRunbook(t, icb.org.id, icb.admin, icb.lead, { isTemplate: true });
    o = await createRunbookOrg(t);
    for (const role of Object.values(Role)) users.set(role, await createUser(t, [{ organisationId: o.org.id, role }]));
  });
  afterAll(() => t.close());

  // Setups act as the organisation's second EPRR lead, so the tested EPRR lead never submitted.
  const maker = () => o.secondLead;
  const draft = (steps = 2) => draftWithSteps(t, o.org.id, maker(), steps);
  const inReview = async () => {
    const d = await draft(1);
    return act(t, 'submitRunbookForReview', { id: d.id }, maker());
  };
  const adopted = async () => {
    const org = await createRunbookOrg(t);
    return {
      org,
      runbook: await act(t, 'adoptTemplate', { templateId: template.id, organisationId: org.org.id }, org.lead),
    };
  };

  const MATRIX: Record<string, { editors: Role[]; input: () => Promise<Record<string, unknown>> }> = {
    createRunbook: {
      editors: [Role.EPRR_LEAD, Role.ORG_ADMIN],
      input: async () => ({ organisationId: o.org.id, title: 'Matrix runbook', categories: ['OTHER'] }),
    },
    updateRunbookDraft: {
      editors: [Role.EPRR_LEAD, Role.ORG_ADMIN],
      input: async () => {
        const d = await draft();
        return { id: d.id, version: d.version, title: 'Renamed' };
      },
    },
    addRunbookStep: {
      editors: [Role.EPRR_LEAD, Role.ORG_ADMIN],
      input: async () => ({
        runbookId: (await draft()).id,
        title: 'Added step',
        function: 'EPRR',
        responsibleRole: 'EPRR_LEAD',
      }),
    },
    updateRunbookStep: {
      editors: [Role.EPRR_LEAD, Role.ORG_ADMIN],
      input: async () => ({ stepId: (await draft()).steps[0].id, title: 'Renamed step' }),
    },
    reorderRunbookSteps: {
      editors: [Role.EPRR_LEAD, Role.ORG_ADMIN],
      input: async () => {
        const d = await draft();
        return { runbookId: d.id, stepIds: [d.steps[1].id, d.steps[0].id] };
      },
    },
    removeRunbookStep: {
      editors: [Role.EPRR_LEAD, Role.ORG_ADMIN],
      input: async () => ({ stepId: (await draft()).steps[1].id }),
    },
    submitRunbookForReview: {
      editors: [Role.EPRR_LEAD, Role.ORG_ADMIN],
      input: async () => ({ id: (await draft()).id }),
    },
    returnRunbookToDraft: {
      editors: [Role.EPRR_LEAD, Role.ORG_ADMIN],
      input: async () => ({ id: (await inReview()).id }),
    },
    approveRunbook: { editors: [Role.EPRR_LEAD], input: async () => ({ id: (await inReview()).id }) },
    reviseRunbook: {
      editors: [Role.EPRR_LEAD, Role.ORG_ADMIN],
      input: async () => ({ id: (await approvedRunbook(t, o.org.id, maker(), o.lead)).id }),
    },
    retireRunbook: { editors: [Role.EPRR_LEAD], input: async () => ({ id: (await draft()).id, reason: 'Superseded' }) },
    markRunbookReviewed: {
      editors: [Role.EPRR_LEAD],
      input: async () => ({ id: (await approvedRunbook(t, o.org.id, maker(), o.lead)).id }),
    },
    setRunbookOwner: {
      editors: [Role.EPRR_LEAD, Role.ORG_ADMIN],
      input: async () => ({ id: (await draft()).id, userId: o.viewer.id }),
    },
  };

  it.each(Object.keys(MATRIX))('%s: allowed for its editors, FORBIDDEN for every other role', async (op) => {
    const { editors, input } = MATRIX[op];
    const shared = await input();
    for (const role of Object.values(Role).filter((r) => !editors.includes(r))) {
      expect([role, errorCode(await attempt(t, op as Ops, shared, users.get(role) as TestUser))]).toEqual([
        role,
        'FORBIDDEN',
      ]);
    }
    for (const role of editors) {
      const res = await attempt(t, op as Ops, await input(), users.get(role) as TestUser);
      expect([role, res.errors]).toEqual([role, undefined]);
    }
  });

  it('adoptTemplate and updateRunbookFromTemplate: EPRR leads and organisation admins of the adopting organisation only', async () => {
    const { org, runbook } = await adopted();
    for (const role of [Role.IG_OFFICER, Role.RESPONDER, Role.VIEWER, Role.INCIDENT_COMMANDER]) {
      const who = await createUser(t, [{ organisationId: org.org.id, role }]);
      expect(
        errorCode(await attempt(t, 'adoptTemplate', { templateId: template.id, organisationId: org.org.id }, who)),
      ).toBe('FORBIDDEN');
      expect(errorCode(await attempt(t, 'updateRunbookFromTemplate', { id: runbook.id }, who))).toBe('FORBIDDEN');
    }
    expect((await act(t, 'updateRunbookFromTemplate', { id: runbook.id }, org.admin)).templateStatus?.behind).toBe(
      false,
    );
    await act(t, 'retireRunbook', { id: runbook.id, reason: 'Adopting it afresh' }, org.lead);
    expect(
      (await act(t, 'adoptTemplate', { templateId: template.id, organisationId: org.org.id }, org.admin)).status,
    ).toBe('DRAFT');
  });
});
