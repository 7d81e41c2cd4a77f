import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { consoleHtmlHeaders, isConsoleNavigation } from './console-csp';

const CONSOLE_ROOT = resolve(__dirname, '../../../console');

/** What this module uses of Vite (an ESM package whose types the API's CommonJS build cannot resolve). */
interface ViteDevServer {
  middlewares: RequestHandler;
  transformIndexHtml(url: string, html: string): Promise<string>;
  close(): Promise<void>;
}

type CreateServer = (config: Record<string, unknown>) => Promise<ViteDevServer>;
type CreateLogger = (level: 'warn') => unknown;

/**
 * Development: the console from its sources through Vite in middleware mode, inside the
 * API process (one port, one `npm start`, no build step). No hot reload (the WebSocket
 * upgrade path belongs to graphql-ws): reload the page after an edit. Vite's few inline
 * scripts and styles carry a per-process nonce that the CSP allows.
 */
export async function serveConsoleFromSources(app: NestExpressApplication): Promise<() => Promise<void>> {
  const nonce = randomBytes(16).toString('base64');
  // By name in a variable: TypeScript (CommonJS resolution) cannot read Vite's ESM-only types.
  const vitePackage = 'vite';
  const { createServer, createLogger } = (await import(vitePackage)) as {
    createServer: CreateServer;
    createLogger: CreateLogger;
  };
  const vite = await createServer({
    configFile: join(CONSOLE_ROOT, 'vite.config.mts'),
    root: CONSOLE_ROOT,
    appType: 'custom',
    logLevel: 'warn',
    customLogger: createLogger('warn'),
    clearScreen: false,
    html: { cspNonce: nonce },
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  const headers = consoleHtmlHeaders(nonce);
  // A browser opening /graphql gets the console's GraphQL explorer (Apollo's landing page is off: it needs a CDN).
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (
      req.method === 'GET' &&
      req.path === '/' &&
      !req.query.query &&
      /\btext\/html\b/.test(req.headers.accept ?? '')
    ) {
      return res.redirect(302, '/graphql-explorer');
    }
    next();
  });
  app.use(vite.middlewares);
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isConsoleNavigation(req.method, req.path, req.headers.accept)) return next();
    serveIndex(req.originalUrl)
      .then((html) => res.status(200).set(headers).end(html))
      .catch(next);
  });
  const indexHtml = join(CONSOLE_ROOT, 'index.html');
  async function serveIndex(url: string): Promise<string> {
    const { readFile } = await import('node:fs/promises');
    return vite.transformIndexHtml(url, await readFile(indexHtml, 'utf8'));
  }
  return () => vite.close();
}
