import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * The test harness's GOV.UK Notify API key: `{name}-{service id}-{secret key}`, as Notify
 * issues them. Only this stub trusts it; production refuses it (SHIPPED_SECRETS).
 */
export const TEST_NOTIFY_API_KEY =
  'muster_test-09ca9ab0-6d45-46a3-819d-9c86be5a0508-02a03374-68df-473b-ab7d-5d0a2b3b0f48';
/** The stub's one SMS template, whose content is `((message))`. */
export const TEST_NOTIFY_SMS_TEMPLATE_ID = 'e32df58d-d704-4ae4-b5ce-3ca508988040';

const SERVICE_ID = TEST_NOTIFY_API_KEY.slice(-73, -37);
const SECRET_KEY = TEST_NOTIFY_API_KEY.slice(-36);
/** Notify refuses a token issued more than 30 seconds from its own clock. */
const CLOCK_SKEW_SECONDS = 30;

/** A text message the stub accepted (or refused), as Muster sent it. */
export interface ReceivedSms {
  id: string;
  phoneNumber: string;
  templateId: string;
  personalisation: Record<string, unknown>;
  reference: string | null;
  /** The whole JSON body, to check nothing else was sent. */
  body: Record<string, unknown>;
}

/**
 * Decides whether to fail a send the stub would accept: an HTTP status (400, 403, 429,
 * 500, …) answered with Notify's error body, or null to accept. `attempt` counts the
 * sends to the same number (1, 2, …).
 */
export type NotifyBehaviour = (sms: ReceivedSms, attempt: number) => number | null;

export interface NotifyStub {
  /** Called with each message it accepts (the by-hand stub prints them). */
  onSms?: (sms: ReceivedSms) => void;
  port: number;
  /** Messages accepted, oldest first. */
  received: ReceivedSms[];
  /** Sends to each number that passed authentication and validation, accepted or failed on purpose. */
  attempts: Map<string, number>;
  /** Requests refused, with the status and Notify's error type (a bad token, a bad number, …). */
  refused: { status: number; error: string; message: string }[];
  behave(behaviour: NotifyBehaviour): void;
  /** The environment that points Muster at this stub. */
  env: Record<string, string>;
  close(): Promise<void>;
}

const ERROR_TYPES: Record<number, [string, string]> = {
  400: ['BadRequestError', "Can't send to this recipient using a team-only API key"],
  403: ['AuthError', 'Invalid token: API key not found'],
  429: ['RateLimitError', 'Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds'],
  500: ['Exception', 'Internal server error'],
};

/**
 * A local HTTP server speaking GOV.UK Notify's send-SMS endpoint
 * (`POST /v2/notifications/sms`) as the Notify client expects it: a bearer JWT (HS256,
 * `iss` the service id, `iat` within 30 seconds) signed with the key's secret, checked
 * like Notify checks it; the template id, a UK mobile number and the template's
 * personalisation validated; 201 with Notify's response body, or Notify's error bodies.
 */
export async function startNotifyStub(port = 0): Promise<NotifyStub> {
  let behaviour: NotifyBehaviour = () => null;
  const stub: Omit<NotifyStub, 'port' | 'env' | 'close'> = {
    received: [],
    attempts: new Map(),
    refused: [],
    behave: (b) => (behaviour = b),
  };
  let base = '';

  const refuse = (res: ServerResponse, status: number, error: string, message: string) => {
    stub.refused.push({ status, error, message });
    json(res, status, { status_code: status, errors: [{ error, message }] });
  };

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    if (req.method !== 'POST' || req.url !== '/v2/notifications/sms')
      return refuse(res, 404, 'NotFound', 'The requested URL was not found on the server.');
    const auth = tokenProblem(req.headers.authorization);
    if (auth) return refuse(res, 403, 'AuthError', auth);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return refuse(res, 400, 'BadRequestError', 'Invalid JSON supplied in POST data');
    }
    const phoneNumber = typeof body.phone_number === 'string' ? body.phone_number : '';
    if (!/^\+447\d{9}$/.test(phoneNumber.replace(/\s/g, '')))
      return refuse(res, 400, 'ValidationError', 'phone_number Not a UK mobile number');
    if (body.template_id !== TEST_NOTIFY_SMS_TEMPLATE_ID)
      return refuse(res, 400, 'BadRequestError', 'Template not found');
    const personalisation = (body.personalisation ?? {}) as Record<string, unknown>;
    if (typeof personalisation.message !== 'string')
      return refuse(res, 400, 'BadRequestError', 'Missing personalisation: message');
    const sms: ReceivedSms = {
      id: randomUUID(),
      phoneNumber,
      templateId: body.template_id,
      personalisation,
      reference: typeof body.reference === 'string' ? body.reference : null,
      body,
    };
    const attempt = (stub.attempts.get(phoneNumber) ?? 0) + 1;
    stub.attempts.set(phoneNumber, attempt);
    const fail = behaviour(sms, attempt);
    if (fail !== null) {
      const [error, message] = ERROR_TYPES[fail] ?? ['Exception', `Failed by the test stub (${fail})`];
      return refuse(res, fail, error, message);
    }
    stub.received.push(sms);
    (stub as NotifyStub).onSms?.(sms);
    json(res, 201, {
      id: sms.id,
      reference: sms.reference,
      content: { body: personalisation.message, from_number: 'Muster' },
      uri: `${base}/v2/notifications/${sms.id}`,
      template: { id: sms.templateId, version: 1, uri: `${base}/services/${SERVICE_ID}/templates/${sms.templateId}` },
    });
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const listening = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${listening}`;
  return Object.assign(stub, {
    port: listening,
    env: {
      NOTIFY_API_KEY: TEST_NOTIFY_API_KEY,
      NOTIFY_SMS_TEMPLATE_ID: TEST_NOTIFY_SMS_TEMPLATE_ID,
      NOTIFY_BASE_URL: base,
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Why Notify would refuse this Authorization header, or undefined when it is a good token of the test key. */
function tokenProblem(header: string | undefined): string | undefined {
  const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
  if (!token) return 'Unauthorized: authentication token must be provided';
  const parts = token.split('.');
  if (parts.length !== 3) return 'Invalid token: signature, api token is not valid';
  const [head, claims, signature] = parts;
  let header_: { alg?: unknown; typ?: unknown };
  let payload: { iss?: unknown; iat?: unknown };
  try {
    header_ = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as typeof header_;
    payload = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as typeof payload;
  } catch {
    return 'Invalid token: signature, api token is not valid';
  }
  if (header_.alg !== 'HS256') return 'Invalid token: algorithm used is not HS256';
  if (payload.iss !== SERVICE_ID) return 'Invalid token: service not found';
  const expected = createHmac('sha256', SECRET_KEY).update(`${head}.${claims}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'Invalid token: API key not found';
  if (typeof payload.iat !== 'number') return 'Invalid token: missing iat';
  // Notify's clock is the real one, not a test's FixedClock: so is the client's token.
  if (Math.abs(Date.now() / 1000 - payload.iat) > CLOCK_SKEW_SECONDS)
    return 'Error: Your system clock must be accurate to within 30 seconds';
  return undefined;
}
