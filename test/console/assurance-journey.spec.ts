import type { Browser, Page } from 'playwright-core';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
import { importedFramework, smallEprr } from '../assurance/assurance-api';
import {
  expectCount,
  launchBrowser,
  openPage,
  seriousViolations,
  signIn,
  withScreenshots,
  navigateTo,
} from './browser';
import { ensureConsoleBuilt } from './console-build';

/**
 * Assurance, for a trust's EPRR lead and a small EPRR framework (imported through the API):
 * the heat map shows the trust not started; they start its assessment and rate a standard
 * fully compliant, naming themselves its owner; the heat map says
 * each cell's category and figures in words (colour is never the only signal) with the
 * overall rating; in the assessment they rate a standard partially compliant with its plan,
 * raise an action from the gap, and see the gap listed in words with its action open.
 */
describe('console: the assurance heat map and an assessment’s gaps', () => {
  let t: TestApp;
  let browser: Browser;
  let trust: TestOrg;
  let lead: TestUser;
  let frameworkId: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { CONSOLE_DIR: ensureConsoleBuilt() } });
    t.clock.set(new Date());
    const icb = await createOrganisation(t, { kind: OrganisationKind.ICB, name: 'Midshire ICB' });
    trust = await createOrganisation(t, { kind: OrganisationKind.ACUTE_TRUST, name: 'Midshire Hospitals NHS Trust' });
    const sysAdmin = await createUser(t, [{ organisationId: icb.id, role: Role.SYSTEM_ADMIN }]);
    lead = await createUser(t, [{ organisationId: trust.id, role: Role.EPRR_LEAD }], { displayName: 'Amara Jones' });
    frameworkId = (await importedFramework(t, sysAdmin, smallEprr())).id;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const expectAccessible = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
  const heading = (name: string) => ({ name, exact: true });

  it('starts an assessment, shows the heat map, and the gap a partial rating makes with its action', async () => {
    const { page, problems } = await openPage(browser, t.baseUrl);
    const assessmentHeading = `${trust.name}: Test EPRR standards 2025-26 Draft`;

    await withScreenshots('assurance-journey-start', [page], async () => {
      await signIn(page, lead.email, lead.password);
      await navigateTo(page, 'Assurance');
      await page.getByRole('heading', heading('Assurance')).waitFor();
      await page.getByLabel('Framework').selectOption(frameworkId);
      await page.getByRole('button', { name: 'Show framework' }).click();
      // Not started yet: the trust's row says so in words, first, and the system's gaps name it.
      const idle = row(page);
      await expectCount(idle, 1);
      await idle.getByText('No assessment of this framework yet').waitFor();
      await expectCount(idle.locator('[data-testid="assurance-cell"]', { hasText: 'Not started' }), 2);
      await page.locator('[data-testid="assurance-not-started"]').getByText(`${trust.name}: not started`).waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Start assessment' }).click();
      await page.getByRole('link', { name: 'Enter the period as a year, like 2025, or a financial year' }).waitFor();
      await expectAccessible(page);
      await page.getByLabel('Period').fill('2025-26');
      await page.getByRole('button', { name: 'Start assessment' }).click();
      await page.getByRole('heading', heading(assessmentHeading)).waitFor();

      await page
        .getByLabel('Requirement', { exact: true })
        .selectOption({ label: 'GOV-01 Senior leadership (not rated)' });
      await page.getByLabel('Fully compliant').check();
      await page.getByLabel('Evidence (optional)', { exact: true }).fill('Board minutes, March');
      await page.getByLabel('Make me the owner of this requirement').check();
      await page.getByRole('button', { name: 'Save rating' }).click();
      await page.getByText('GOV-01 rated fully compliant.').waitFor();
      // The owner by name beside the rating.
      await page
        .locator('[data-testid="assessment-requirement"]', { hasText: 'GOV-01 Senior leadership' })
        .locator('[data-testid="assessment-owner"]')
        .getByText('Amara Jones')
        .waitFor();
    });

    await withScreenshots('assurance-journey-heat-map', [page], async () => {
      await page.getByRole('link', { name: 'Back to the heat map' }).click();
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

    await withScreenshots('assurance-journey-gap', [page], async () => {
      await row(page).getByRole('link', { name: trust.name }).click();
      await page.getByRole('heading', heading(assessmentHeading)).waitFor();
      await page.getByText('No requirement is rated partially or non-compliant.').waitFor();
      await expectAccessible(page);

      await page
        .getByLabel('Requirement', { exact: true })
        .selectOption({ label: 'GOV-02 Policy statement (not rated)' });
      await page.getByLabel('Partially compliant').check();
      await page.getByLabel('Planned improvement').fill('Board to approve the revised EPRR policy statement');
      await page.getByLabel('Target date').fill('31/13/2027');
      await page.getByRole('button', { name: 'Save rating' }).click();
      await page.getByRole('link', { name: 'Target date must be a real date, like 31/03/2026' }).waitFor();
      await expectAccessible(page);
      await page.getByLabel('Target date').fill('31/03/2027');
      await page.getByRole('button', { name: 'Save rating' }).click();
      await page.getByText('GOV-02 rated partially compliant.').waitFor();
      const gap = page.locator('[data-testid="assessment-gap"]', { hasText: 'GOV-02 Policy statement' });
      await gap.getByText('Board to approve the revised EPRR policy statement. By 31 March 2027.').waitFor();
      await gap.getByText('No action raised yet.').waitFor();
      await page.getByText('Before it can be submitted: 2 requirements are not rated yet.').waitFor();

      await page.getByLabel('Gap', { exact: true }).selectOption({ label: 'GOV-02 Policy statement' });
      await page.getByRole('button', { name: 'Raise action' }).click();
      await page.getByText('Action raised: GOV-02 Policy statement.').waitFor();
      await gap.getByText('Action raised: GOV-02 Policy statement (open).').waitFor();
      await expectCount(page.locator('[data-testid="assessment-gap"]'), 1);
      await expectAccessible(page);
    });

    expect(problems).toEqual([]);
  });

  const row = (page: Page) => page.locator('[data-testid="assurance-row"]', { hasText: trust.name });
});
