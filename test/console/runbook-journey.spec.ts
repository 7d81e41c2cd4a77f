import type { Browser, Page } from 'playwright-core';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
import { launchBrowser, openPage, seriousViolations, signIn, withScreenshots, expectCount } from './browser';
import { ensureConsoleBuilt } from './console-build';

/**
 * Journey 2, in two browsers: an EPRR lead of a trust creates a runbook, adds a step,
 * hands its ownership to a responder of the trust and submits it for review — and is not offered its approval (four eyes);
 * a second EPRR lead of the trust opens it and approves it, and version 1 is in force.
 */
describe('console: a runbook submitted by one EPRR lead and approved by another', () => {
  let t: TestApp;
  let browser: Browser;
  let trust: TestOrg;
  let author: TestUser;
  let approver: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ env: { CONSOLE_DIR: ensureConsoleBuilt() } });
    t.clock.set(new Date());
    trust = await createOrganisation(t, { kind: OrganisationKind.ACUTE_TRUST, name: 'Midshire Community NHS Trust' });
    author = await createUser(t, [{ organisationId: trust.id, role: Role.EPRR_LEAD }], { displayName: 'Priya Shah' });
    approver = await createUser(t, [{ organisationId: trust.id, role: Role.EPRR_LEAD }], {
      displayName: 'David Okonkwo',
    });
    await createUser(t, [{ organisationId: trust.id, role: Role.RESPONDER }], { displayName: 'Sam Patel' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const expectAccessible = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
  const title = 'Ransomware: the first 24 hours';

  it('is created, given a step and an owner and submitted by one lead, and approved by the other', async () => {
    const a = await openPage(browser, t.baseUrl);
    const b = await openPage(browser, t.baseUrl);
    const pages = [a.page, b.page];

    await withScreenshots('runbook-journey-draft', pages, async () => {
      await signIn(a.page, author.email, author.password);
      await a.page.getByRole('link', { name: 'Runbooks', exact: true }).click();
      await a.page.getByRole('heading', { name: `Runbooks of ${trust.name}` }).waitFor();
      await expectAccessible(a.page);
      await a.page.getByRole('link', { name: 'Create a runbook' }).click();
      await a.page.getByRole('button', { name: 'Create runbook' }).click();
      await a.page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      await expectAccessible(a.page);
      await a.page.getByLabel('Title').fill(title);
      await a.page.locator('input[name="categories"][value="RANSOMWARE"]').check();
      await a.page.getByRole('button', { name: 'Create runbook' }).click();
      await a.page.getByRole('heading', { name: title }).waitFor();

      await a.page.getByLabel('Step', { exact: true }).fill('Isolate affected systems from the network');
      await a.page.getByLabel('Who is responsible').selectOption('INCIDENT_COMMANDER');
      await a.page.getByRole('button', { name: 'Add step' }).click();
      // The step form's own check, in the error summary pattern: a named role needs its team.
      await a.page.getByRole('link', { name: 'Select the team of the person responsible' }).waitFor();
      await expectAccessible(a.page);
      await a.page.getByLabel('Team', { exact: true }).selectOption('EXECUTIVE_ON_CALL');
      await a.page.getByLabel('Target time in minutes (optional)').fill('60');
      await a.page.getByRole('button', { name: 'Add step' }).click();
      await expectCount(a.page.locator('[data-testid="runbook-step"]', { hasText: 'Isolate affected systems' }), 1);
      // Whoever creates a runbook owns it; the EPRR lead hands it to anyone of the trust (runbookOwnerCandidates).
      await a.page.locator('.nhsuk-summary-list', { hasText: 'Priya Shah' }).waitFor();
      const owner = a.page.getByLabel('Owner', { exact: true });
      await owner.locator('option', { hasText: 'Priya Shah (EPRR lead) – owner now' }).waitFor({ state: 'attached' });
      await a.page.getByLabel('Find a person by name (optional)').fill('Patel');
      await owner.locator('option', { hasText: 'Sam Patel' }).waitFor({ state: 'attached' });
      await owner.locator('option', { hasText: 'Priya Shah' }).waitFor({ state: 'detached' });
      expect(await owner.locator('option').allTextContents()).toEqual(['Select a person', 'Sam Patel (Responder)']);
      await owner.selectOption({ label: 'Sam Patel (Responder)' });
      await a.page.getByRole('button', { name: 'Set owner' }).click();
      await a.page.locator('.nhsuk-summary-list', { hasText: 'Sam Patel' }).waitFor();
      await expectAccessible(a.page);
    });

    await withScreenshots('runbook-journey-submit', pages, async () => {
      await a.page.getByRole('button', { name: 'Submit for review' }).click();
      await a.page.getByText('Submitted for review.').waitFor();
      await a.page.locator('h1 .nhsuk-tag', { hasText: 'In review' }).waitFor();
      expect(await a.page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
      await a.page.getByText('another EPRR lead must approve it (four eyes)').waitFor();
      await expectAccessible(a.page);
    });

    await withScreenshots('runbook-journey-approve', pages, async () => {
      await signIn(b.page, approver.email, approver.password);
      await b.page.getByRole('link', { name: 'Runbooks', exact: true }).click();
      await b.page.getByRole('link', { name: title }).click();
      await b.page.getByRole('heading', { name: title }).waitFor();
      await expectAccessible(b.page);
      await b.page.getByRole('button', { name: 'Approve' }).click();
      await b.page.getByText('Approved: this version is now in force.').waitFor();
      await b.page.locator('h1 .nhsuk-tag', { hasText: 'Approved' }).waitFor();
      await expectCount(b.page.locator('[data-testid="runbook-version"]', { hasText: 'by David Okonkwo' }), 1);
      await expectAccessible(b.page);
    });

    expect([...a.problems, ...b.problems]).toEqual([]);
  });
});
