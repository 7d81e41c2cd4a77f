import { Writable } from 'node:stream';
import { createLogger } from './logger';

/** A destination that keeps what it is given. */
function collector() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: async () => (await new Promise((resolve) => setImmediate(resolve)), chunks.join('')) };
}

describe('createLogger', () => {
  it('writes JSON lines, with secrets redacted', async () => {
    const out = collector();
    createLogger('info', 'json', out.stream).info({ operationName: 'Me', password: 'hunter2' }, 'graphql operation');
    const [line, ...rest] = (await out.text()).trimEnd().split('\n');
    expect(rest).toEqual([]);
    expect(JSON.parse(line)).toMatchObject({
      level: 30,
      service: 'muster-api',
      msg: 'graphql operation',
      operationName: 'Me',
      password: '[redacted]',
    });
  });

  it('writes one line a person can read in the pretty format: time, level, message, then the fields', async () => {
    const out = collector();
    const logger = createLogger('info', 'pretty', out.stream);
    logger.info({ operationName: 'Me', ms: 4.5, password: 'hunter2' }, 'graphql operation');
    logger.debug('below the level');
    expect(await out.text()).toMatch(
      /^\[\d{2}:\d{2}:\d{2}\.\d{3}\] INFO: graphql operation \{"operationName":"Me","ms":4.5,"password":"\[redacted\]"\}\n$/,
    );
  });
});
