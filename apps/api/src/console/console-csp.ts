/**
 * The console page's Content-Security-Policy: scripts and styles only from this origin
 * (no 'unsafe-inline', no CDN); data only from this origin's API (/graphql over HTTP and
 * WebSocket, /auth/session); no frames, plugins or foreign forms. In development Vite
 * injects a few inline scripts and styles: they carry a per-process nonce, never
 * 'unsafe-inline'. Fonts may be data: URIs (GraphiQL's stylesheet embeds its fonts so).
 */
export function consoleCsp(nonce?: string): string {
  const inline = nonce ? ` 'nonce-${nonce}'` : '';
  return [
    "default-src 'none'",
    `script-src 'self'${inline}`,
    `style-src 'self'${inline}`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Headers of the console's HTML: never cached (a new release is seen on the next load), never framed. */
export function consoleHtmlHeaders(nonce?: string): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': consoleCsp(nonce),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
  };
}

/** Paths the API answers itself: never the console's index.html. */
const API_PATHS = /^\/(graphql|health|metrics|audit|reports|auth|ack)(\/|$)/;

export const isApiPath = (path: string): boolean => API_PATHS.test(path);

/** A browser navigation to one of the console's own addresses (`/`, `/incidents/…`): index.html answers it. */
export function isConsoleNavigation(method: string, path: string, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (isApiPath(path) || path.startsWith('/assets/')) return false;
  return /\btext\/html\b/.test(accept ?? '');
}
