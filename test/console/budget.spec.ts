import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureConsoleBuilt } from './console-build';

/** The issue's budget: the JavaScript a first visit loads, gzipped. */
const BUDGET_BYTES = 250 * 1024;

/**
 * The initial JavaScript of the console: the entry script index.html loads and every
 * chunk it preloads (what the browser fetches before the first screen). Screens are
 * lazily loaded chunks and do not count; a screen that adds to the entry shows here.
 */
describe('console: performance budget', () => {
  it(`loads at most ${BUDGET_BYTES / 1024} kB of JavaScript (gzipped) before the first screen`, () => {
    const dir = ensureConsoleBuilt();
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const scripts = [
      ...html.matchAll(/<script type="module"[^>]* src="([^"]+)"/g),
      ...html.matchAll(/<link rel="modulepreload"[^>]* href="([^"]+)"/g),
    ].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    const sizes = scripts.map((src) => ({ src, gzipped: gzipSync(readFileSync(join(dir, src))).length }));
    const total = sizes.reduce((sum, s) => sum + s.gzipped, 0);
    process.stdout.write(
      `console initial JavaScript: ${(total / 1024).toFixed(1)} kB gzipped (budget ${BUDGET_BYTES / 1024} kB): ` +
        `${sizes.map((s) => `${s.src} ${(s.gzipped / 1024).toFixed(1)} kB`).join(', ')}\n`,
    );
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
