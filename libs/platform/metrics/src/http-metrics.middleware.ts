import type { NextFunction, Request, Response } from 'express';
import { AppMetrics } from './app-metrics';

/** Paths that are their own pattern though no Nest route matches them (Apollo mounts /graphql itself). */
const FIXED_PATHS = new Set(['/graphql']);

/**
 * Times every HTTP request. The route label is the matched pattern (`/reports/incidents/:id.html`),
 * never the path itself (ids); a request no route matched is `unmatched`.
 */
export function httpMetricsMiddleware(metrics: AppMetrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const route = (req.route as { path?: unknown } | undefined)?.path;
      // Middleware mounted on a path (Apollo's) rewrites req.url while it runs: read the original.
      const path = req.originalUrl.split('?')[0];
      const label = typeof route === 'string' ? `${req.baseUrl}${route}` : FIXED_PATHS.has(path) ? path : 'unmatched';
      metrics.httpRequests.observe(
        { method: req.method, route: label, status: String(res.statusCode) },
        Number(process.hrtime.bigint() - started) / 1e9,
      );
    });
    next();
  };
}
