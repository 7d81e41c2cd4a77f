import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createUser, errorCode, startTestApp, TestApp, TestUser } from '@muster/testing';
import { act, approvedRunbook, attempt, auditOf, createRunbookOrg, getRunbook, RunbookView } from './runbook-api';

describe('ICS templates and their adoption', () => {
  let t: TestApp;
  let icb: Awaited<ReturnType<typeof createRunbookOrg>>;
  let trust: Awaited<ReturnType<typeof createRunbookOrg>>;
  let template: RunbookView;

  beforeAll(async () => {
    t = await startTestApp();
    icb = await createRunbookOrg(t, OrganisationKind.ICB);
    trust = await createRunbookOrg(t);
    template = await approvedRunbook(t, icb.org.id, icb.admin, icb.lead, {
      isTemplate: true,
      title: 'ICS ransomware template',
    });
  });
  afterAll(() => t.close());

  /** Template moves to a new approved version with one more step. */
  async function publishTemplateVersion(title: string): Promise<RunbookView> {
    await act(t, 'reviseRunbook', { id: template.id }, icb.admin);
    await act(
      t,
      'addRunbookStep',
      { runbookId: template.id, title, function: 'CYBER_SOC', responsibleRole: 'RESPONDER' },
      icb.admin,
    );
    await act(t, 'submitRunbookForReview', { id: template.id }, icb.admin);
    return act(t, 'approveRunbook', { id: template.id }, icb.lead);
  }

  it('lets only the ICB publish templates', async () => {
    const res = await attempt(
      t,
      'createRunbook',
      { organisationId: trust.org.id, title: 'Not a template', categories: ['RANSOMWARE'], isTemplate: true },
      trust.lead,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { field: 'isTemplate', message: 'only the ICB publishes ICS templates' },
    ]);
    expect(template).toMatchObject({ isTemplate: true, status: 'APPROVED', latestVersionNumber: 1 });
  });

  it('shows templates to every organisation, but only the ICB may change them', async () => {
    expect((await getRunbook(t, template.id, trust.viewer)).title).toBe('ICS ransomware template');
    const res = await attempt(t, 'reviseRunbook', { id: template.id }, trust.lead);
    expect(errorCode(res)).toBe('FORBIDDEN');
  });

  it("adopts the template's latest approved version as a linked draft of the organisation", async () => {
    const adopted = await act(
      t,
      'adoptTemplate',
      { templateId: template.id, organisationId: trust.org.id },
      trust.lead,
    );
    expect(adopted).toMatchObject({
      organisationId: trust.org.id,
      title: 'ICS ransomware template',
      status: 'DRAFT',
      isTemplate: false,
      templateRunbookId: template.id,
      owner: { id: trust.lead.id },
      templateStatus: { templateId: template.id, adoptedVersion: 1, latestVersion: 1, behind: false },
    });
    expect(adopted.steps.map((s) => s.title)).toEqual(template.steps.map((s) => s.title));
    expect(adopted.steps.map((s) => s.templateStepId)).toEqual(template.steps.map((s) => s.id));
    expect(adopted.steps.map((s) => s.id)).not.toEqual(template.steps.map((s) => s.id));
    const [event] = await auditOf(t, adopted.id);
    expect(event).toMatchObject({
      action: 'runbook.adopted',
      summary: "ICS template 'ICS ransomware template' version 1 adopted as a draft runbook",
    });

    const again = await attempt(
      t,
      'adoptTemplate',
      { templateId: template.id, organisationId: trust.org.id },
      trust.admin,
    );
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('tailors an adopted draft, approves it, and shows it behind once the template has a new version', async () => {
    const other = await createRunbookOrg(t);
    const adopted = await act(
      t,
      'adoptTemplate',
      { templateId: template.id, organisationId: other.org.id },
      other.admin,
    );
    const [first] = adopted.steps;
    await act(
      t,
      'addRunbookStep',
      {
        runbookId: adopted.id,
        title: 'Call the local council',
        function: 'EPRR',
        responsibleRole: 'EPRR_LEAD',
        dependsOn: [first.id],
      },
      other.admin,
    );
    await act(t, 'submitRunbookForReview', { id: adopted.id }, other.admin);
    const approved = await act(t, 'approveRunbook', { id: adopted.id }, other.lead);
    expect(approved.templateStatus?.behind).toBe(false);

    await publishTemplateVersion('Report to the NCSC');
    const behind = await getRunbook(t, adopted.id, other.viewer);
    expect(behind.templateStatus).toEqual({
      templateId: template.id,
      templateTitle: 'ICS ransomware template',
      adoptedVersion: 1,
      latestVersion: 2,
      behind: true,
    });

    await act(t, 'reviseRunbook', { id: adopted.id }, other.lead);
    const updated = await act(t, 'updateRunbookFromTemplate', { id: adopted.id }, other.lead);
    expect(updated.templateStatus).toMatchObject({ adoptedVersion: 2, latestVersion: 2, behind: false });
    expect(updated.steps.map((s) => s.title)).toContain('Report to the NCSC');
    // The organisation's own step, and its dependency, survive the update.
    const council = updated.steps.find((s) => s.title === 'Call the local council');
    expect(council?.dependsOn).toEqual([first.id]);
    expect(updated.currentVersion?.versionNumber).toBe(1);
  });

  it('refuses to adopt a template without an approved version, a non-template, or for another organisation', async () => {
    const draftTemplate = await act(
      t,
      'createRunbook',
      { organisationId: icb.org.id, title: 'Unfinished template', categories: ['DDOS'], isTemplate: true },
      icb.lead,
    );
    const res = await attempt(
      t,
      'adoptTemplate',
      { templateId: draftTemplate.id, organisationId: trust.org.id },
      trust.lead,
    );
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { field: 'templateId', message: 'this ICS template has no approved version yet' },
    ]);
    const own = await approvedRunbook(t, icb.org.id, icb.admin, icb.lead);
    expect(
      errorCode(await attempt(t, 'adoptTemplate', { templateId: own.id, organisationId: trust.org.id }, trust.lead)),
    ).toBe('NOT_FOUND');
    const outsider: TestUser = await createUser(t, [
      { organisationId: (await createRunbookOrg(t)).org.id, role: Role.EPRR_LEAD },
    ]);
    expect(
      errorCode(await attempt(t, 'adoptTemplate', { templateId: template.id, organisationId: trust.org.id }, outsider)),
    ).toBe('NOT_FOUND');
  });

  it('refuses updating from the template a runbook that was not adopted', async () => {
    const own = await act(
      t,
      'createRunbook',
      { organisationId: trust.org.id, title: 'Home-grown runbook', categories: ['OTHER'] },
      trust.lead,
    );
    const res = await attempt(t, 'updateRunbookFromTemplate', { id: own.id }, trust.lead);
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { field: 'id', message: 'this runbook was not adopted from an ICS template' },
    ]);
  });
});
