import { DomainError } from '@muster/platform-core';
import { Notification } from './notification.types';
import { LiveNotification } from '../outbox/notifications.service';

/** What the stream yields: the field's value, or the end of a connection whose credentials lapsed. */
export type StreamEvent = { notificationReceived: Notification } | typeof CREDENTIALS_ENDED;

export const CREDENTIALS_ENDED = Symbol('credentials ended');

/** The subscription field's resolver: the notification, or UNAUTHENTICATED once the credentials have lapsed. */
export function resolveStreamEvent(event: StreamEvent): Notification {
  if (event === CREDENTIALS_ENDED) {
    throw DomainError.unauthenticated('Your session has ended: sign in again and subscribe again');
  }
  return event.notificationReceived;
}

/**
 * One subscriber's notifications: the events of their topic, filtered by recipient, each
 * sent only after their credentials are checked again (`stillValid`: the token in date,
 * the session live, the person active), so a sign-out or deactivation ends the stream at
 * its next event with UNAUTHENTICATED rather than sending on. Written as an iterator, not
 * an async generator: `return()` must end a subscription that is waiting for an event.
 */
export class NotificationStream implements AsyncIterableIterator<StreamEvent> {
  private ended = false;

  constructor(
    private readonly events: AsyncIterableIterator<LiveNotification>,
    private readonly userId: string,
    private readonly stillValid: () => Promise<boolean>,
  ) {}

  async next(): Promise<IteratorResult<StreamEvent>> {
    while (!this.ended) {
      const next = await this.events.next();
      if (next.done) break;
      if (next.value.recipientUserId !== this.userId) continue;
      if (!(await this.stillValid())) {
        await this.return();
        return { value: CREDENTIALS_ENDED, done: false };
      }
      return { value: { notificationReceived: next.value.notification }, done: false };
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<StreamEvent>> {
    this.ended = true;
    await this.events.return?.();
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<StreamEvent>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
