import { describe, expect, it } from 'vitest';
import { linkOf, unreadIds } from './inbox';

describe('the inbox', () => {
  it('links a notification to the screen of its subject when there is one', () => {
    expect(linkOf({ entityType: 'runbook', entityId: 'r1' })).toBe('/runbooks/r1');
    expect(linkOf({ entityType: 'organisation', entityId: 'o1' })).toBe('/readiness/o1');
    expect(linkOf({ entityType: 'api_key', entityId: 'k1' })).toBeNull();
    expect(linkOf({ entityType: 'runbook', entityId: null })).toBeNull();
  });

  it('marks at most 100 unread at once', () => {
    const list = Array.from({ length: 150 }, (_, i) => ({
      id: String(i),
      readAt: i % 2 ? '2026-11-29T00:00:00Z' : null,
    }));
    expect(unreadIds(list)).toHaveLength(75);
    expect(unreadIds([...list, ...list.map((n) => ({ ...n, id: `x${n.id}` }))])).toHaveLength(100);
  });
});
