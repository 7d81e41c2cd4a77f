/**
 * Run by redis-live-events.spec.ts in a process of its own (`node tools/scripts/run-ts.js
 * <this file>`): live events against a stand-in Redis that speaks just enough RESP — OK to
 * everything, an INFO for the ready check, NOPERM to SUBSCRIBE, as a Redis whose ACL does
 * not grant the channels would. Two subscribers ask, one after the other; both must end, and the
 * process must live on to say so (an unhandled rejection would end it with status 1).
 */
import { createServer, Socket } from 'node:net';
import { createLogger } from '@muster/platform-core';
import { RedisLiveEvents } from './redis-live-events';

async function main(): Promise<void> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('data', (data) => {
      const parts = data.toString().split('\r\n');
      for (let i = 0; i < parts.length; i++) {
        if (!parts[i].startsWith('*')) continue;
        const command = parts[i + 2].toLowerCase();
        const info = '# Server\r\nloading:0\r\n';
        if (command === 'info') socket.write(`$${info.length}\r\n${info}\r\n`);
        else if (command === 'subscribe')
          socket.write('-NOPERM this user has no permissions to access one of the channels used as arguments\r\n');
        else socket.write('+OK\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `redis://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const logger = createLogger('info');
  const live = await RedisLiveEvents.connect(
    { url, channelPrefix: 'scenario:', connectTimeoutMs: 2_000, publishTimeoutMs: 500, requiredAtStart: true },
    logger,
  );
  // One at a time: a subscriber joining a SUBSCRIBE under way would itself handle the library's deferred.
  const ended = [await live.listen('notifications:u1').next(), await live.listen('notifications:u2').next()];
  // Whatever the library left pending has had its turn to reject.
  await new Promise((resolve) => setTimeout(resolve, 100));
  if (ended.every((r) => r.done)) logger.info('both subscriptions ended; still running');
  await live.close();
  for (const socket of sockets) socket.destroy();
  server.close();
}

void main();
