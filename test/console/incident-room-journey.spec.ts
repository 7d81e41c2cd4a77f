import type { Browser, Page } from 'playwright-core';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { SITREP_TEMPLATE_NAMES } from '@muster/incidents';
import { createOrganisation, createUser, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
import { act, report } from '../incidents/incident-api';
import { launchBrowser, openPage, seriousViolations, signIn, withScreenshots, expectCount } from './browser';
import { ensureConsoleBuilt } from './console-build';

/**
 * The incident room, as people would click through it in two browsers: a trust's incident
 * commander opens a declared incident from the board and is offered only what the
 * transition table allows; they submit a SitRep and add a log entry, which a responder at
 * the trust, already in the room, sees arrive on the timeline without reloading. The real
 * API (built console) and Debian's chromium; axe on every screen.
 */
describe('console: the incident room', () => {
  let t: TestApp;
  let browser: Browser;
  let trust: TestOrg;
  let commander: TestUser;
  let responder: TestUser;
  let reference = '';
  const title = 'Electronic patient record unavailable';

  beforeAll(async () => {
    const consoleDir = ensureConsoleBuilt();
    t = await startTestApp({ env: { CONSOLE_DIR: consoleDir } });
    t.clock.set(new Date());
    trust = await createOrganisation(t, {
      kind: OrganisationKind.ACUTE_TRUST,
      name: 'Westshire Teaching Hospitals NHS Trust',
    });
    commander = await createUser(t, [{ organisationId: trust.id, role: Role.INCIDENT_COMMANDER }], {
      displayName: 'Priya Shah',
    });
    responder = await createUser(t, [{ organisationId: trust.id, role: Role.RESPONDER }], {
      displayName: 'Sam Lewis',
    });
    // Named nowhere on the incident: the room finds her through commandRoleCandidates.
    await createUser(t, [{ organisationId: trust.id, role: Role.VIEWER }], { displayName: 'Jo Evans' });
    const reported = await report(t, trust.id, responder, {
      title,
      category: 'IT_OUTAGE',
      type: 'CRITICAL',
      description: 'The EPR has been unavailable since 07:40; wards are on paper.',
    });
    const declared = await act(t, 'declareIncident', { id: reported.id, version: reported.version }, commander);
    reference = declared.reference;
    browser = await launchBrowser();
    // The first spec of a run builds the console (once per change of its sources): minutes on a busy machine.
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function expectAccessible(page: Page): Promise<void> {
    expect(await seriousViolations(page)).toEqual([]);
  }

  it('a commander sees only the allowed actions, submits a SitRep and logs an entry a responder sees live', async () => {
    const c = await openPage(browser, t.baseUrl);
    const r = await openPage(browser, t.baseUrl);
    const pages = [c.page, r.page];
    const logText = 'Pharmacy has moved to paper prescriptions';

    await withScreenshots('incident-room-open', pages, async () => {
      await signIn(c.page, commander.email, commander.password);
      await c.page.getByRole('link', { name: new RegExp(reference) }).click();
      await c.page.getByRole('heading', { level: 1, name: title }).waitFor();
      await expectCount(c.page.locator('[data-testid="room-status"]', { hasText: 'Declared' }), 1);
      // A declared incident, to its commander: the ICC, contain, cancel — and no other status change.
      const actions = c.page.locator('[data-testid="room-actions"] button');
      await actions.first().waitFor();
      expect(await actions.allTextContents()).toEqual([
        'Stand up the Incident Coordination Centre',
        'Mark contained',
        'Cancel',
      ]);
      await expectAccessible(c.page);

      // The responder, in the same room, may add to the record but change nothing of its status.
      await signIn(r.page, responder.email, responder.password);
      await r.page.goto(`/incidents/${reference}`);
      await r.page.getByRole('heading', { level: 1, name: title }).waitFor();
      await r.page.getByText('There is nothing you can change about this incident’s status').waitFor();
      await expectCount(r.page.locator('[data-testid="room-actions"]'), 0);
      await expectCount(r.page.getByRole('button', { name: 'Submit SitRep' }), 1);
      await expectAccessible(r.page);
    });

    await withScreenshots('incident-room-sitrep', pages, async () => {
      const sitrep = c.page.getByRole('form', { name: 'Submit a SitRep' });
      // The templates come from the API (sitRepTemplates): the console keeps no copy.
      await sitrep.getByLabel('Conditions').waitFor();
      expect(await sitrep.getByLabel('Template').locator('option').allTextContents()).toEqual(
        Object.values(SITREP_TEMPLATE_NAMES),
      );
      await sitrep.getByRole('button', { name: 'Submit SitRep' }).click();
      await sitrep.getByRole('link', { name: 'Enter the conditions' }).waitFor();
      await expectAccessible(c.page);
      await sitrep.getByLabel('Conditions').fill('EPR down across all sites; wards on paper');
      await sitrep.getByLabel('Actions').fill('Supplier engaged; downtime procedures in force');
      await sitrep.getByLabel('Needs').fill('Extra porters for paper records');
      await sitrep.getByRole('button', { name: 'Submit SitRep' }).click();
      await c.page.getByText('SitRep 1 has been submitted.').waitFor();
      await c.page.locator('[data-testid="latest-sitrep"]', { hasText: 'Extra porters for paper records' }).waitFor();
      await expectCount(c.page.locator('[data-testid="sitrep-due"]', { hasText: /due in \d/ }), 1);
    });

    await withScreenshots('incident-room-timeline', pages, async () => {
      await c.page.getByRole('textbox', { name: 'Add to the log' }).fill(logText);
      await c.page.getByRole('button', { name: 'Add entry' }).click();
      await c.page.locator('[data-testid="timeline-entry"]', { hasText: logText }).waitFor();
      // No reload: the entry arrives over incidentTimelineAdded.
      await r.page.locator('[data-testid="timeline-entry"]', { hasText: logText }).waitFor();
      await expectCount(r.page.locator('[data-testid="timeline-entry"]', { hasText: logText }), 1);
      await expectAccessible(r.page);
    });

    await withScreenshots('incident-room-roles', pages, async () => {
      // The commander gives the scribe's role to someone of the trust the incident does not name yet.
      const form = c.page.getByRole('form', { name: 'Assign or hand over a role' });
      await form.getByLabel('Role').selectOption('SCRIBE');
      await form.getByLabel('Find a person by name (optional)').fill('Evans');
      const jo = form.getByLabel('Who takes it').locator('option', { hasText: 'Jo Evans' });
      await jo.waitFor({ state: 'attached' });
      await form.getByLabel('Who takes it').locator('option', { hasText: 'Sam Lewis' }).waitFor({ state: 'detached' });
      expect(await form.getByLabel('Who takes it').locator('option').allTextContents()).toEqual([
        'Select a person',
        'Jo Evans – Viewer at Westshire Teaching Hospitals NHS Trust',
      ]);
      await form
        .getByLabel('Who takes it')
        .selectOption({ label: 'Jo Evans – Viewer at Westshire Teaching Hospitals NHS Trust' });
      await expectAccessible(c.page);
      await form.getByRole('button', { name: 'Assign' }).click();
      const held = c.page.getByRole('table', { name: 'Held now' });
      await held.getByRole('row', { name: /Scribe.*Jo Evans/ }).waitFor();
      // The deputy is an incident commander: the responder is not offered.
      await form.getByLabel('Role').selectOption('DEPUTY');
      await form.getByLabel('Who takes it').locator('option', { hasText: 'Priya Shah' }).waitFor({ state: 'attached' });
      expect(await form.getByLabel('Who takes it').locator('option', { hasText: 'Sam Lewis' }).count()).toBe(0);
      await c.page.evaluate('window.scrollTo(0, 0)');
    });

    expect([...c.problems, ...r.problems]).toEqual([]);
  });
});
