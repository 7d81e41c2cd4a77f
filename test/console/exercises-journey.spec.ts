import type { Browser, Page } from 'playwright-core';
import { Role } from '@muster/platform-access';
import { OrganisationKind, TeamFunction } from '@muster/identity';
import { createOrganisation, createTeam, createUser, startTestApp, TestApp, TestOrg, TestUser } from '@muster/testing';
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

const RAISE = `mutation ($input: RaiseExerciseActionsInput!) { raiseExerciseActions(input: $input) { id } }`;
const TRACKER = `query ($id: ID!) { exercise(id: $id) { findings { id } actionTracker { total closed overdue } } }`;

/** A day in UK time, `days` from now, as the date field takes it (YYYY-MM-DD). */
const ukDay = (days: number): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + days * 86_400_000));

/**
 * Journey 5: the ICB's EPRR lead records an ICS cyber exercise with a trust taking part,
 * records a finding and raises an action due yesterday for the trust's EPRR team; two more
 * actions are raised through the API. The tracker counts the three, tags the overdue one,
 * filters by organisation, and the list shows the exercise with its plan in a line and each
 * organisation's exercise compliance. The trust's EPRR lead, taking part, sees every
 * organisation's action too, not only the trust's. The real API (built console) and Debian's chromium.
 */
describe('console: Exercises', () => {
  let t: TestApp;
  let browser: Browser;
  let icb: TestOrg;
  let trust: TestOrg;
  let lead: TestUser;
  let trustLead: TestUser;
  let icbTeam: { id: string };
  let exerciseId = '';

  beforeAll(async () => {
    t = await startTestApp({ env: { CONSOLE_DIR: ensureConsoleBuilt() } });
    // The browser's clock is the real one: so is the app's here (tokens are refused outside their lifetime).
    t.clock.set(new Date());
    icb = await createOrganisation(t, { kind: OrganisationKind.ICB, name: 'Northshire Integrated Care Board' });
    trust = await createOrganisation(t, { kind: OrganisationKind.ACUTE_TRUST, name: 'Eastbrook Hospitals NHS Trust' });
    icbTeam = await createTeam(t, icb.id, TeamFunction.EPRR, 'ICS EPRR team');
    lead = await createUser(t, [{ organisationId: icb.id, role: Role.EPRR_LEAD, teamId: icbTeam.id }], {
      displayName: 'Amara Okafor',
    });
    trustLead = await createUser(t, [{ organisationId: trust.id, role: Role.EPRR_LEAD }], {
      displayName: 'Tom Reyes',
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const expectAccessible = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
  const exerciseTitle = 'ICS cyber crisis simulation';
  const lateAction = 'Refresh the out-of-hours contact list';
  const findingTitle = 'On-call lists were out of date';

  it('records an exercise, a finding and its actions; the tracker counts them and marks the overdue one', async () => {
    const p = await openPage(browser, t.baseUrl);
    const page = p.page;

    await withScreenshots('exercises-journey-record', [page], async () => {
      await signIn(page, lead.email, lead.password);
      await navigateTo(page, 'Exercises');
      await page.getByRole('heading', { name: 'Exercises', level: 1 }).waitFor();
      // (Not the empty list: the ICB's EPRR lead sees every exercise, other suites' in this database too.)
      // Nothing recorded: every type is due now for the trust, in words.
      const trustCompliance = page.locator(`[data-testid="compliance"][data-organisation="${trust.name}"]`);
      await expectCount(trustCompliance.getByText('4 of 4 exercise types overdue or never recorded.'), 1);
      await expectCount(trustCompliance.getByText(/Table-top exercise never recorded: one is due now/), 1);

      await page.getByRole('link', { name: 'Record an exercise' }).click();
      await page.getByRole('button', { name: 'Record exercise' }).click();
      await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      await expectCount(page.locator('.nhsuk-error-summary__list li'), 4);
      await expectAccessible(page);
      await page.getByLabel('Table-top exercise').check();
      await page.getByLabel('Theme').selectOption('CYBER_AND_DIGITAL');
      await page.getByLabel('Title').fill(exerciseTitle);
      await page.getByLabel('Date held').fill(ukDay(-7));
      await page.getByLabel(trust.name).check();
      await page.getByRole('button', { name: 'Record exercise' }).click();
      await page.getByRole('heading', { name: exerciseTitle, level: 1 }).waitFor();
      exerciseId = page.url().split('/exercises/')[1];
      await expectCount(page.getByTestId('participants').getByText(trust.name, { exact: false }), 1);
      await expectCount(page.getByTestId('tracker-headline').getByText('No actions raised yet'), 1);

      await page.getByLabel('Lesson identified').fill('On-call lists were out of date');
      await page.getByRole('button', { name: 'Record finding' }).click();
      await page.getByTestId('done').getByText('Finding recorded: On-call lists were out of date').waitFor();
      await expectCount(page.getByTestId('finding'), 1);

      await page.getByLabel('Finding it answers').selectOption({ label: '1. On-call lists were out of date' });
      await page.getByLabel('Action', { exact: true }).fill(lateAction);
      // The ICB's own teams are offered by name; the trust's are not the ICB's to see.
      await page.getByLabel('Organisation that owns it').selectOption({ label: icb.name });
      await page.getByLabel('Function that works it').selectOption('EPRR');
      await page.getByLabel('Team (optional)').waitFor();
      expect(await page.getByLabel('Team (optional)').locator('option').allInnerTexts()).toEqual([
        'No team named',
        'ICS EPRR team',
      ]);
      await page.getByLabel('Organisation that owns it').selectOption({ label: trust.name });
      await page.getByLabel('Team (optional)').waitFor({ state: 'detached' });
      await page.getByLabel('Function that works it').selectOption('EPRR');
      await page.getByLabel('Due date (optional)').fill(ukDay(-1));
      await page.getByRole('button', { name: 'Raise action' }).click();
      await page.getByTestId('done').getByText(`Action raised: ${lateAction}`).waitFor();
    });

    // Two more through the API: one due next month for the trust's digital team, one for the ICB's EPRR team (the
    // lead's own) with no due date.
    const { exercise } = await t.gql.ok<{ exercise: { findings: { id: string }[] } }>(
      TRACKER,
      { id: exerciseId },
      { token: lead.token },
    );
    await t.gql.ok(
      RAISE,
      {
        input: {
          findingId: exercise.findings[0].id,
          actions: [
            {
              organisationId: trust.id,
              title: 'Test restoring the PAS from backup',
              function: 'DIGITAL',
              dueAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
            },
            {
              organisationId: icb.id,
              title: 'Publish one ICS contact directory',
              function: 'EPRR',
              teamId: icbTeam.id,
            },
          ],
        },
      },
      { token: lead.token },
    );

    await withScreenshots('exercises-journey-tracker', [page], async () => {
      await page.reload();
      await page.getByRole('heading', { name: exerciseTitle, level: 1 }).waitFor();
      await expectCount(page.getByTestId('tracker-headline').getByText('0 of 3 actions done, 1 overdue'), 1);
      await expectCount(page.getByTestId('tracker-action'), 3);
      // Overdue first, and tagged; the others are not.
      expect(await page.getByTestId('tracker-action').first().getAttribute('data-title')).toBe(lateAction);
      const late = page.locator(`[data-testid="tracker-action"][data-title="${lateAction}"]`);
      await expectCount(late.getByTestId('overdue-tag'), 1);
      await expectCount(page.getByTestId('overdue-tag'), 1);
      const trustRow = page.locator(`[data-testid="tracker-organisation"][data-organisation="${trust.name}"]`);
      await expectCount(trustRow.locator('td'), 4);
      expect(await trustRow.locator('td').allInnerTexts()).toEqual([trust.name, '2', '0', '1']);
      // The lead's team's action is on their My work; the trust's are not.
      await expectCount(page.getByRole('link', { name: /^On your list in My work/ }), 1);
      const directory = page.locator('[data-testid="tracker-action"][data-title="Publish one ICS contact directory"]');
      await expectCount(directory.getByRole('link', { name: /^On your list in My work/ }), 1);
      await expectAccessible(page);

      await page.getByLabel('Organisation', { exact: true }).selectOption({ label: icb.name });
      await expectCount(page.getByTestId('tracker-shown').getByText('Showing 1 of 3 actions'), 1);
      await expectCount(page.getByTestId('tracker-action'), 1);
      await page.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Any organisation' });
      await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Overdue' });
      await expectCount(page.getByTestId('tracker-action'), 1);
      expect(await page.getByTestId('tracker-action').getAttribute('data-title')).toBe(lateAction);

      await page.getByRole('link', { name: 'Back to exercises' }).click();
      const row = page.locator(`[data-testid="exercise-row"][data-title="${exerciseTitle}"]`);
      await row.waitFor();
      await expectCount(row.getByText('0 of 3 actions done, 1 overdue'), 1);
      await expectCount(row.getByText('Overdue actions'), 1);
      // The table-top exercise now counts for the trust that took part.
      const trustCompliance = page.locator(`[data-testid="compliance"][data-organisation="${trust.name}"]`);
      await expectCount(trustCompliance.getByText('3 of 4 exercise types overdue or never recorded.'), 1);
      await expectAccessible(page);
    });

    const tracker = await t.gql.ok<{ exercise: { actionTracker: { total: number; overdue: number } } }>(
      TRACKER,
      { id: exerciseId },
      { token: lead.token },
    );
    expect(tracker.exercise.actionTracker).toMatchObject({ total: 3, closed: 0, overdue: 1 });
    expect(p.problems).toEqual([]);
  });

  it('shows a participant every organisation’s actions, not only its own', async () => {
    const p = await openPage(browser, t.baseUrl);
    const page = p.page;
    await withScreenshots('exercises-journey-participant', [page], async () => {
      await signIn(page, trustLead.email, trustLead.password);
      await page.getByRole('link', { name: 'Exercises', exact: true }).click();
      await page.getByRole('link', { name: exerciseTitle }).click();
      expect(page.url()).toContain(`/exercises/${exerciseId}`);
      await page.getByRole('heading', { name: exerciseTitle, level: 1 }).waitFor();
      await expectCount(page.getByTestId('tracker-headline').getByText('0 of 3 actions done, 1 overdue'), 1);
      // The ICB's own action is listed to the trust with the others, and with the finding it answers.
      await expectCount(page.getByTestId('tracker-action'), 3);
      const directory = page.locator('[data-testid="tracker-action"][data-title="Publish one ICS contact directory"]');
      await expectCount(directory.getByText('ICS EPRR team'), 1);
      await expectCount(directory.getByText(`From: ${findingTitle}`), 1);
      // None is on the trust lead's My work (none is theirs or their team's), and no sentence says some are hidden.
      await expectCount(page.getByRole('link', { name: /^On your list in My work/ }), 0);
      await expectCount(page.getByText(/You can see \d+ of the/), 0);
      await page.getByLabel('Organisation', { exact: true }).selectOption({ label: icb.name });
      await expectCount(page.getByTestId('tracker-action'), 1);
      await expectAccessible(page);
    });
    expect(p.problems).toEqual([]);
  });
});
