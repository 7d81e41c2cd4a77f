import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

const ROOT = join(__dirname, '../..');
/** Failure screenshots, kept by CI (git-ignored). */
export const OUTPUT = join(ROOT, 'test-output/console');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// A journey is a person clicking through several screens (each waited for, each checked with
// axe): on a loaded 2-core CI machine one can take more than jest's default minute. Every
// journey imports this file, so this is their per-test limit.
jest.setTimeout(180_000);

/** Debian's chromium, headless, with the background networking that would hammer a closed network switched off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A page that records what the console reports: uncaught errors and CSP refusals fail the test. */
export async function openPage(browser: Browser, baseUrl: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/.test(message.text())) {
      problems.push(`CSP: ${message.text()}`);
    }
  });
  return { page, problems };
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Incident board' }).waitFor();
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core on the page as it is now: the serious and critical violations (there should be none). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (no inline script) stays as it is.
  await page.evaluate(AXE);
  // A string: this file is compiled without the DOM's types.
  const violations = await page.evaluate<AxeViolation[]>('axe.run(document).then((result) => result.violations)');
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Runs a journey step; if it throws, a screenshot of every page goes to test-output/console/. */
export async function withScreenshots<T>(name: string, pages: Page[], step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    mkdirSync(OUTPUT, { recursive: true });
    await Promise.all(
      pages.map((page, i) =>
        page.screenshot({ path: join(OUTPUT, `${name}-${i + 1}.png`), fullPage: true }).catch(() => undefined),
      ),
    );
    throw error;
  }
}

/** As many elements as expected (waiting for the first to show when there should be some). */
export async function expectCount(locator: Locator, count: number): Promise<void> {
  if (count > 0) await locator.first().waitFor({ state: 'visible' });
  expect(await locator.count()).toBe(count);
}

/**
 * Follows a header navigation link as a person would: the NHS header moves the entries that
 * do not fit into its "More" menu, so open that first when the link is not on show.
 */
export async function navigateTo(page: Page, name: string): Promise<void> {
  const link = page.getByRole('link', { name, exact: true });
  if (!(await link.isVisible())) await page.locator('header').getByRole('button', { name: /More/ }).click();
  await link.click();
}
