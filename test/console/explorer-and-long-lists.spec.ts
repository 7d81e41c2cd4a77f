import type { Browser } from 'playwright-core';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, startTestApp, TestApp } from '@muster/testing';
import { launchBrowser, openPage, seriousViolations, signIn, withScreenshots } from './browser';
import { ensureConsoleBuilt } from './console-build';

/**
 * Two things a developer would check in a real browser: the GraphQL IDE and a long list.
 *
 * The developers' GraphQL IDE: GraphiQL bundled from the project's packages (no CDN),
 * running an operation as the signed-in person under the console's CSP, keeping nothing
 * in the browser's storage.
 */
describe('console: the GraphQL explorer (GraphiQL)', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp({ env: { CONSOLE_DIR: ensureConsoleBuilt() } });
    t.clock.set(new Date());
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('runs a query as the signed-in person, with no CSP refusal and nothing stored', async () => {
    const trust = await createOrganisation(t, { kind: OrganisationKind.ACUTE_TRUST, name: 'Northgate Hospitals' });
    const person = await createUser(t, [{ organisationId: trust.id, role: Role.RESPONDER }], {
      displayName: 'Ola Bright',
    });
    const { page, problems } = await openPage(browser, t.baseUrl);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    await withScreenshots('explorer', [page], async () => {
      await signIn(page, person.email, person.password);
      await page.goto('/graphql-explorer');
      await page.locator('.graphiql-query-editor').getByText('query').first().waitFor();
      // A click before GraphiQL has wired its editor up is ignored (seen under load): click again.
      const answer = page.locator('.result-window').getByText('"Northgate Hospitals"');
      for (let attempt = 1; attempt <= 3 && !(await answer.isVisible()); attempt++) {
        await page.getByRole('button', { name: /Execute query/ }).click();
        await answer.waitFor({ timeout: 10_000 }).catch(() => undefined);
      }
      await answer.waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.evaluate<number>('localStorage.length + sessionStorage.length')).toBe(0);
    });
    expect(problems).toEqual([]);
    // Everything it loaded came from this server.
    expect(requests.filter((url) => !url.startsWith(t.baseUrl) && !url.startsWith('data:'))).toEqual([]);
  });

  it('a list longer than 200 rows renders only the rows near the viewport, and scrolling reaches the last', async () => {
    const trust = await createOrganisation(t, { kind: OrganisationKind.ACUTE_TRUST, name: 'Southmoor Hospitals' });
    const admin = await createUser(t, [{ organisationId: trust.id, role: Role.ORG_ADMIN }], {
      displayName: 'Ana Reyes',
    });
    const teams = 230;
    for (let i = 1; i <= teams; i++) {
      await t.gql.ok(
        `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
        { input: { organisationId: trust.id, name: `Ward team ${i}`, function: 'EPRR' } },
        { token: admin.token },
      );
    }
    const { page, problems } = await openPage(browser, t.baseUrl);
    await withScreenshots('long-list', [page], async () => {
      await signIn(page, admin.email, admin.password);
      await page.goto('/audit-trail');
      const older = page.getByRole('button', { name: 'Show older events' });
      const rows = page.getByTestId('audit-event');
      await rows.first().waitFor();
      // Pages of 50 until every event is loaded: 230 teams and the admin's own sign-in.
      while (await older.isVisible()) {
        const rowcount = () => page.locator('table').getAttribute('aria-rowcount');
        const before = await rowcount();
        await older.click();
        // Polled from here: the page's CSP refuses evaluated strings.
        for (let i = 0; i < 100 && (await rowcount()) === before; i++) await page.waitForTimeout(100);
      }
      const total = Number(await page.locator('table').getAttribute('aria-rowcount')) - 1;
      expect(total).toBeGreaterThan(teams);
      expect(await rows.count()).toBeLessThan(100);
      await page.keyboard.press('End');
      // The oldest team, rendered only once the window has scrolled to the end.
      await page.getByText('Created team Ward team 1 (EPRR) at Southmoor Hospitals', { exact: true }).waitFor();
      expect(await rows.count()).toBeLessThan(100);
      expect(await seriousViolations(page)).toEqual([]);
    });
    expect(problems).toEqual([]);
  });
});
