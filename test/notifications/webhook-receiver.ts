import { createServer, IncomingHttpHeaders } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedPost {
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  status: number;
}

export interface WebhookReceiver {
  url: string;
  posts: ReceivedPost[];
  /** The status to answer the n-th post (1, 2, …) with. */
  answer(statusOf: (n: number) => number): void;
  close(): Promise<void>;
}

/** A local HTTP server standing in for a Teams webhook: it keeps every post and answers what the test says. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  let statusOf: (n: number) => number = () => 200;
  const posts: ReceivedPost[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const status = statusOf(posts.length + 1);
      posts.push({
        headers: req.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as ReceivedPost['body'],
        status,
      });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? '1' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/webhookb2/test-token-0123456789/IncomingWebhook/abcd`,
    posts,
    answer: (f) => (statusOf = f),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
