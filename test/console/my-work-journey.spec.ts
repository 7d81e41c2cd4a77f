import type { Browser, Page } from 'playwright-core';
import { Role } from '@muster/platform-access';
import { OrganisationKind } from '@muster/identity';
import { createOrganisation, createUser, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
import { launchBrowser, openPage, seriousViolations, signIn, withScreenshots, expectCount } from './browser';
import { ensureConsoleBuilt } from './console-build';

const CREATE = `mutation ($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`;
const READ = `query ($id: ID!) { assignment(id: $id) { status overdue acknowledgedAt } }`;

/**
 * Journey 4: an assignment whose due time has passed shows as overdue on My work (the one
 * due later does not), and its owner acknowledges it there. Created through the API by the
 * trust's EPRR lead for a responder; the real API (built console) and Debian's chromium.
 */
describe('console: My work', () => {
  let t: TestApp;
  let browser: Browser;
  let trust: TestOrg;
  let lead: TestUser;
  let responder: TestUser;

  beforeAll(async () => {
    const consoleDir = ensureConsoleBuilt();
    t = await startTestApp({ env: { CONSOLE_DIR: consoleDir } });
    // The browser's clock is the real one: so is the app's here (tokens are refused outside their lifetime).
    t.clock.set(new Date());
    trust = await createOrganisation(t, { kind: OrganisationKind.ACUTE_TRUST, name: 'Eastbrook Hospitals NHS Trust' });
    lead = await createUser(t, [{ organisationId: trust.id, role: Role.EPRR_LEAD }], { displayName: 'Ruth Moss' });
    responder = await createUser(t, [{ organisationId: trust.id, role: Role.RESPONDER }], {
      displayName: 'Dev Sharma',
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function expectAccessible(page: Page): Promise<void> {
    expect(await seriousViolations(page)).toEqual([]);
  }

  async function assign(title: string, dueInHours: number): Promise<string> {
    const dueAt = new Date(t.clock.now().getTime() + dueInHours * 3_600_000).toISOString();
    const input = { organisationId: trust.id, assigneeId: responder.id, title, function: 'EPRR', dueAt };
    const data = await t.gql.ok<{ createAssignment: { id: string } }>(CREATE, { input }, { token: lead.token });
    return data.createAssignment.id;
  }

  it('an overdue action shows as overdue, and acknowledging it works', async () => {
    const lateTitle = 'Restore the generator fuel contract';
    const laterTitle = 'Review the heatwave plan';
    const lateId = await assign(lateTitle, -2);
    await assign(laterTitle, 48);
    const p = await openPage(browser, t.baseUrl);

    await withScreenshots('my-work-journey', [p.page], async () => {
      await signIn(p.page, responder.email, responder.password);
      await p.page.getByRole('link', { name: 'My work' }).click();
      await p.page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
      const late = p.page.locator(`[data-testid="work-item"][data-title="${lateTitle}"]`);
      const later = p.page.locator(`[data-testid="work-item"][data-title="${laterTitle}"]`);
      await late.waitFor();
      await expectCount(late.getByTestId('overdue-tag'), 1);
      await expectCount(late.getByText(/\(UK time\), overdue by 2 hours/), 1);
      await expectCount(later.getByText(/\(UK time\), in (1 day 23 hours|2 days)/), 1);
      await expectCount(later.getByTestId('overdue-tag'), 0);
      await expectCount(p.page.getByTestId('work-summary').getByText('2 assignments, 1 overdue'), 1);
      // Overdue first.
      expect(await p.page.getByTestId('work-item').first().getAttribute('data-title')).toBe(lateTitle);
      // Only what OPEN allows.
      await expectCount(late.getByRole('button'), 1);
      await expectAccessible(p.page);

      await late.getByRole('button', { name: `Acknowledge: ${lateTitle}` }).click();
      await late.locator('.nhsuk-tag', { hasText: 'Acknowledged' }).waitFor();
      await expectCount(late.getByRole('button', { name: `Start: ${lateTitle}` }), 1);
      await expectCount(late.getByRole('button', { name: `Acknowledge: ${lateTitle}` }), 0);
      await expectCount(late.getByTestId('overdue-tag'), 1);
      await expectAccessible(p.page);
    });

    const { assignment } = await t.gql.ok<{ assignment: { status: string; overdue: boolean; acknowledgedAt: string } }>(
      READ,
      { id: lateId },
      { token: responder.token },
    );
    expect(assignment).toMatchObject({ status: 'ACKNOWLEDGED', overdue: true });
    expect(assignment.acknowledgedAt).toEqual(expect.any(String));
    expect(p.problems).toEqual([]);
  });
});
