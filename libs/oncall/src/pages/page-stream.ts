import { LivePage } from './page-live';

/**
 * One person's pages: the events of their topic, filtered by recipient, each sent only after
 * their credentials are checked again, so a sign-out ends the stream at its next event
 * (NotificationStream's pattern). An iterator, so `return()` ends a waiting subscription.
 */
export class PageStream implements AsyncIterableIterator<LivePage | typeof PageStream.ENDED> {
  static readonly ENDED = Symbol('credentials ended');
  private ended = false;

  constructor(
    private readonly events: AsyncIterableIterator<LivePage>,
    private readonly userId: string,
    private readonly stillValid: () => Promise<boolean>,
  ) {}

  async next(): Promise<IteratorResult<LivePage | typeof PageStream.ENDED>> {
    while (!this.ended) {
      const next = await this.events.next();
      if (next.done) break;
      if (next.value.recipientUserId !== this.userId) continue;
      if (!(await this.stillValid())) {
        await this.return();
        return { value: PageStream.ENDED, done: false };
      }
      return { value: next.value, done: false };
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<LivePage>> {
    this.ended = true;
    await this.events.return?.();
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<LivePage>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
