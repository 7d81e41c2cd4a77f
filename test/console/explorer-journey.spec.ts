import type { Browser } from 'playwright-core';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, startTestApp, TestApp } from '@muster/testing';
import { launchBrowser, openPage, seriousViolations, signIn, withScreenshots } from './browser';
import { ensureConsoleBuilt } from './console-build';

/**
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

    await withScreenshots('explorer-journey', [page], async () => {
      await signIn(page, person.email, person.password);
      await page.goto('/graphql-explorer');
      await page.getByRole('button', { name: /Execute query/ }).click();
      await page.locator('.result-window').getByText('"Northgate Hospitals"').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.evaluate<number>('localStorage.length + sessionStorage.length')).toBe(0);
    });
    expect(problems).toEqual([]);
    // Everything it loaded came from this server.
    expect(requests.filter((url) => !url.startsWith(t.baseUrl) && !url.startsWith('data:'))).toEqual([]);
  });
});
