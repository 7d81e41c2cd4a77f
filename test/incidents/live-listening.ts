import { LiveEvents } from '@muster/platform-graphql';
import { TestApp } from '@muster/testing';

/** Resolves once the app listens to `topic` `count` more times (the server sets a subscription up asynchronously). */
export function listeningTo(t: TestApp, topic: string, count = 1): Promise<void> {
  const live = t.app.get(LiveEvents);
  const original = live.listen.bind(live);
  let left = count;
  return new Promise((resolve) => {
    const spy = jest.spyOn(live, 'listen').mockImplementation(<E>(name: string) => {
      const events = original<E>(name);
      if (name !== topic) return events;
      const next = events.next.bind(events);
      events.next = () => {
        const pulled = next();
        if (--left === 0) {
          spy.mockRestore();
          resolve();
        }
        return pulled;
      };
      return events;
    });
  });
}
