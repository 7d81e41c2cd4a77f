import type { Browser } from 'playwright-core';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import {
  createOrganisation,
  createUser,
  MailSink,
  startMailSink,
  startTestApp,
  TestApp,
  TestUser,
} from '@muster/testing';
import { tick } from '../notifications/notification-api';
import { launchBrowser, openPage, seriousViolations, signIn } from './browser';
import { ensureConsoleBuilt } from './console-build';

const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`;

/** An invited person opens the emailed link, sets a password on /welcome (signed out) and signs in with it. */
describe('console: an invited person sets their password and signs in', () => {
  let sink: MailSink;
  let t: TestApp;
  let browser: Browser;
  let admin: TestUser;
  let trustId: string;

  beforeAll(async () => {
    sink = await startMailSink();
    t = await startTestApp({ env: { ...sink.env, CONSOLE_DIR: ensureConsoleBuilt() } });
    t.clock.set(new Date());
    trustId = (await createOrganisation(t, { kind: OrganisationKind.ACUTE_TRUST })).id;
    admin = await createUser(t, [{ organisationId: trustId, role: Role.ORG_ADMIN }]);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await sink?.close();
  });

  it('follows the emailed link to /welcome, sets a password and signs in', async () => {
    const email = `invited.${Date.now()}@nhs.net`;
    await t.gql.ok(
      CREATE,
      { input: { organisationId: trustId, email, displayName: 'Ivy Newton', role: Role.RESPONDER } },
      { token: admin.token },
    );
    await tick(t);
    const mail = sink.received.find((m) => m.to === email);
    const token = /\/welcome\?token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
    expect(token).toBeDefined();

    const { page, problems } = await openPage(browser, t.baseUrl);
    await page.goto(`/welcome?token=${token}`);
    await page.getByRole('heading', { name: 'Set your password' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('New password', { exact: true }).fill('ivy sets a long passphrase');
    await page.getByLabel('Confirm new password', { exact: true }).fill('ivy sets a long passphrase!');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByRole('link', { name: 'Passwords do not match' }).waitFor();
    await page.getByLabel('Confirm new password', { exact: true }).fill('ivy sets a long passphrase');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByRole('heading', { name: 'Your password is set' }).waitFor();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Sign in to Muster' }).waitFor();
    await signIn(page, email, 'ivy sets a long passphrase');
    expect(problems).toEqual([]);
  });
});
