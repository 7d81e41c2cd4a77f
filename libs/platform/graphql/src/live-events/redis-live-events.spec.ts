import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { ConfigError, RedisSettings } from '@muster/platform-config';
import { createLogger } from '@muster/platform-core';
import { RedisLiveEvents } from './redis-live-events';

/** A port nothing listens on: Redis "down" without touching the one other suites share. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 1;
}

function logLines() {
  const lines: { level: number; msg: string }[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as { level: number; msg: string });
      done();
    },
  });
  return { lines, logger: createLogger('info', 'json', stream) };
}

const settings = (port: number, requiredAtStart: boolean): RedisSettings => ({
  url: `redis://:not-for-logs@127.0.0.1:${port}`,
  channelPrefix: 'unit:',
  connectTimeoutMs: 300,
  publishTimeoutMs: 200,
  requiredAtStart,
});

/** No Redis needed: what happens when REDIS_URL points at nothing. */
describe('live events through a Redis that cannot be reached', () => {
  it('refuse to start where Redis is required (production), with one line naming the address and never the password', async () => {
    const port = await closedPort();
    const { lines, logger } = logLines();
    const started = RedisLiveEvents.connect(settings(port, true), logger);
    await expect(started).rejects.toThrow(ConfigError);
    await expect(started).rejects.toThrow(
      `Configuration error: REDIS_URL points at a Redis that cannot be reached (127.0.0.1:${port}: ECONNREFUSED); production does not start without it`,
    );
    expect(lines).toEqual([]);
  });

  it('start degraded elsewhere: one warning, publishes that neither throw nor wait, subscriptions that end at once, a quick close', async () => {
    const port = await closedPort();
    const { lines, logger } = logLines();
    const live = await RedisLiveEvents.connect(settings(port, false), logger);
    try {
      expect(lines.map((l) => [l.level, l.msg])).toEqual([
        [
          40,
          `REDIS_URL points at a Redis that cannot be reached (127.0.0.1:${port}: ECONNREFUSED): starting without live events until it answers (retrying in the background)`,
        ],
      ]);
      expect(JSON.stringify(lines)).not.toContain('not-for-logs');
      for (let n = 0; n < 3; n++)
        await expect(live.publish('notifications:u1', { n, at: new Date() })).resolves.toBeUndefined();
      // Three dropped events, one line about them.
      expect(lines.slice(1).map((l) => l.msg)).toEqual([
        'live events: cannot publish to Redis; events are dropped until it answers (logged once; subscribers catch up from their inbox)',
      ]);
      // A payload the codec refuses is a bug of the publisher: that one does throw.
      await expect(live.publish('notifications:u1', { n: BigInt(1) })).rejects.toThrow(TypeError);

      const events = live.listen<{ n: number }>('notifications:u1');
      const pending = events.next();
      // Ending a subscription whose SUBSCRIBE waits for Redis does not wait with it.
      await expect(events.return?.()).resolves.toEqual({ value: undefined, done: true });
      await expect(pending).resolves.toEqual({ value: undefined, done: true });
    } finally {
      await live.close();
    }
    expect(lines.filter((l) => l.level >= 40)).toHaveLength(2);
  });
});

describe('live events through a Redis that refuses a SUBSCRIBE (an ACL without the channels)', () => {
  it('end those subscriptions with a log line each, and the process stays up (no unhandled rejection)', () => {
    // In a process of its own: jest's sandbox would swallow the unhandled rejection that ends a real one.
    const result = spawnSync(
      process.execPath,
      ['tools/scripts/run-ts.js', 'libs/platform/graphql/src/live-events/refused-subscribe.scenario.ts'],
      {
        cwd: join(__dirname, '../../../../..'),
        env: { PATH: process.env.PATH ?? '' },
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string });
    expect(lines.map((l) => l.msg)).toEqual([
      'live events: could not subscribe to a Redis channel; ending the subscription',
      'live events: could not subscribe to a Redis channel; ending the subscription',
      'both subscriptions ended; still running',
    ]);
  });
});
