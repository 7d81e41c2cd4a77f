import { decodeLiveEvent, encodeLiveEvent } from './live-event-codec';

const roundTrip = <T>(payload: T): T => decodeLiveEvent<T>(encodeLiveEvent(payload));

describe('the live event codec', () => {
  it('brings Dates back as Dates, at any depth, and everything else JSON has as it was', () => {
    const createdAt = new Date('2026-11-28T09:15:30.123Z');
    const payload = {
      recipientUserId: 'u-1',
      notification: {
        id: 'n-1',
        title: 'Runbook approved',
        urgent: false,
        createdAt,
        readAt: null,
        about: { entityId: null, count: 3 },
      },
      times: [createdAt, new Date(0)],
      text: '2026-11-28T09:15:30.123Z',
    };
    const back = roundTrip(payload);
    expect(back).toEqual(payload);
    expect(back.notification.createdAt).toBeInstanceOf(Date);
    expect(back.notification.createdAt.getTime()).toBe(createdAt.getTime());
    expect(back.times[1]).toBeInstanceOf(Date);
    // A string that looks like a date stays a string: only tagged values are revived.
    expect(typeof back.text).toBe('string');
    expect(roundTrip(createdAt)).toEqual(createdAt);
  });

  it('follows JSON for what it cannot carry, and refuses what would arrive as something else', () => {
    expect(roundTrip({ a: undefined, b: Number.NaN, c: [undefined] })).toEqual({ b: null, c: [null] });
    class Event {
      constructor(readonly id: string) {}
      get upper() {
        return this.id.toUpperCase();
      }
    }
    const back = roundTrip(new Event('x'));
    expect(back).toEqual({ id: 'x' });
    expect(back).not.toBeInstanceOf(Event);
    expect(() => encodeLiveEvent({ n: BigInt(1) })).toThrow(TypeError);
    expect(() => encodeLiveEvent({ when: new Date(Number.NaN) })).toThrow('invalid Date');
    expect(() => encodeLiveEvent({ sneaky: { $date: '2026-01-01T00:00:00.000Z' } })).toThrow('reserved for dates');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => encodeLiveEvent(cycle)).toThrow(TypeError);
  });
});
