/** Where a notification's subject is seen in the console, if it has a screen. */
export function linkOf(about: { entityType: string; entityId?: string | null }): string | null {
  if (!about.entityId) return null;
  switch (about.entityType) {
    case 'runbook':
      return `/runbooks/${about.entityId}`;
    case 'organisation':
      return `/readiness/${about.entityId}`;
    default:
      return null;
  }
}

/** The unread ones among a page of notifications, at most 100 (what markNotificationsRead takes at once). */
export function unreadIds(list: readonly { id: string; readAt?: string | null }[]): string[] {
  return list
    .filter((n) => !n.readAt)
    .map((n) => n.id)
    .slice(0, 100);
}
