/**
 * By hand, not a test: what the alias attacks of issue 9 do to another signed-in user's
 * latency. Run it against a server you started (any version, so the same script measures
 * before and after a fix):
 *
 *   MUSTER_ADMIN_EMAIL=admin@example.org MUSTER_ADMIN_PASSWORD='a long passphrase' \
 *     NODE_ENV=production JWT_SECRET=$(openssl rand -base64 32) PORT=3100 \
 *     DATABASE_URL=postgres://postgres@127.0.0.1:5432/scratch npm start
 *   MUSTER_URL=http://127.0.0.1:3100/graphql MUSTER_ADMIN_EMAIL=… MUSTER_ADMIN_PASSWORD=… \
 *     node tools/scripts/run-ts.js tools/scripts/alias-attack.ts
 *
 * Phases: the victim alone; the victim while four attackers each repeat a 1,000-alias list
 * query; then one anonymous request aliasing `logout` 5,000 times. It creates one user.
 */
import { randomBytes } from 'node:crypto';

const url = process.env.MUSTER_URL ?? 'http://127.0.0.1:3000/graphql';
const PHASE_MS = Number(process.env.PHASE_MS ?? 10_000);
const ATTACKERS = 4;

interface Answer {
  status: number;
  ms: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<Answer, 'status' | 'ms'>;
  return { status: res.status, ms: performance.now() - started, ...body };
}

async function login(email: string, password: string): Promise<string> {
  const res = await gql('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { email, password },
  });
  const token = (res.data?.login as { accessToken?: string } | undefined)?.accessToken;
  if (!token) throw new Error(`login of ${email} failed: ${JSON.stringify(res.errors)}`);
  return token;
}

/** A second person (VIEWER of the admin's organisation): the victim. */
async function createVictim(adminToken: string): Promise<string> {
  const me = await gql('{ me { grants { organisation { id } } } }', {}, adminToken);
  const organisationId = (me.data?.me as { grants: { organisation: { id: string } }[] }).grants[0].organisation.id;
  const email = `victim-${randomBytes(4).toString('hex')}@example.org`;
  const password = `${randomBytes(8).toString('hex')} quiet harbour lamp`;
  const created = await gql(
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { organisationId, email, displayName: 'Victim', role: 'VIEWER', password } },
    adminToken,
  );
  if (created.errors) throw new Error(`createUser failed: ${JSON.stringify(created.errors)}`);
  return login(email, password);
}

const VICTIM_QUERY =
  '{ me { label grants { role organisation { id name } } } organisations(first: 20) { nodes { id name odsCode } } }';
const ATTACK_QUERY = `{ ${Array.from({ length: 1_000 }, (_, i) => `a${i}: organisations(first: 100) { nodes { id name odsCode kind } }`).join(' ')} }`;

/** Sends `query` one request after another until `until`; returns each latency. */
async function loop(until: number, send: () => Promise<Answer>, seen?: Map<string, number>): Promise<number[]> {
  const latencies: number[] = [];
  while (Date.now() < until) {
    const answer = await send();
    latencies.push(answer.ms);
    const outcome = `${answer.status} ${answer.errors?.[0]?.extensions?.code ?? 'ok'}`;
    seen?.set(outcome, (seen.get(outcome) ?? 0) + 1);
  }
  return latencies;
}

function summary(latencies: number[]): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(1);
  return `n=${sorted.length} p50=${at(0.5)} ms p95=${at(0.95)} ms max=${sorted[sorted.length - 1].toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const email = process.env.MUSTER_ADMIN_EMAIL;
  const password = process.env.MUSTER_ADMIN_PASSWORD;
  if (!email || !password)
    throw new Error('Set MUSTER_ADMIN_EMAIL and MUSTER_ADMIN_PASSWORD (the server’s first administrator)');
  const attackerToken = await login(email, password);
  const victimToken = await createVictim(attackerToken);
  const victim = () => gql(VICTIM_QUERY, {}, victimToken);
  await loop(Date.now() + 1_000, victim); // warm up

  const alone = await loop(Date.now() + PHASE_MS, victim);
  console.log(`victim alone:                 ${summary(alone)}`);

  const until = Date.now() + PHASE_MS;
  const outcomes = new Map<string, number>();
  const attacks = Array.from({ length: ATTACKERS }, () =>
    loop(until, () => gql(ATTACK_QUERY, {}, attackerToken), outcomes),
  );
  const [underAttack, ...attackLatencies] = await Promise.all([loop(until, victim), ...attacks]);
  console.log(`victim under ${ATTACKERS} attackers:    ${summary(underAttack)}`);
  console.log(
    `attack requests (1,000 aliases): ${summary(attackLatencies.flat())}; answers ${JSON.stringify(Object.fromEntries(outcomes))}`,
  );

  const logouts = await gql(
    `mutation { ${Array.from({ length: 5_000 }, (_, i) => `a${i}: logout(refreshToken: "x${i}")`).join(' ')} }`,
  );
  console.log(
    `5,000 aliased logouts, anonymous: ${logouts.ms.toFixed(1)} ms, HTTP ${logouts.status}, ${logouts.errors?.[0]?.extensions?.code ?? 'ok'}`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
