import type { Browser, Page } from 'playwright-core';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, errorCode, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
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

const ME = `{ me { kind label } }`;

/**
 * Administration: an organisation administrator adds a person, grants them a role, creates
 * a team and an API key — whose secret is shown once and is gone after leaving the page —
 * then revokes the key. A responder is not offered Administration, and typing its address
 * tells them they may not administer the organisation.
 */
describe('console: an organisation administrator manages people, teams and API keys', () => {
  let t: TestApp;
  let browser: Browser;
  let trust: TestOrg;
  let admin: TestUser;
  let responder: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ env: { CONSOLE_DIR: ensureConsoleBuilt() } });
    t.clock.set(new Date());
    trust = await createOrganisation(t, { kind: OrganisationKind.ACUTE_TRUST, name: 'Northbrook General NHS Trust' });
    admin = await createUser(t, [{ organisationId: trust.id, role: Role.ORG_ADMIN }], { displayName: 'Grace Hopper' });
    responder = await createUser(t, [{ organisationId: trust.id, role: Role.RESPONDER }], {
      displayName: 'Tom Reed',
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const expectAccessible = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);

  it('adds a person, grants a role, creates a team and an API key shown once, and revokes the key', async () => {
    const { page, problems } = await openPage(browser, t.baseUrl);

    await withScreenshots('admin-journey-people', [page], async () => {
      await signIn(page, admin.email, admin.password);
      await navigateTo(page, 'Administration');
      await page.getByRole('heading', { name: `People of ${trust.name}` }).waitFor();
      await expectCount(page.locator('[data-testid="person-row"]'), 2);
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Add a person' }).click();
      await page.getByRole('button', { name: 'Add person' }).click();
      await page.getByRole('link', { name: 'Enter the person’s full name' }).waitFor();
      expect(await page.title()).toBe('Error: People – Administration – Muster');
      await expectAccessible(page);
      await page.getByLabel('Full name').fill('Amy Lee');
      await page.getByLabel('Email address').fill(`amy.lee.${Date.now()}@nhs.net`);
      await page.getByLabel('First role').selectOption('RESPONDER');
      await page.getByRole('button', { name: 'Add person' }).click();
      await page.getByText('Amy Lee was added as responder.').waitFor();
      const amy = page.locator('[data-testid="person-row"]', { hasText: 'Amy Lee' });
      await expectCount(amy, 1);

      await amy.getByRole('button', { name: 'Manage Amy Lee' }).click();
      await page.getByRole('heading', { name: 'Amy Lee', level: 2 }).waitFor();
      await page.getByLabel('Role', { exact: true }).selectOption('INCIDENT_COMMANDER');
      await page.getByRole('button', { name: 'Grant role' }).click();
      await page.getByRole('heading', { name: /Grant incident commander to Amy Lee\?/ }).waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Yes, grant role' }).click();
      await page.getByText('Amy Lee now holds incident commander.').waitFor();
      await expectCount(amy.getByText('Incident commander, Responder'), 1);
      // Deactivation says what it does before it is confirmed.
      await page.getByRole('button', { name: 'Deactivate account' }).click();
      await page.getByText('They lose access at once, in every organisation').waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Cancel' }).click();
    });

    await withScreenshots('admin-journey-teams', [page], async () => {
      await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Teams' }).click();
      await page.getByRole('heading', { name: `Teams of ${trust.name}` }).waitFor();
      await page.getByLabel('Team name').fill('Digital on call');
      await page.getByLabel('What the team does').selectOption('DIGITAL');
      await page.getByRole('button', { name: 'Create team' }).click();
      await page.getByText('The Digital on call team was created.').waitFor();
      await expectCount(page.locator('[data-testid="team-row"]', { hasText: 'Digital on call' }), 1);
      await expectAccessible(page);
    });

    let secret = '';
    await withScreenshots('admin-journey-api-keys', [page], async () => {
      const adminNav = page.getByRole('navigation', { name: 'Administration' });
      await adminNav.getByRole('link', { name: 'API keys' }).click();
      await page.getByRole('heading', { name: `API keys of ${trust.name}` }).waitFor();
      await page.getByText(`${trust.name} has no API keys.`).waitFor();
      await expectAccessible(page);
      await page.getByLabel('What the key is for').fill('SOC SIEM');
      await page.getByLabel('Responder').check();
      await page.getByRole('button', { name: 'Create API key' }).click();
      await page.getByText('This is the only time the key is shown.').waitFor();
      secret = (await page.getByTestId('api-key-secret').textContent()) ?? '';
      expect(secret).toMatch(/^mst_/);
      await expectCount(page.locator('[data-testid="api-key-row"]', { hasText: 'SOC SIEM' }), 1);
      await expectAccessible(page);
      expect((await t.gql.ok<{ me: { kind: string } }>(ME, {}, { apiKey: secret })).me.kind).toBe('API_KEY');

      // Away and back: the secret is gone, and was never in the browser's storage.
      await adminNav.getByRole('link', { name: 'Teams' }).click();
      await page.getByRole('heading', { name: `Teams of ${trust.name}` }).waitFor();
      await adminNav.getByRole('link', { name: 'API keys' }).click();
      await page.locator('[data-testid="api-key-row"]', { hasText: 'SOC SIEM' }).waitFor();
      await expectCount(page.getByTestId('api-key-secret'), 0);
      expect(await page.content()).not.toContain(secret);
      const stored = await page.evaluate<string>('JSON.stringify([localStorage.length, sessionStorage.length])');
      expect(stored).toBe('[0,0]');

      await page.getByRole('button', { name: 'Revoke the SOC SIEM key' }).click();
      await page.getByRole('heading', { name: /Revoke the SOC SIEM key\?/ }).waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Yes, revoke key' }).click();
      await page.getByText('The SOC SIEM key was revoked').waitFor();
      await expectCount(page.locator('[data-testid="api-key-row"]', { hasText: 'Revoked' }), 1);
      expect(errorCode(await t.gql.request(ME, {}, { apiKey: secret }))).toBe('UNAUTHENTICATED');
    });

    expect(problems).toEqual([]);
  });

  it('is not offered to a responder, who is told they may not administer the organisation', async () => {
    const { page, problems } = await openPage(browser, t.baseUrl);
    await withScreenshots('admin-journey-not-admin', [page], async () => {
      await signIn(page, responder.email, responder.password);
      await expectCount(page.locator('header a[href="/admin"]'), 0);
      await page.goto('/admin/api-keys');
      await page.getByRole('heading', { name: 'You cannot administer this organisation' }).waitFor();
      await page.getByText(`You may not administer ${trust.name}`).waitFor();
      await expectAccessible(page);
    });
    expect(problems).toEqual([]);
  });
});
