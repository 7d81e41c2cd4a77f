import { consoleCsp, isConsoleNavigation } from './console-csp';

describe('the console page', () => {
  it('is answered for browser navigations to its own addresses only', () => {
    const html = 'text/html,application/xhtml+xml';
    expect(isConsoleNavigation('GET', '/', html)).toBe(true);
    expect(isConsoleNavigation('GET', '/incidents/report', html)).toBe(true);
    expect(isConsoleNavigation('HEAD', '/my-work', html)).toBe(true);
    expect(isConsoleNavigation('POST', '/', html)).toBe(false);
    expect(isConsoleNavigation('GET', '/incidents', 'application/json')).toBe(false);
    for (const path of [
      '/graphql',
      '/health/ready',
      '/metrics',
      '/audit/export',
      '/reports/x',
      '/auth/session',
      '/ack/1',
    ]) {
      expect(isConsoleNavigation('GET', path, html)).toBe(false);
    }
    expect(isConsoleNavigation('GET', '/assets/index.js', html)).toBe(false);
    // A path that merely starts like an API path is the console's.
    expect(isConsoleNavigation('GET', '/graphql-explorer', html)).toBe(true);
  });

  it('allows no inline script or style, except by the development nonce', () => {
    expect(consoleCsp()).not.toMatch(/unsafe-inline|nonce/);
    expect(consoleCsp('abc')).toContain("script-src 'self' 'nonce-abc'");
    expect(consoleCsp('abc')).not.toContain('unsafe-inline');
  });
});
