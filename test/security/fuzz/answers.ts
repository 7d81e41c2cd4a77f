import { Agent, request } from 'node:http';
import fc from 'fast-check';
import { rawLiterals, requestBody } from './hostile-values';
import type { FuzzInput } from './mutation-inputs';

/**
 * The codes a refused request may carry: the API's own (README, "Errors are part of the
 * API") and those graphql-js and Apollo give a malformed request. TOO_MANY_REQUESTS is the
 * sign-in throttle's (login is fuzzed too). INTERNAL_SERVER_ERROR and SERVICE_UNAVAILABLE
 * are not here: neither is a caller's doing, with the database up.
 */
export const ALLOWED_CODES = new Set([
  'BAD_USER_INPUT',
  'CONFLICT',
  'FORBIDDEN',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
]);

/** What must never reach a caller: stack frames, SQL and driver texts, file paths, masked errors. */
const LEAKS: [string, RegExp][] = [
  // Each starts with a literal, so that a megabyte of echoed input is scanned in linear time.
  ['a stack frame', /\n\s+at |\bat [\w.<>]+ \(|\.(ts|js):\d+/],
  ['a file path', /\/(work|home|usr|app|src|tmp)\/|node_modules|[A-Z]:\\\\(Users|work)/],
  [
    'SQL or a database message',
    /\b(SELECT .* FROM|INSERT INTO|UPDATE "?\w+"? SET|DELETE FROM)\b|violates .* constraint|relation "|column "|syntax error at or near|invalid input syntax|out of range for type|duplicate key value|null value in column|invalid byte sequence|unsupported Unicode escape|QueryFailedError|bind message/i,
  ],
  [
    'an internal error',
    /Internal server error|INTERNAL_SERVER_ERROR|TypeError|ReferenceError|RangeError|Cannot read propert/,
  ],
];

export interface Answer {
  status: number;
  text: string;
  /** A GraphQL answer, or a refusal before GraphQL (a body too large) in the same error model: `{ code, message }`. */
  body?: {
    data?: unknown;
    errors?: { message?: string; extensions?: { code?: string } }[];
    code?: string;
    message?: string;
  };
}

// node:http with kept-alive connections: thousands of requests, and fetch costs more per request than the server's answer.
const agent = new Agent({ keepAlive: true });
const ANSWER_TIMEOUT_MS = 60_000;

/** A request as a client sends it, the raw text kept (a non-JSON answer is an answer too). */
export function post(url: string, query: string, variables: unknown, token?: string): Promise<Answer> {
  const body = Buffer.from(requestBody(query, variables));
  const headers: Record<string, string | number> = {
    'content-type': 'application/json',
    'content-length': body.length,
  };
  if (token) headers.authorization = `Bearer ${token}`;
  // A connection cut or left unanswered is an answer too (status 0): it fails its own input, named in the report.
  return new Promise((resolve) => {
    const reject = (error: Error) => resolve({ status: 0, text: `no answer: ${error.message}` });
    const req = request(url, { method: 'POST', headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const status = res.statusCode ?? 0;
        try {
          resolve({ status, text, body: JSON.parse(text) as Answer['body'] });
        } catch {
          resolve({ status, text });
        }
      });
    });
    req.setTimeout(ANSWER_TIMEOUT_MS, () => req.destroy(new Error(`no answer within ${ANSWER_TIMEOUT_MS / 1000} s`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** What is wrong with an answer (nothing: []). */
export function answerProblems(answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status === 0) problems.push(answer.text);
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  if (!answer.body && answer.status) problems.push(`HTTP ${answer.status} with a body that is not JSON`);
  const refusal =
    answer.body?.code === undefined ? [] : [{ message: answer.body.message, extensions: { code: answer.body.code } }];
  for (const error of [...(answer.body?.errors ?? []), ...refusal]) {
    const code = error.extensions?.code;
    if (!code || !ALLOWED_CODES.has(code)) problems.push(`error code ${String(code)}: ${error.message}`);
  }
  if (answer.body && !answer.body.errors?.length && !refusal.length && answer.body.data == null) {
    problems.push('neither data nor errors');
  }
  for (const [what, pattern] of LEAKS) {
    const found = pattern.exec(answer.text);
    if (found) problems.push(`${what} ("${found[0]}")`);
  }
  return problems;
}

/** The outcome of an answer, for the summary: `ok` or its first error code. */
export function outcome(answer: Answer): string {
  if (answer.status >= 500 || !answer.body) return `HTTP ${answer.status}`;
  return answer.body.errors?.[0]?.extensions?.code ?? answer.body.code ?? 'ok';
}

/** JSON with long strings and lists cut short, for failure messages. */
export function shortJson(value: unknown, limit = 2_000): string {
  const text = rawLiterals(
    JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'string' && v.length > 80) return `${v.slice(0, 40)}… (${v.length} chars)`;
      if (Array.isArray(v) && v.length > 10) return [...(v as unknown[]).slice(0, 3), `… (${v.length} items)`];
      return v;
    }),
  );
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** Prints an input briefly in fast-check's counterexamples (huge strings would flood them). */
export function printable(input: FuzzInput): FuzzInput {
  Object.defineProperty(input, fc.toStringMethod, {
    enumerable: false,
    value: () =>
      `${input.mutation} as ${input.caller} (${input.mode}${input.at ? ` ${input.at}` : ''}) ${shortJson(input.variables, 400)}`,
  });
  return input;
}
