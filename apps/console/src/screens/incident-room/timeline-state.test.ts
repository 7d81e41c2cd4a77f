import { describe, expect, it } from 'vitest';
import type { RoomTimelineEntryFragment } from '../../generated/graphql';
import { addLive, correctable, correctionsByEntry, mergeTimeline } from './timeline-state';

const entry = (id: string, at: string, extra: Partial<RoomTimelineEntryFragment> = {}): RoomTimelineEntryFragment => ({
  id,
  action: 'incident.timeline_entry_added',
  actorLabel: 'a@example.nhs.uk',
  occurredAt: at,
  summary: id,
  manual: false,
  text: null,
  entryId: null,
  correctsEntryId: null,
  ...extra,
});

describe('the live timeline', () => {
  it('merges loaded and live entries once each, newest first', () => {
    const a = entry('a', '2026-06-01T10:00:00Z');
    const b = entry('b', '2026-06-01T10:05:00Z');
    const c = entry('c', '2026-06-01T10:10:00Z');
    expect(mergeTimeline([b, a], [c, b]).map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });

  it('puts the latest arrival first among entries of the same instant', () => {
    const at = '2026-06-01T10:00:00Z';
    expect(mergeTimeline([entry('b', at), entry('a', at)], [entry('c', at), entry('d', at)]).map((e) => e.id)).toEqual([
      'd',
      'c',
      'b',
      'a',
    ]);
  });

  it('ignores a repeated live entry', () => {
    const a = entry('a', '2026-06-01T10:00:00Z');
    expect(addLive([a], a)).toHaveLength(1);
    expect(addLive([], a)).toHaveLength(1);
  });

  it('groups corrections under the entry they correct, oldest first', () => {
    const original = entry('1', '2026-06-01T10:00:00Z', { manual: true, entryId: 'e1', text: 'Pharmacy closed' });
    const first = entry('2', '2026-06-01T10:05:00Z', { manual: true, entryId: 'e2', correctsEntryId: 'e1' });
    const second = entry('3', '2026-06-01T10:09:00Z', { manual: true, entryId: 'e3', correctsEntryId: 'e1' });
    const map = correctionsByEntry(mergeTimeline([original, first, second], []));
    expect(map.get('e1')?.map((e) => e.id)).toEqual(['2', '3']);
    expect(correctable(original)).toBe(true);
    expect(correctable(entry('4', '2026-06-01T10:00:00Z'))).toBe(false);
  });
});
