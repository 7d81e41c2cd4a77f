import type { Browser, Page } from 'playwright-core';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
import { launchBrowser, openPage, seriousViolations, signIn, withScreenshots, expectCount } from './browser';
import { ensureConsoleBuilt } from './console-build';

/**
 * Journey 1, as people would click through it in two browsers: an ICB incident commander
 * reports a system-wide incident, names an affected trust and declares it; a liaison at
 * that trust, already looking at the board, sees it appear without reloading.
 * The real API (built console, CONSOLE_DIR) and Debian's chromium; axe on every screen.
 */
describe('console: the incident board, live', () => {
  let t: TestApp;
  let browser: Browser;
  let icb: TestOrg;
  let trust: TestOrg;
  let commander: TestUser;
  let liaison: TestUser;

  beforeAll(async () => {
    const consoleDir = ensureConsoleBuilt();
    t = await startTestApp({ env: { CONSOLE_DIR: consoleDir } });
    // The browser's clock is the real one: so is the app's here (tokens are refused outside their lifetime).
    t.clock.set(new Date());
    icb = await createOrganisation(t, { kind: OrganisationKind.ICB, name: 'NHS Midshire Integrated Care Board' });
    trust = await createOrganisation(t, {
      kind: OrganisationKind.ACUTE_TRUST,
      name: 'Midshire University Hospitals NHS Trust',
    });
    commander = await createUser(t, [{ organisationId: icb.id, role: Role.INCIDENT_COMMANDER }], {
      displayName: 'Amira Okafor',
    });
    liaison = await createUser(t, [{ organisationId: trust.id, role: Role.RESPONDER }], { displayName: 'Tom Hughes' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function expectAccessible(page: Page): Promise<void> {
    expect(await seriousViolations(page)).toEqual([]);
  }

  it('a commander declares a system-wide incident and a liaison at an affected trust sees it appear live', async () => {
    const c = await openPage(browser, t.baseUrl);
    const l = await openPage(browser, t.baseUrl);
    const pages = [c.page, l.page];
    const title = 'Pathology network outage across the ICS';
    let reference = '';

    await withScreenshots('board-journey-sign-in', pages, async () => {
      await c.page.goto('/');
      await c.page.getByRole('heading', { name: 'Sign in to Muster' }).waitFor();
      await expectAccessible(c.page);
      // The error summary pattern: a wrong password is named, linked to its field.
      await c.page.getByLabel('Email address').fill(commander.email);
      await c.page.getByLabel('Password').fill('not the password');
      await c.page.getByRole('button', { name: 'Sign in' }).click();
      await c.page.getByRole('link', { name: 'The email address or password is not right' }).waitFor();
      await expectAccessible(c.page);
      await signIn(c.page, commander.email, commander.password);
      // A reload keeps the session: the access token was in memory only, the cookie restores it.
      await c.page.reload();
      await c.page.getByRole('heading', { name: 'Incident board' }).waitFor();
      await signIn(l.page, liaison.email, liaison.password);
      await expectCount(l.page.locator('[data-testid="board-row"]'), 0);
      await expectAccessible(l.page);
    });

    await withScreenshots('board-journey-report', pages, async () => {
      await c.page.getByRole('link', { name: 'Report an incident' }).click();
      await c.page.getByRole('heading', { name: 'Report an incident' }).waitFor();
      await expectAccessible(c.page);
      await c.page.getByRole('button', { name: 'Report incident' }).click();
      await c.page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      await expectAccessible(c.page);

      await c.page.getByLabel('Title').fill(title);
      await c.page.getByLabel('Kind of incident').selectOption('IT_OUTAGE');
      await c.page.getByLabel('Critical').check();
      await c.page.getByLabel('Level 2 (ICB)').check();
      await c.page.getByLabel('System-wide (across the ICS)').check();
      await c.page.getByLabel('No', { exact: true }).check();
      await c.page.locator(`input[name="affected"][value="${trust.id}"]`).check();
      await c.page.getByLabel('Declare the incident now').check();
      await c.page.getByRole('button', { name: 'Report and declare' }).click();
      const reported = c.page.getByText(/Incident INC-\d{4}-\d{4} has been reported/);
      await reported.waitFor();
      reference = /INC-\d{4}-\d{4}/.exec((await reported.textContent()) ?? '')?.[0] ?? '';
    });

    await withScreenshots('board-journey-live', pages, async () => {
      // No reload: the row arrives over the incidentsChanged subscription.
      const row = l.page.locator(`[data-testid="board-row"][data-reference="${reference}"]`);
      await row.waitFor();
      await expectCount(row.getByText(title), 1);
      await expectCount(row.locator('.nhsuk-tag', { hasText: 'Declared' }), 1);
      await expectCount(row.getByText('System-wide'), 1);
      await expectCount(row.getByText(icb.name), 1);
      await expectCount(row.getByText(trust.name), 1);
      await expectCount(row.getByText('Level 2 (ICB)'), 1);
      await expectAccessible(l.page);
    });

    await withScreenshots('board-journey-sign-out', pages, async () => {
      await c.page.getByRole('button', { name: 'Sign out' }).click();
      await c.page.getByRole('heading', { name: 'Sign in to Muster' }).waitFor();
      // The cookie is gone too: a reload does not bring the session back.
      await c.page.reload();
      await c.page.getByRole('heading', { name: 'Sign in to Muster' }).waitFor();
    });

    expect([...c.problems, ...l.problems]).toEqual([]);
  });

  it('the accessibility check bites: axe reports an image without alternative text', async () => {
    const { page } = await openPage(browser, t.baseUrl);
    await page.setContent(
      '<html lang="en"><head><title>x</title></head><body><main><img src="/x.png"></main></body></html>',
    );
    expect((await seriousViolations(page)).join('\n')).toMatch(/^critical image-alt/m);
    await page.context().close();
  });
});
