import type { Browser } from 'playwright-core';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, startTestApp, TestApp } from '@muster/testing';
import { weekly } from '../oncall/oncall-api';
import { launchBrowser, navigateTo, openPage, seriousViolations, signIn, withScreenshots } from './browser';
import { ensureConsoleBuilt } from './console-build';

const CREATE_ROTA = `mutation ($input: CreateRotaInput!) { createRota(input: $input) { id version } }`;
const SET_LAYER = `mutation ($input: SetRotaLayerInput!) { setRotaLayer(input: $input) { id } }`;
const OVERRIDES = `query ($o: ID!) { rotas(organisationId: $o) { overrides { reason person { displayName } } } }`;

/**
 * On call: the trust's EPRR lead records cover agreed on a rota (a leave swap) in UK time
 * and cancels it again; a responder sees the rota but no way to change it.
 */
describe('console: cover on an on-call rota', () => {
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

  it('an EPRR lead records cover, sees it on the rota, and cancels it', async () => {
    const trust = await createOrganisation(t, { kind: OrganisationKind.ACUTE_TRUST, name: 'Westfield Hospitals' });
    const lead = await createUser(t, [{ organisationId: trust.id, role: Role.EPRR_LEAD }], {
      displayName: 'Nia Okafor',
    });
    const first = await createUser(t, [{ organisationId: trust.id, role: Role.RESPONDER }], {
      displayName: 'Tom Reed',
    });
    const cover = await createUser(t, [{ organisationId: trust.id, role: Role.RESPONDER }], {
      displayName: 'Priya Shah',
    });
    const { createRota: rota } = await t.gql.ok<{ createRota: { id: string; version: number } }>(
      CREATE_ROTA,
      { input: { organisationId: trust.id, duty: 'TACTICAL', name: 'Tactical on call' } },
      { token: lead.token },
    );
    await t.gql.ok(SET_LAYER, { input: weekly(rota.id, rota.version, [first.id, cover.id]) }, { token: lead.token });
    const { page, problems } = await openPage(browser, t.baseUrl);

    await withScreenshots('on-call-journey', [page], async () => {
      await signIn(page, lead.email, lead.password);
      await navigateTo(page, 'On call');
      await page.getByRole('heading', { name: 'Westfield Hospitals' }).waitFor();
      await page.getByText('Record cover on a rota').click();
      await page.getByRole('button', { name: 'Record cover' }).click();
      await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      expect(await page.title()).toMatch(/^Error: /);
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByLabel('Rota', { exact: true }).selectOption({ label: 'Tactical (silver): Tactical on call' });
      await page.getByLabel('Who covers').selectOption({ label: 'Priya Shah' });
      await page.getByLabel('From (UK date)').fill('2099-12-05');
      await page.locator('#override-from-time').fill('09:00');
      await page.getByLabel('To (UK date)').fill('2099-12-06');
      await page.locator('#override-to-time').fill('09:00');
      await page.getByLabel('Why').fill('Annual leave swap');
      await page.getByRole('button', { name: 'Record cover' }).click();
      await page.getByText('Cover recorded: Priya Shah on Tactical (silver).').waitFor();
      await page.getByTestId('rota-row').getByText('(Annual leave swap)').waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole('button', { name: /Cancel the cover of Priya Shah/ }).click();
      await page.getByText(/^Cover cancelled: Priya Shah/).waitFor();
    });
    expect(problems).toEqual([]);
    const after = await t.gql.ok<{ rotas: { overrides: unknown[] }[] }>(
      OVERRIDES,
      { o: trust.id },
      { token: lead.token },
    );
    expect(after.rotas[0].overrides).toEqual([]);

    // A responder sees the rota, and nothing to change it with.
    const other = await openPage(browser, t.baseUrl);
    await signIn(other.page, first.email, first.password);
    await navigateTo(other.page, 'On call');
    await other.page.getByTestId('rota-row').first().waitFor();
    expect(await other.page.getByText('Record cover on a rota').count()).toBe(0);
  });
});
