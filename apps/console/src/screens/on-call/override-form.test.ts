import { describe, expect, it } from 'vitest';
import { londonDateTime } from '../../components/time';
import { coverCandidates, EMPTY_OVERRIDE, mayEditRotas, overrideInput, validateOverride } from './override-form';

const NOW = Date.parse('2026-11-29T12:00:00Z');
const filled = {
  ...EMPTY_OVERRIDE,
  rotaId: 'r1',
  userId: 'u2',
  fromDay: '2026-12-05',
  fromTime: '09:00',
  toDay: '2026-12-06',
  toTime: '09:00',
  reason: 'Annual leave swap',
};

describe('cover on a rota', () => {
  it('reads UK dates and times, in winter and in summer', () => {
    expect(londonDateTime('2026-12-05', '09:00')).toBe('2026-12-05T09:00:00.000Z');
    expect(londonDateTime('2026-07-05', '09:00')).toBe('2026-07-05T08:00:00.000Z');
    expect(londonDateTime('2026-02-30', '09:00')).toBeNull();
    expect(londonDateTime('2026-12-05', '25:00')).toBeNull();
  });

  it('names every missing answer, and an end before the start or in the past', () => {
    expect(validateOverride(EMPTY_OVERRIDE, NOW).map((p) => p.field)).toEqual([
      'override-rota',
      'override-person',
      'override-from-day',
      'override-to-day',
      'override-reason',
    ]);
    expect(validateOverride({ ...filled, toDay: '2026-12-04' }, NOW)).toEqual([
      { field: 'override-to-day', message: 'The cover must end after it starts' },
    ]);
    expect(validateOverride({ ...filled, fromDay: '2026-11-01', toDay: '2026-11-02' }, NOW)).toEqual([
      { field: 'override-to-day', message: 'The cover must end in the future' },
    ]);
    expect(validateOverride(filled, NOW)).toEqual([]);
  });

  it('sends the instants and records the person recording it as agreeing', () => {
    expect(overrideInput(filled, 'me')).toEqual({
      rotaId: 'r1',
      userId: 'u2',
      agreedByUserId: 'me',
      startsAt: '2026-12-05T09:00:00.000Z',
      endsAt: '2026-12-06T09:00:00.000Z',
      reason: 'Annual leave swap',
    });
  });

  it('offers the people on the rota once each, by name; only EPRR leads and administrators edit', () => {
    const rota = {
      layers: [
        {
          participants: [
            { userId: 'b', displayName: 'Zara' },
            { userId: 'a', displayName: 'Amal' },
          ],
        },
        { participants: [{ userId: 'a', displayName: 'Amal' }] },
      ],
    };
    expect(coverCandidates(rota)).toEqual([
      { userId: 'a', displayName: 'Amal' },
      { userId: 'b', displayName: 'Zara' },
    ]);
    expect(mayEditRotas(['EPRR_LEAD'])).toBe(true);
    expect(mayEditRotas(['RESPONDER', 'VIEWER'])).toBe(false);
  });
});
