import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from '@muster/testing';
import { ensureConsoleBuilt } from './console-build';

/** The API serving the built console: the page with its CSP, uncached; assets cached; the API's paths untouched. */
describe('console: served by the API', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = ensureConsoleBuilt();
    t = await startTestApp({ env: { CONSOLE_DIR: dir } });
  });
  afterAll(() => t.close());

  const html = { accept: 'text/html,application/xhtml+xml' };

  it('answers every console address with index.html, never cached, under a CSP without unsafe-inline', async () => {
    // Every route the console declares, as a reload or a shared link reaches it: none may be an
    // API path (a screen at /reports or /audit once answered 404 on reload).
    const declared = [
      ...readFileSync(join(__dirname, '../../apps/console/src/app/screens.ts'), 'utf8').matchAll(/path: '([^']+)'/g),
    ].map(([, path]) => path.replace(/:[a-zA-Z]+/g, 'x'));
    expect(declared.length).toBeGreaterThan(10);
    for (const path of ['/', '/incidents/report', '/no/such/screen', ...declared]) {
      const response = await fetch(`${t.baseUrl}${path}`, { headers: html });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(readFileSync(join(dir, 'index.html'), 'utf8'));
      expect(response.headers.get('cache-control')).toBe('no-store');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("style-src 'self';");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('serves the hashed assets for a year and 404s a missing one', async () => {
    const entry = /src="(\/assets\/[^"]+\.js)"/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))?.[1];
    const asset = await fetch(`${t.baseUrl}${entry}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${t.baseUrl}/assets/missing-0000.js`)).status).toBe(404);
    const icon = await fetch(`${t.baseUrl}/assets/images/nhsuk-icon-cross.svg`);
    expect(icon.status).toBe(200);
  });

  it('leaves the API alone: GraphQL, health and the session routes answer as before', async () => {
    const graphql = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await graphql.json()).toMatchObject({ data: { __typename: 'Query' } });
    const health = await fetch(`${t.baseUrl}/health/ready`, { headers: html });
    expect(health.headers.get('content-type')).toMatch(/json/);
    const refresh = await fetch(`${t.baseUrl}/auth/session/refresh`, { method: 'POST', headers: html });
    expect(refresh.status).toBe(400);
    // Not a browser navigation (no text/html): the API's own 404, not the page.
    expect((await fetch(`${t.baseUrl}/no/such/screen`)).status).toBe(404);
  });
});
