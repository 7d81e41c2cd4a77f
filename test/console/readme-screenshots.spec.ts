import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, TestApp, workerDatabaseUrl } from '@muster/testing';
import { launchBrowser, openPage, seriousViolations, signIn, withScreenshots, navigateTo } from './browser';
import { ensureConsoleBuilt } from './console-build';

const ROOT = join(__dirname, '../..');
const DOCS = join(ROOT, 'docs');
const EMBEDDED = process.env.MUSTER_TEST_EMBEDDED === '1';

/**
 * The README's screenshots, taken of the demo ICS a newcomer gets from `npm start`: the
 * demo seed (`npm run db:seed` in demo mode) into a database of this suite's own — the
 * demo's organisations and people are global, so they share no database with other
 * suites — then the console in chromium, signed in as the demo's people. Each screen is
 * checked with axe before it is photographed.
 */
(EMBEDDED ? describe.skip : describe)('console: the README screenshots, of the demo ICS', () => {
  const name = `muster_screenshots_${process.pid}`;
  const admin = new URL(workerDatabaseUrl());
  admin.pathname = '/postgres';
  const url = new URL(admin);
  url.pathname = `/${name}`;
  let t: TestApp;
  let browser: Browser;
  let password = '';
  // The seed and the app must chain audit events with the same key for the chain check to pass.
  const auditKey = randomBytes(32).toString('hex');

  beforeAll(async () => {
    await withAdmin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${name}`);
      await c.query(`CREATE DATABASE ${name}`);
    });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url.toString(),
      NODE_ENV: 'development',
      MUSTER_DEMO: 'true',
      LOG_LEVEL: 'silent',
      AUDIT_HMAC_KEY: auditKey,
    };
    delete env.MUSTER_ADMIN_EMAIL;
    delete env.MUSTER_ADMIN_PASSWORD;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['tools/scripts/run-ts.js', 'tools/scripts/seed.ts'],
      { cwd: ROOT, env, timeout: 180_000 },
    );
    password = /every demo login's password: (\S+)/.exec(stdout)?.[1] ?? '';
    t = await startTestApp({
      env: { CONSOLE_DIR: ensureConsoleBuilt(), DATABASE_URL: url.toString(), AUDIT_HMAC_KEY: auditKey },
    });
    t.clock.set(new Date());
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  });

  async function withAdmin<T>(work: (c: Client) => Promise<T>): Promise<T> {
    const c = new Client({ connectionString: admin.toString() });
    await c.connect();
    try {
      return await work(c);
    } finally {
      await c.end();
    }
  }

  async function photograph(page: Page, file: string): Promise<void> {
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(DOCS, file), fullPage: false });
  }

  it('shows the ICS incident commander the board and an incident room (and on call, notifications), the ICB’s EPRR lead the readiness matrix and reports, its administrator the audit trail', async () => {
    expect(password).not.toBe('');
    const { page, problems } = await openPage(browser, t.baseUrl);
    await withScreenshots('readme-board', [page], async () => {
      await signIn(page, 'incident.commander@qnc.demo.muster.nhs.uk', password);
      await page.locator('[data-testid="board-row"]').first().waitFor();
      await photograph(page, 'console-board.png');
    });
    await withScreenshots('readme-incident-room', [page], async () => {
      await page.locator('[data-testid="board-row"] a').first().click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.getByRole('heading', { name: 'Timeline', exact: true }).waitFor();
      await photograph(page, 'console-incident-room.png');
      await page.getByRole('link', { name: 'Incident board', exact: true }).click();
    });
    await withScreenshots('readme-on-call', [page], async () => {
      // Not photographed for the README, but checked on the demo's real rotas, pages and inbox.
      await navigateTo(page, 'On call');
      await page.locator('[data-testid="rota-row"]').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId('unread-count').click();
      await page.getByRole('heading', { name: 'Notifications' }).waitFor();
      await page.locator('[data-testid="notification"]').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
    await withScreenshots('readme-readiness', [page], async () => {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await signIn(page, 'eprr.lead@qnc.demo.muster.nhs.uk', password);
      await page.getByRole('link', { name: 'Readiness', exact: true }).click();
      await page.getByRole('heading', { name: 'Readiness of the ICS' }).waitFor();
      await page.locator('[data-testid="readiness-row"]').first().waitFor();
      await photograph(page, 'console-readiness.png');
    });
    await withScreenshots('readme-reports', [page], async () => {
      await navigateTo(page, 'Reports');
      await page.getByRole('heading', { name: 'Reports – the ICS' }).waitFor();
      await page.getByText('Incidents reported').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      // A CSV is fetched with the token (never in the URL) and saved under its own name.
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /Incidents by category.*\(CSV\)/ }).click(),
      ]);
      expect(csv.suggestedFilename()).toMatch(/^incidents-\d{4}-\d{2}\.csv$/);
      const text = await readFile((await csv.path()) ?? '', 'utf8');
      expect(text.split('\n')[0]).toContain('dimension,key,name,incidents');
    });
    await withScreenshots('readme-audit', [page], async () => {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await signIn(page, 'org.admin@qnc.demo.muster.nhs.uk', password);
      await navigateTo(page, 'Audit');
      await page.locator('[data-testid="audit-event"]').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Check the audit chain' }).click();
      await page.getByText(/The chain is intact: \d+ events checked/).waitFor();
      await page.locator('[data-testid="audit-event"] a').first().click();
      await page.getByRole('heading', { name: /History of this/ }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
    expect(problems).toEqual([]);
  });
});
