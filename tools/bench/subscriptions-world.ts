import { Client } from 'pg';
import { eventHasher } from '@muster/platform-audit';
import { PasswordHasher } from '@muster/identity';
import { EMPTY_SIZE, generateSystem } from './generate';

/** Incident n of the seed is led by organisation n; its commander is person n-1 (`u<n>-1@bench.nhs.uk`). */
export const SINGLE_INCIDENT = 2;
export const REDIS_INCIDENT = 3;
/** The viewers are members of this organisation: it leads incident 3 and is affected by incident 2. */
const VIEWERS_ORGANISATION = 3;

/**
 * The incident's own fields, as the baseline sends them. (Nested fields once showed what the
 * first delivery read, for ever — the subscription's loaders lived on its context; each
 * delivery now renews them, test/incidents/incident-subscriptions.spec.ts.)
 */
const FIELDS = 'id reference status type level version';
export const SUBSCRIPTION = `subscription ($id: ID!) { incidentChanged(id: $id) { ${FIELDS} } }`;
const INCIDENT = `query ($id: ID!) { incident(id: $id) { ${FIELDS} } }`;
const CHANGE = `mutation ($input: ChangeIncidentLevelInput!) { changeIncidentLevel(input: $input) { ${FIELDS} } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`;

export const viewerEmail = (k: number) => `viewer${k}@subscriptions.bench.nhs.uk`;
export const commanderEmail = (incident: number) => `u${incident}-1@bench.nhs.uk`;

/**
 * The system generator at its smallest (3 organisations, 3 incidents — 2 and 3 live — with their
 * command roles, chained audit events hashed with the API's key), plus `users`
 * viewers of organisation 3, who may see incidents 2 and 3; everyone's password is `password`.
 */
export async function seedSubscriptionsWorld(
  url: string,
  hmacKey: string,
  users: number,
  password: string,
  log: (line: string) => void,
): Promise<void> {
  const hash = await new PasswordHasher().hash(password);
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await generateSystem(
      db,
      { ...EMPTY_SIZE, organisations: 3, incidents: 3, participants: 15, auditEvents: 6, timelineEventsPerIncident: 2 },
      { seed: 8, now: new Date(), hasher: eventHasher(hmacKey), log },
    );
    await db.query(`UPDATE app_user SET password_hash = $1`, [hash]);
    // Level 1, so that the incident's own commander may change its type (level 2 and above
    // needs the ICB's); the type typeAt says for its version.
    await db.query(
      `UPDATE incident SET level = 1, type = CASE WHEN version % 2 = 1 THEN 'BUSINESS_CONTINUITY' ELSE 'CRITICAL' END`,
    );
    await db.query(
      `INSERT INTO app_user (email, display_name, password_hash)
       SELECT 'viewer' || k || '@subscriptions.bench.nhs.uk', 'Bench viewer ' || k, $2 FROM generate_series(1, $1::int) k`,
      [users, hash],
    );
    await db.query(
      `INSERT INTO membership (user_id, organisation_id, role)
       SELECT id, md5('org' || $1)::uuid, 'VIEWER' FROM app_user WHERE email LIKE 'viewer%@subscriptions.bench.nhs.uk'`,
      [VIEWERS_ORGANISATION],
    );
  } finally {
    await db.end();
  }
}

/** The id of the generator's incident n (by its reference). */
export async function incidentId(url: string, n: number): Promise<string> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const reference = `INC-2020-${String(n).padStart(4, '0')}`;
    const rows = (await db.query<{ id: string }>(`SELECT id::text FROM incident WHERE reference = $1`, [reference]))
      .rows;
    if (!rows[0]) throw new Error(`no incident ${reference}`);
    return rows[0].id;
  } finally {
    await db.end();
  }
}

interface Answer<T> {
  data?: T | null;
  errors?: unknown[];
}

export async function gql<T>(
  apiUrl: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const answer = JSON.parse(text) as Answer<T>;
  if (res.status !== 200 || answer.errors || !answer.data)
    throw new Error(`${apiUrl} answered ${res.status}: ${text.slice(0, 300)}`);
  return answer.data;
}

/** Access tokens of `emails`, signed in through the API, `concurrency` at a time (each is an argon2 verification). */
export async function signIn(apiUrl: string, emails: string[], password: string, concurrency = 4): Promise<string[]> {
  const tokens: string[] = new Array<string>(emails.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < emails.length) {
        const k = next++;
        const data = await gql<{ login: { accessToken: string } }>(apiUrl, null, LOGIN, {
          input: { email: emails[k], password },
        });
        tokens[k] = data.login.accessToken;
      }
    }),
  );
  return tokens;
}

/** The type an incident has at `version` in this bench: each change flips it. */
export const typeAt = (version: number) => (version % 2 ? 'BUSINESS_CONTINUITY' : 'CRITICAL');

/**
 * What a subscriber of incident `id` must receive at each version: the exact text of the
 * `next` payload, built from the incident as a viewer reads it over HTTP; and its version now.
 */
export async function payloadTemplate(
  apiUrl: string,
  viewerToken: string,
  id: string,
): Promise<{ payloadOf: (version: number) => string; version: number }> {
  const { incident } = await gql<{ incident: Record<string, unknown> }>(apiUrl, viewerToken, INCIDENT, { id });
  return {
    payloadOf: (version) =>
      JSON.stringify({ data: { incidentChanged: { ...incident, type: typeAt(version), version } } }),
    version: incident.version as number,
  };
}

/** Changes answered SERVICE_UNAVAILABLE and made again (the API's pool busy with deliveries). */
export const publishRetries = { count: 0 };

/**
 * Changes incident `id` at `version` through the real mutation, as its commander: its type
 * flips (typeAt), with a reason on the timeline; the new version. Answered
 * SERVICE_UNAVAILABLE ("try again shortly": no connection of the API's pool came free in
 * time, nothing was changed), it is made again, as a client would, and counted.
 */
export async function changeIncident(
  apiUrl: string,
  commanderToken: string,
  id: string,
  version: number,
): Promise<number> {
  const input = { id, version, type: typeAt(version + 1), reason: `Bench change to version ${version + 1}` };
  for (let attempt = 1; ; attempt++) {
    try {
      const data = await gql<{ changeIncidentLevel: { version: number; type: string } }>(
        apiUrl,
        commanderToken,
        CHANGE,
        { input },
      );
      const changed = data.changeIncidentLevel;
      if (changed.version !== version + 1 || changed.type !== typeAt(version + 1))
        throw new Error(`changeIncidentLevel answered ${JSON.stringify(changed)} for version ${version}`);
      return changed.version;
    } catch (error) {
      if (attempt === 40 || !String(error).includes('"SERVICE_UNAVAILABLE"')) throw error;
      publishRetries.count++;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
