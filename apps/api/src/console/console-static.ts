import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { consoleHtmlHeaders, isConsoleNavigation } from './console-csp';

const ASSET_MAX_AGE_MS = 365 * 24 * 3600 * 1000;

/**
 * Where the built console is: CONSOLE_DIR when set, else dist/console beside the API
 * bundle (`npm run build`), else null (the API runs without a console).
 */
export function findConsoleDir(configured: string | undefined): string | null {
  const candidates = configured
    ? [resolve(configured)]
    : [resolve(__dirname, '../../../../console'), resolve(__dirname, '../../../../dist/console')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/**
 * Serves the built console at `/`: its hashed assets under /assets for a year (immutable),
 * and index.html, uncached and with the Content-Security-Policy, for every browser
 * navigation that is not an API path (the SPA fallback). /graphql and the REST routes are untouched.
 */
export function serveBuiltConsole(app: NestExpressApplication, dir: string): void {
  const html = readFileSync(join(dir, 'index.html'));
  const headers = consoleHtmlHeaders();
  app.useStaticAssets(join(dir, 'assets'), {
    prefix: '/assets',
    index: false,
    maxAge: ASSET_MAX_AGE_MS,
    immutable: true,
    fallthrough: true,
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isConsoleNavigation(req.method, req.path, req.headers.accept)) return next();
    res.status(200).set(headers);
    res.end(req.method === 'HEAD' ? undefined : html);
  });
}
