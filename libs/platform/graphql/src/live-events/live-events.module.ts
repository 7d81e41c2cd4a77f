import { DynamicModule, Global, Module } from '@nestjs/common';
import type { RedisSettings } from '@muster/platform-config';
import type { Logger } from '@muster/platform-core';
import { InProcessLiveEvents, LiveEvents } from './live-events';
import { RedisLiveEvents } from './redis-live-events';

/**
 * `LiveEvents` for the whole app: through Redis when REDIS_URL is set, else in this process.
 * With Redis, the app does not finish starting until Redis answers or REDIS_CONNECT_TIMEOUT_MS
 * is over; then, unreachable, production refuses to start and elsewhere it starts degraded
 * (see RedisLiveEvents.connect). Its connections close when the app closes.
 */
@Global()
@Module({})
export class LiveEventsModule {
  static forRoot(redis: RedisSettings | undefined, logger: Logger): DynamicModule {
    return {
      module: LiveEventsModule,
      providers: [
        {
          provide: LiveEvents,
          useFactory: (): Promise<LiveEvents> | LiveEvents =>
            redis ? RedisLiveEvents.connect(redis, logger) : new InProcessLiveEvents(),
        },
      ],
      exports: [LiveEvents],
    };
  }
}
