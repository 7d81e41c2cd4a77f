import type { Browser, Page } from 'playwright-core';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
import { AssessmentView, call, importedFramework, smallEprr, START } from '../assurance/assurance-api';
import { expectCount, launchBrowser, openPage, seriousViolations, signIn, withScreenshots } from './browser';
import { ensureConsoleBuilt } from './console-build';

/**
 * Assurance: a trust's EPRR lead, whose assessment of a small EPRR framework has begun (one
 * standard fully compliant), opens the heat map — each cell says its category and figures,
 * not colour alone — opens the assessment, rates a standard partially compliant with its
 * plan, raises an action from the gap and sees the gap listed in words with its action open.
 */
describe('console: the assurance heat map and an assessment’s gaps', () => {
  let t: TestApp;
  let browser: Browser;
  let trust: TestOrg;
  let lead: TestUser;
  let frameworkId: string;
  let assessment: AssessmentView;

  beforeAll(async () => {
    t = await startTestApp({ env: { CONSOLE_DIR: ensureConsoleBuilt() } });
    t.clock.set(new Date());
    const icb = await createOrganisation(t, { kind: OrganisationKind.ICB, name: 'Midshire ICB' });
    trust = await createOrganisation(t, { kind: OrganisationKind.ACUTE_TRUST, name: 'Midshire Hospitals NHS Trust' });
    const sysAdmin = await createUser(t, [{ organisationId: icb.id, role: Role.SYSTEM_ADMIN }]);
    lead = await createUser(t, [{ organisationId: trust.id, role: Role.EPRR_LEAD }], { displayName: 'Amara Jones' });
    frameworkId = (await importedFramework(t, sysAdmin, smallEprr())).id;
    const started = await call<{ startAssessment: AssessmentView }>(t, lead, START, {
      organisationId: trust.id,
      frameworkId,
      period: '2025-26',
    });
    if (!started.data) throw new Error(JSON.stringify(started.errors));
    assessment = started.data.startAssessment;
    const gov01 = assessment.ratings.find((r) => r.reference === 'GOV-01');
    const rated = await call(
      t,
      lead,
      `mutation ($input: RateRequirementInput!) { rateAssessmentRequirement(input: $input) { id } }`,
      {
        assessmentId: assessment.id,
        requirementId: gov01?.requirementId,
        rating: 'FULLY_COMPLIANT',
        evidence: 'Board minutes, March',
      },
    );
    expect(rated.errors).toBeUndefined();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const expectAccessible = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);

  it('shows the heat map, and the gap a partial rating makes with the action raised from it', async () => {
    const { page, problems } = await openPage(browser, t.baseUrl);

    await withScreenshots('assurance-journey-heat-map', [page], async () => {
      await signIn(page, lead.email, lead.password);
      await page.getByRole('link', { name: 'Assurance', exact: true }).click();
      await page.getByRole('heading', { name: 'Assurance', exact: true }).waitFor();
      await page.getByLabel('Framework').selectOption(frameworkId);
      await page.getByRole('button', { name: 'Show framework' }).click();
      const row = page.locator('[data-testid="assurance-row"]', { hasText: trust.name });
      await expectCount(row, 1);
      // Governance: one of two fully met, one not rated; CBRN: nothing rated. Words, not colour alone.
      await row
        .locator('[data-testid="assurance-cell"]', { hasText: '1 of 2 fully met, 1 not rated' })
        .getByText('Not rated yet')
        .waitFor();
      await row.getByText('Non-compliant: 25% fully compliant (1 of 4)').waitFor();
      await page
        .locator('[data-testid="assurance-legend"]')
        .getByText('At least one requirement is partially compliant, none worse.')
        .waitFor();
      await expectAccessible(page);
    });

    await withScreenshots('assurance-journey-assessment', [page], async () => {
      await page.getByRole('link', { name: trust.name }).click();
      await page.getByRole('heading', { name: `${trust.name}: Test EPRR standards 2025-26` }).waitFor();
      await page.getByText('No requirement is rated partially or non-compliant.').waitFor();
      await expectAccessible(page);

      // The error summary pattern first: nothing chosen.
      await page.getByRole('button', { name: 'Save rating' }).click();
      await page.getByRole('link', { name: 'Select the requirement to rate' }).waitFor();
      await expectAccessible(page);

      const gov02 = assessment.ratings.find((r) => r.reference === 'GOV-02');
      await page.getByLabel('Requirement', { exact: true }).selectOption(gov02?.requirementId ?? '');
      await page.getByLabel('Partially compliant').check();
      await page.getByLabel('Planned improvement').fill('Board to approve the revised EPRR policy statement');
      await page.getByLabel('Target date').fill('31/03/2027');
      await page.getByRole('button', { name: 'Save rating' }).click();
      await page.getByText('GOV-02 rated partially compliant.').waitFor();
      const gap = page.locator('[data-testid="assessment-gap"]', { hasText: 'GOV-02 Policy statement' });
      await gap.getByText('Board to approve the revised EPRR policy statement. By 31 March 2027.').waitFor();
      await gap.getByText('No action raised yet.').waitFor();
      await page.getByText('Before it can be submitted: 2 requirements are not rated yet.').waitFor();

      await page.getByLabel('Gap', { exact: true }).selectOption(gov02?.id ?? '');
      await page.getByRole('button', { name: 'Raise action' }).click();
      await page.getByText('Action raised: GOV-02 Policy statement.').waitFor();
      await gap.getByText('Action raised: GOV-02 Policy statement (open).').waitFor();
      await expectCount(page.locator('[data-testid="assessment-gap"]'), 1);
      await expectAccessible(page);
    });

    expect(problems).toEqual([]);
  });
});
