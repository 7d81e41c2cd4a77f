import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
import { report } from '../incidents/incident-api';
import { openThread } from '../governance/ig-api';
import {
  launchBrowser,
  openPage,
  seriousViolations,
  signIn,
  withScreenshots,
  expectCount,
  navigateTo,
} from './browser';
import { ensureConsoleBuilt } from './console-build';

/**
 * Journey 3, in two browsers: a trust's IG officer finds a thread whose 72-hour clock is
 * due within the day on the IG desk, records a decision (the DSPT grading's suggestion
 * beside it) and the notification to the ICO; a responder at the same trust, viewing the
 * incident's IG thread, sees that the decision exists and its outcome, never its content.
 * The real API (built console) and Debian's chromium; axe on every screen visited.
 */
describe('console: the IG desk', () => {
  let t: TestApp;
  let browser: Browser;
  let trust: TestOrg;
  let igOfficer: TestUser;
  let responder: TestUser;

  beforeAll(async () => {
    const consoleDir = ensureConsoleBuilt();
    t = await startTestApp({ env: { CONSOLE_DIR: consoleDir } });
    // The browser's clock is the real one: so is the app's here (tokens are refused outside their lifetime).
    t.clock.set(new Date());
    trust = await createOrganisation(t, { kind: OrganisationKind.ACUTE_TRUST, name: 'Westmere Community NHS Trust' });
    igOfficer = await createUser(t, [{ organisationId: trust.id, role: Role.IG_OFFICER }], {
      displayName: 'Grace Adeyemi',
    });
    responder = await createUser(t, [{ organisationId: trust.id, role: Role.RESPONDER }], { displayName: 'Sam Patel' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function expectAccessible(page: Page): Promise<void> {
    expect(await seriousViolations(page)).toEqual([]);
  }

  it('an IG officer records a decision; a responder sees that it exists but not its content', async () => {
    const incident = await report(t, trust.id, responder, {
      title: 'Discharge letters emailed to the wrong GP practice',
      category: 'DATA_BREACH',
      personalDataInvolved: true,
    });
    // Aware 50 hours ago: 22 hours left on the 72-hour clock, so it is on the desk's "due" list.
    const awarenessAt = new Date(t.clock.now().getTime() - 50 * 3_600_000).toISOString();
    const thread = await openThread(t, igOfficer, incident.id, trust.id, awarenessAt);
    const rationale = `Letters for ${randomUUID()} went to another practice; special category data seen by staff there`;
    const consultation = `Caldicott Guardian agreed on call ${randomUUID()}`;

    const o = await openPage(browser, t.baseUrl);
    const r = await openPage(browser, t.baseUrl);
    const pages = [o.page, r.page];

    await withScreenshots('ig-journey-desk', pages, async () => {
      await signIn(o.page, igOfficer.email, igOfficer.password);
      await navigateTo(o.page, 'IG desk');
      await o.page.getByRole('heading', { name: 'IG desk', level: 1 }).waitFor();
      const due = o.page.getByRole('table', { name: 'Clocks due within 24 hours or passed' });
      const row = due.locator(`[data-testid="ig-thread-row"][data-reference="${incident.reference}"]`);
      await row.waitFor();
      await expectCount(row.locator('.nhsuk-tag', { hasText: 'Due soon' }), 1);
      await expectCount(row.getByText(/^2[12] hours( \d+ minutes?)? left$/), 1);
      await expectAccessible(o.page);
      await row.getByRole('link', { name: `${incident.reference}: ${trust.name}` }).click();
      await o.page.getByRole('heading', { name: `IG thread ${incident.reference}: ${trust.name}` }).waitFor();
      await expectCount(o.page.getByText(thread.deadlineLondon), 1);
      await expectAccessible(o.page);
    });

    await withScreenshots('ig-journey-responder-opens', pages, async () => {
      await signIn(r.page, responder.email, responder.password);
      // Not in the responder's header, but the thread of an incident they see is theirs to view.
      await expectCount(r.page.locator('header a[href="/ig"]'), 0);
      await r.page.goto('/ig');
      await r.page.getByRole('heading', { name: 'IG desk', level: 1 }).waitFor();
      await expectAccessible(r.page);
      await r.page
        .getByRole('table', { name: 'IG threads' })
        .getByRole('link', { name: `${incident.reference}: ${trust.name}` })
        .click();
      await r.page.getByRole('heading', { name: `IG thread ${incident.reference}: ${trust.name}` }).waitFor();
      await expectCount(r.page.getByText('No decision has been recorded yet.', { exact: false }), 1);
      await expectAccessible(r.page);
    });

    await withScreenshots('ig-journey-decide', pages, async () => {
      await o.page.getByRole('button', { name: 'Record a decision' }).click();
      await o.page.getByRole('heading', { name: 'Record a decision' }).waitFor();
      await o.page.getByRole('button', { name: 'Record the decision' }).click();
      await o.page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      await expectCount(o.page.getByRole('link', { name: 'Enter the reasons for the decision' }), 1);
      await expectAccessible(o.page);

      await o.page.getByLabel('What the decision is about').selectOption('ICO_ART33');
      await o.page.getByLabel('Kinds of personal data involved').fill('health records, contact details');
      await o.page.getByLabel('Special category data (health, among others)').check();
      await o.page.getByLabel('About how many people are affected').fill('38');
      await o.page.getByLabel('About how many records').fill('38');
      await o.page.getByLabel('DSPT likelihood of harm').selectOption('5');
      await o.page.getByLabel('DSPT severity of harm').selectOption('2');
      await expectCount(
        o.page
          .getByTestId('dspt-suggestion')
          .getByText('The DSPT grading (likelihood 5, severity 2) suggests reportable'),
        1,
      );
      await o.page.getByLabel('Reportable', { exact: true }).check();
      await o.page.getByLabel('Reasons for the decision').fill(rationale);
      await o.page.getByLabel('Legal basis relied on').fill('UK GDPR Article 33(1)');
      await o.page.getByLabel('Caldicott Guardian').check();
      await o.page.getByLabel('Notes of the consultation (optional)').fill(consultation);
      await expectAccessible(o.page);
      await o.page.getByRole('button', { name: 'Record the decision' }).click();
      await o.page.getByText('The decision has been recorded.').waitFor();
      const current = o.page.getByTestId('ig-current-decision');
      await expectCount(current.getByText('Report to the ICO (UK GDPR Article 33)'), 1);
      await expectCount(
        current.getByText(/Likelihood 5 \(occurred\), severity 2 \(minor\): the DSPT grading suggested reportable/),
        1,
      );
      await expectCount(o.page.getByTestId('ig-decision').getByText(rationale), 1);
      await expectAccessible(o.page);
    });

    await withScreenshots('ig-journey-notify', pages, async () => {
      await o.page.getByRole('button', { name: 'Record a notification' }).click();
      await o.page.getByLabel('Information Commissioner’s Office (ICO)').check();
      await o.page.getByLabel('The authority’s reference').fill('ICO/2026/0412');
      await expectAccessible(o.page);
      await o.page.getByRole('button', { name: 'Record the notification' }).click();
      await o.page.getByText('The notification has been recorded.').waitFor();
      await expectCount(o.page.getByTestId('ig-clock').getByText('Notified in time'), 1);
      await expectCount(o.page.getByTestId('ig-notification').getByText(/ICO\/2026\/0412/), 1);
    });

    await withScreenshots('ig-journey-responder-sees', pages, async () => {
      // No reload: the decision and the notification arrive with the incident's timeline (incidentTimelineAdded).
      const current = r.page.getByTestId('ig-current-decision');
      await expectCount(current.getByText('Report to the ICO (UK GDPR Article 33)'), 1);
      // The outcome is the incident's to see (the responsive table names each cell's column).
      expect(await current.textContent()).toMatch(/Outcome\s*Reportable/);
      await expectCount(r.page.getByTestId('ig-notification').getByText('Information Commissioner’s Office (ICO)'), 1);
      await expectCount(r.page.getByTestId('ig-content-restricted'), 1);
      await expectCount(r.page.getByTestId('ig-decision'), 1);
      await expectCount(r.page.getByRole('button', { name: 'Record a decision' }), 0);
      await expectCount(r.page.getByRole('button', { name: /Supersede/ }), 0);
      const text = (await r.page.locator('body').textContent()) ?? '';
      for (const secret of [
        rationale,
        consultation,
        'UK GDPR Article 33(1)',
        'ICO/2026/0412',
        'health records',
        'likelihood 5',
      ])
        expect(text).not.toContain(secret);
      await expectAccessible(r.page);
    });

    expect([...o.problems, ...r.problems]).toEqual([]);
  });
});
