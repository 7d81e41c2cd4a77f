/** Why a webhook URL may not be used, or null when it may. */
export function webhookUrlProblem(
  value: string,
  allowedHosts: readonly string[],
  requireHttps: boolean,
): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:' && (requireHttps || url.protocol !== 'http:'))
    return requireHttps ? 'must be https' : 'must be http or https';
  if (url.username || url.password) return 'must not carry a user name or password';
  if (!hostAllowed(url.hostname.toLowerCase(), allowedHosts)) {
    return `must be on an allowed host (NOTIFY_WEBHOOK_ALLOWED_HOSTS: ${allowedHosts.join(', ')})`;
  }
  return null;
}

/**
 * `*.example.com` allows any subdomain of example.com (not example.com itself); any other
 * entry allows exactly that host. The server posts to the URL an admin gives: the list keeps
 * it from being pointed at anything else on the network (a metadata service, the database).
 */
export function hostAllowed(host: string, allowedHosts: readonly string[]): boolean {
  return allowedHosts.some((allowed) =>
    allowed.startsWith('*.') ? host.endsWith(allowed.slice(1)) && host.length > allowed.length - 1 : host === allowed,
  );
}

/** What the API and the audit trail show of a URL: scheme, host and its last four characters (its token stays secret). */
export function maskWebhookUrl(value: string): string {
  try {
    const url = new URL(value);
    return `${url.protocol}//${url.host}/…${value.slice(-4)}`;
  } catch {
    return '…';
  }
}
