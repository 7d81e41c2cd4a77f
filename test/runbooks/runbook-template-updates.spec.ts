import { randomUUID } from 'node:crypto';
import { OrganisationKind } from '@muster/identity';
import { errorCode, startTestApp, TestApp, TestUser } from '@muster/testing';
import { act, attempt, auditOf, createRunbookOrg, getRunbook, RunbookView, step, StepView } from './runbook-api';

type Org = Awaited<ReturnType<typeof createRunbookOrg>>;

const PREVIEW = `query ($runbookId: ID!) { templateUpdatePreview(runbookId: $runbookId) {
  runbookId templateId adoptedVersion latestVersion upToDate
  templateChanges { templateStepId stepId title change fields }
  localChanges { templateStepId stepId title change fields }
  conflicts { templateStepId stepId title local localFields template templateFields }
} }`;

interface Difference {
  templateStepId: string | null;
  stepId: string | null;
  title: string;
  change: string;
  fields: string[];
}
interface Preview {
  adoptedVersion: number;
  latestVersion: number;
  upToDate: boolean;
  templateChanges: Difference[];
  localChanges: Difference[];
  conflicts: {
    templateStepId: string;
    stepId: string | null;
    title: string;
    local: string;
    localFields: string[];
    template: string;
    templateFields: string[];
  }[];
}

const titled = (steps: StepView[], title: string) =>
  steps.find((s) => s.title === title) as StepView & { instructions: string; targetMinutes: number };

/**
 * An organisation's tailoring of an ICS template survives the template's next version:
 * `templateUpdatePreview` shows both sides and the conflicts, and `updateRunbookFromTemplate`
 * keeps local steps and edits, applies the rest, and needs a choice per conflict.
 */
describe('updating an adopted runbook from a newer template version', () => {
  let t: TestApp;
  let icb: Org;
  let trust: Org;
  let template: RunbookView;
  let adopted: RunbookView;
  let other: Org;
  let adoptedTwice: RunbookView;

  /** The organisation's tailoring: its own words for "isolate", and a step of its own. */
  async function tailor(o: Org, runbook: RunbookView): Promise<RunbookView> {
    const isolate = titled(runbook.steps, 'Isolate affected systems');
    const declare = titled(runbook.steps, 'Declare the incident');
    await act(
      t,
      'updateRunbookStep',
      { stepId: isolate.id, instructions: 'Pull the network cables of ward PCs first' },
      o.lead,
    );
    return act(
      t,
      'addRunbookStep',
      { runbookId: runbook.id, ...step('Call the city council', { dependsOn: [declare.id] }) },
      o.lead,
    );
  }

  async function publishVersion2(): Promise<void> {
    await act(t, 'reviseRunbook', { id: template.id }, icb.admin);
    const at = (title: string) => titled(template.steps, title).id;
    await act(
      t,
      'addRunbookStep',
      {
        runbookId: template.id,
        position: 3,
        ...step('Report to the NCSC', { dependsOn: [at('Declare the incident')] }),
      },
      icb.admin,
    );
    await act(
      t,
      'updateRunbookStep',
      { stepId: at('Notify the ICO'), instructions: 'Within 72 hours of awareness, via the DSPT' },
      icb.admin,
    );
    await act(t, 'updateRunbookStep', { stepId: at('Isolate affected systems'), targetMinutes: 30 }, icb.admin);
    await act(t, 'removeRunbookStep', { stepId: at('Brief the press') }, icb.admin);
    await act(t, 'submitRunbookForReview', { id: template.id }, icb.admin);
    template = await act(t, 'approveRunbook', { id: template.id }, icb.lead);
  }

  beforeAll(async () => {
    t = await startTestApp();
    icb = await createRunbookOrg(t, OrganisationKind.ICB);
    trust = await createRunbookOrg(t);
    template = await act(
      t,
      'createRunbook',
      { organisationId: icb.org.id, title: 'ICS ransomware template', categories: ['RANSOMWARE'], isTemplate: true },
      icb.admin,
    );
    for (const title of ['Declare the incident', 'Isolate affected systems', 'Notify the ICO', 'Brief the press']) {
      template = await act(t, 'addRunbookStep', { runbookId: template.id, ...step(title) }, icb.admin);
    }
    await act(t, 'submitRunbookForReview', { id: template.id }, icb.admin);
    template = await act(t, 'approveRunbook', { id: template.id }, icb.lead);

    adopted = await tailor(
      trust,
      await act(t, 'adoptTemplate', { templateId: template.id, organisationId: trust.org.id }, trust.lead),
    );
    other = await createRunbookOrg(t);
    adoptedTwice = await tailor(
      other,
      await act(t, 'adoptTemplate', { templateId: template.id, organisationId: other.org.id }, other.lead),
    );
    await publishVersion2();
  });
  afterAll(() => t.close());

  const preview = async (runbookId: string, who: TestUser) =>
    (await t.gql.ok<{ templateUpdatePreview: Preview }>(PREVIEW, { runbookId }, { token: who.token }))
      .templateUpdatePreview;

  it("previews the template's changes, the organisation's own steps and edits, and the conflicts", async () => {
    const p = await preview(adopted.id, trust.viewer);
    expect(p).toMatchObject({ adoptedVersion: 1, latestVersion: 2, upToDate: false });
    expect(p.templateChanges.map((d) => [d.title, d.change, d.fields])).toEqual([
      ['Isolate affected systems', 'CHANGED', ['targetMinutes']],
      ['Report to the NCSC', 'ADDED', []],
      ['Notify the ICO', 'CHANGED', ['instructions']],
      ['Brief the press', 'REMOVED', []],
    ]);
    expect(p.localChanges.map((d) => [d.title, d.change, d.fields, d.templateStepId === null])).toEqual([
      ['Call the city council', 'ADDED', [], true],
      ['Isolate affected systems', 'CHANGED', ['instructions'], false],
    ]);
    const [templateStepId, stepId] = [
      titled(template.steps, 'Isolate affected systems').id,
      titled(adopted.steps, 'Isolate affected systems').id,
    ];
    expect(p.conflicts).toEqual([
      {
        templateStepId,
        stepId,
        title: 'Isolate affected systems',
        local: 'CHANGED',
        localFields: ['instructions'],
        template: 'CHANGED',
        templateFields: ['targetMinutes'],
      },
    ]);
    // The ICB's EPRR lead, who assures the plan, sees the same.
    expect((await preview(adopted.id, icb.lead)).conflicts).toHaveLength(1);
  });

  it('refuses the update with CONFLICT naming the conflicting step until a choice is given, writing nothing', async () => {
    const before = await getRunbook(t, adopted.id, trust.lead);
    const events = await auditOf(t, adopted.id);
    const res = await attempt(t, 'updateRunbookFromTemplate', { id: adopted.id }, trust.lead);
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toBe(
      "Updating to ICS template 'ICS ransomware template' version 2 conflicts with this draft's own changes in 1 step: " +
        "step 2 'Isolate affected systems' (changed here, changed by the template). " +
        'Choose KEEP_LOCAL or TAKE_TEMPLATE for each in resolutions (templateUpdatePreview lists them)',
    );
    const stray = await attempt(
      t,
      'updateRunbookFromTemplate',
      { id: adopted.id, resolutions: [{ templateStepId: randomUUID(), choice: 'KEEP_LOCAL' }] },
      trust.lead,
    );
    expect(stray.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['resolutions.0.templateStepId']);
    expect(await getRunbook(t, adopted.id, trust.lead)).toEqual(before);
    expect(await auditOf(t, adopted.id)).toHaveLength(events.length);
  });

  it('keeps local steps and edits, applies the template elsewhere, and audits every step-level change', async () => {
    const isolate = titled(template.steps, 'Isolate affected systems').id;
    const updated = await act(
      t,
      'updateRunbookFromTemplate',
      { id: adopted.id, resolutions: [{ templateStepId: isolate, choice: 'KEEP_LOCAL' }] },
      trust.lead,
    );
    expect(updated.templateStatus).toMatchObject({ adoptedVersion: 2, latestVersion: 2, behind: false });
    expect(updated.steps.map((s) => [s.position, s.title])).toEqual([
      [1, 'Declare the incident'],
      [2, 'Isolate affected systems'],
      [3, 'Report to the NCSC'],
      [4, 'Notify the ICO'],
      [5, 'Call the city council'],
    ]);
    const at = (title: string) => titled(updated.steps, title);
    expect([at('Isolate affected systems').instructions, at('Isolate affected systems').targetMinutes]).toEqual([
      'Pull the network cables of ward PCs first',
      60,
    ]);
    expect(at('Notify the ICO').instructions).toBe('Within 72 hours of awareness, via the DSPT');
    // Steps keep their ids, and dependencies follow them.
    for (const title of [
      'Declare the incident',
      'Isolate affected systems',
      'Notify the ICO',
      'Call the city council',
    ]) {
      expect(at(title).id).toBe(titled(adopted.steps, title).id);
    }
    expect(at('Call the city council').dependsOn).toEqual([at('Declare the incident').id]);
    expect(at('Report to the NCSC')).toMatchObject({
      templateStepId: titled(template.steps, 'Report to the NCSC').id,
      dependsOn: [at('Declare the incident').id],
    });

    const event = (await auditOf(t, adopted.id)).pop() as {
      action: string;
      summary: string;
      changes: { steps: { change: string; title: string; choice?: string }[] };
    };
    expect(event.action).toBe('runbook.updated_from_template');
    expect(event.summary).toBe(
      "Draft of runbook 'ICS ransomware template' updated from ICS template 'ICS ransomware template' version 2: 3 template changes applied, 2 local changes kept, 1 conflict decided",
    );
    expect(event.changes.steps.map((c) => [c.change, c.title, c.choice])).toEqual([
      ['kept_local_edit', 'Isolate affected systems', 'KEEP_LOCAL'],
      ['added_from_template', 'Report to the NCSC', undefined],
      ['updated_from_template', 'Notify the ICO', undefined],
      ['removed_by_template', 'Brief the press', undefined],
      ['kept_local_step', 'Call the city council', undefined],
    ]);
    expect((await preview(adopted.id, trust.viewer)).upToDate).toBe(true);
  });

  it("takes the template's version of a conflicting step when asked", async () => {
    const isolate = titled(template.steps, 'Isolate affected systems').id;
    const updated = await act(
      t,
      'updateRunbookFromTemplate',
      { id: adoptedTwice.id, resolutions: [{ templateStepId: isolate, choice: 'TAKE_TEMPLATE' }] },
      other.admin,
    );
    const step2 = titled(updated.steps, 'Isolate affected systems');
    expect([step2.instructions, step2.targetMinutes]).toEqual(['', 30]);
    expect(updated.steps.map((s) => s.title)).toContain('Call the city council');
  });

  it('answers the preview only for an adopted runbook the caller may see', async () => {
    const own = await act(
      t,
      'createRunbook',
      { organisationId: trust.org.id, title: 'Home-grown plan', categories: ['OTHER'] },
      trust.lead,
    );
    const notAdopted = await t.gql.request(PREVIEW, { runbookId: own.id }, { token: trust.lead.token });
    expect(notAdopted.errors?.[0].extensions?.fields).toEqual([
      { field: 'runbookId', message: 'this runbook was not adopted from an ICS template' },
    ]);
    const outsider = (await createRunbookOrg(t)).lead;
    expect(errorCode(await t.gql.request(PREVIEW, { runbookId: adopted.id }, { token: outsider.token }))).toBe(
      'NOT_FOUND',
    );
  });
});
