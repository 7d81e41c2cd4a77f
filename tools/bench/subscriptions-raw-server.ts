/**
 * The subscriptions bench's baseline, run as a process of its own (`node
 * tools/scripts/run-ts.js tools/bench/subscriptions-raw-server.ts`): a node:http server with
 * a plain `ws` WebSocketServer on it. Every POST /publish carries a payload (what a
 * graphql-ws `next` message of the API carries); the server wraps it once as graphql-ws
 * would (`{"id":"1","type":"next","payload":…}`) and sends it to every connected client,
 * then answers 204. No authentication, no protocol, no per-client work: a broadcast.
 * Prints its port when listening.
 */
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

const server = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/publish') {
    res.writeHead(404).end();
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', () => {
    const message = `{"id":"1","type":"next","payload":${body}}`;
    for (const client of wss.clients) client.send(message);
    res.writeHead(204).end();
  });
});
const wss = new WebSocketServer({ server, path: '/ws' });

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`raw ws listening on ${(server.address() as AddressInfo).port}\n`);
});
