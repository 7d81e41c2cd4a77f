import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { consoleHtmlHeaders, isApiPath, isConsoleNavigation } from './console-csp';

const CONSOLE_ROOT = resolve(__dirname, '../../../console');

/** What this module uses of Vite (an ESM package whose types the API's CommonJS build cannot resolve). */
interface ViteDevServer {
  middlewares: RequestHandler;
  transformIndexHtml(url: string, html: string): Promise<string>;
  close(): Promise<void>;
}

interface Vite {
  createServer: (config: Record<string, unknown>) => Promise<ViteDevServer>;
  createLogger: (level: 'warn') => unknown;
}

/**
 * Development: the console from its sources through Vite in middleware mode, inside the
 * API process (one port, one `npm start`, no build step). Vite starts on the first request
 * for the console, so the API's start-up (and the smoke test) does not wait for it. No hot
 * reload (the WebSocket upgrade path belongs to graphql-ws): reload the page after an
 * edit. Vite's few inline scripts and styles carry a per-process nonce that the CSP allows.
 */
export function serveConsoleFromSources(app: NestExpressApplication): void {
  const nonce = randomBytes(16).toString('base64');
  const headers = consoleHtmlHeaders(nonce);
  let started: Promise<ViteDevServer> | null = null;
  const vite = () => (started ??= startVite(nonce));

  // A browser opening /graphql gets the console's GraphQL explorer (Apollo's landing page is off: it needs a CDN).
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    const browser = /\btext\/html\b/.test(req.headers.accept ?? '');
    if (req.method === 'GET' && req.path === '/' && !req.query.query && browser) {
      return res.redirect(302, '/graphql-explorer');
    }
    next();
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (isApiPath(req.path)) return next();
    vite().then((server) => server.middlewares(req, res, next), next);
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isConsoleNavigation(req.method, req.path, req.headers.accept)) return next();
    vite()
      .then(async (server) =>
        server.transformIndexHtml(req.originalUrl, await readFile(join(CONSOLE_ROOT, 'index.html'), 'utf8')),
      )
      .then((html) => res.status(200).set(headers).end(html))
      .catch(next);
  });
}

async function startVite(nonce: string): Promise<ViteDevServer> {
  // By name in a variable: TypeScript (CommonJS resolution) cannot read Vite's ESM-only types.
  const vitePackage = 'vite';
  const { createServer, createLogger } = (await import(vitePackage)) as Vite;
  return createServer({
    configFile: join(CONSOLE_ROOT, 'vite.config.mts'),
    root: CONSOLE_ROOT,
    appType: 'custom',
    logLevel: 'warn',
    customLogger: createLogger('warn'),
    clearScreen: false,
    html: { cspNonce: nonce },
    server: { middlewareMode: true, hmr: false, ws: false },
  });
}
