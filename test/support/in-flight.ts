import { once } from 'node:events';
import { request } from 'node:http';
import { Client } from 'pg';
import { workerDatabaseUrl } from './test-app';

/**
 * A GraphQL request that is known to be in the server: it asks `Expect: 100-continue` and
 * sends its body only once the server has taken the request (answered "100 Continue").
 */
export async function inFlight(port: number, query: string, token: string) {
  const body = JSON.stringify({ query });
  const req = request({
    host: '127.0.0.1',
    port,
    path: '/graphql',
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      authorization: `Bearer ${token}`,
      expect: '100-continue',
    },
  });
  // What the client ends up with: a complete response, or the error that cut it off.
  const response = new Promise<{ status?: number; connection?: string; body?: string; error?: string }>((resolve) => {
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, connection: res.headers.connection, body: text }));
      res.on('error', (error) => resolve({ error: error.message }));
    });
    req.on('error', (error) => resolve({ error: error.message }));
  });
  await once(req, 'continue');
  req.end(body);
  return { response };
}

/** Holds an exclusive lock on the organisation table, so requests that read it wait. */
export async function lockOrganisations(): Promise<{ release(): Promise<void> }> {
  const db = new Client({ connectionString: workerDatabaseUrl() });
  await db.connect();
  await db.query('BEGIN');
  await db.query('LOCK TABLE organisation IN ACCESS EXCLUSIVE MODE');
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      await db.query('ROLLBACK');
      await db.end();
    },
  };
}
