import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role } from '@muster/platform-access';
import { OrganisationKind, TeamFunction } from '@muster/identity';
import {
  createOrganisation,
  createTeam,
  createUser,
  errorCode,
  GraphqlResponse,
  startTestApp,
  TestApp,
  TestOrg,
  TestUser,
} from '@muster/testing';
import { report } from '../incidents/incident-api';
import { recordExercise } from '../exercises/exercise-api';
import { recordOk } from '../posture/cyber-alert-api';
import { draftWithSteps } from '../runbooks/runbook-api';
import {
  operationDocument,
  operationVariables,
  Placeholder,
  plainPlaceholder,
  RootField,
  rootFields,
} from './schema-operations';

/**
 * Every list of the schema (every root field with an `after` argument) is fed cursors it
 * did not write: garbage, well-formed JSON of the wrong types, values PostgreSQL would
 * refuse, and every other list's cursor. Each is BAD_USER_INPUT naming `after` — never a
 * database error — while the list's own cursor still pages.
 */

const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const decode = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];

/** Not a cursor of any list, whatever its sort keys. */
const GARBAGE = [
  'not a cursor',
  '%%%',
  encode('just text'),
  encode({ name: 'x' }),
  encode([]),
  encode(null),
  Buffer.from('[1,').toString('base64url'),
];
/** JSON values no sort key (text, uuid, timestamp, id) can take. */
const WRONG_TYPES: unknown[] = [1, null, true, { a: 1 }, ['x'], 'with\u0000nul', 'lone \ud800 surrogate'];
/** Strings some sort keys take and others do not: never a server error either way. */
const AWKWARD_STRINGS = [
  'not-a-uuid',
  '1',
  '2026-02-30T00:00:00.000Z',
  '9223372036854775808',
  '-1',
  '',
  "'; DROP TABLE audit_event; --",
];

describe('cursors: every list refuses a cursor it did not write as BAD_USER_INPUT on after', () => {
  let t: TestApp;
  let org: TestOrg;
  let caller: TestUser;
  let lists: RootField[];
  let incidentId: string;
  let exerciseId: string;
  const own = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp();
    const icb = await createOrganisation(t, { kind: OrganisationKind.ICB });
    org = await createOrganisation(t);
    // Every role in its organisation and the ICS-wide ones: every list answers.
    caller = await createUser(t, [
      ...[Role.ORG_ADMIN, Role.EPRR_LEAD].map((role) => ({ organisationId: org.id, role })),
      ...[Role.SYSTEM_ADMIN, Role.AUDITOR].map((role) => ({ organisationId: icb.id, role })),
    ]);
    await createTeam(t, org.id, TeamFunction.EPRR);
    await draftWithSteps(t, org.id, caller, 1);
    await t.gql.ok(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
      {
        input: { organisationId: org.id, role: Role.RESPONDER, name: 'SIEM' },
      },
      { token: caller.token },
    );
    // An incident for the incidents list and its timeline.
    incidentId = (await report(t, org.id, caller)).id;
    // An exercise for the exercises list, with an action for its nested actions list.
    exerciseId = (await recordExercise(t, caller, { organisingOrganisationId: org.id, heldAt: '2026-01-15T10:00:00Z' }))
      .data?.recordExercise.id as string;
    const { recordExerciseFinding: finding } = await t.gql.ok<{ recordExerciseFinding: { id: string } }>(
      `mutation($input: RecordExerciseFindingInput!) { recordExerciseFinding(input: $input) { id } }`,
      { input: { exerciseId, title: 'Cursor fixture finding' } },
      { token: caller.token },
    );
    await t.gql.ok(
      `mutation($input: RaiseExerciseActionsInput!) { raiseExerciseActions(input: $input) { id } }`,
      {
        input: {
          findingId: finding.id,
          actions: [0, 1].map((i) => ({
            organisationId: org.id,
            title: `Cursor fixture action ${i}`,
            function: 'EPRR',
          })),
        },
      },
      { token: caller.token },
    );
    // An NHS cyber alert to the organisation, recorded by the SOC, for cyberAlerts.
    const soc = await createOrganisation(t, { kind: OrganisationKind.SOC });
    await recordOk(t, await createUser(t, [{ organisationId: soc.id, role: Role.RESPONDER }]), {
      organisationIds: [org.id],
    });
    // An assignment of the caller's for the assignment lists.
    await t.gql.ok(
      `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`,
      {
        input: { organisationId: org.id, assigneeId: caller.id, title: 'Cursor fixture assignment', function: 'EPRR' },
      },
      { token: caller.token },
    );
    // An IG thread of the organisation due within 24 hours, for igDeadlines.
    const igOfficer = await createUser(t, [{ organisationId: org.id, role: Role.IG_OFFICER }]);
    await t.gql.ok(
      `mutation($input: OpenIgThreadInput!) { openIgThread(input: $input) { id } }`,
      { input: { incidentId, organisationId: org.id, awarenessAt: '2026-11-26T09:00:00Z' } },
      { token: igOfficer.token },
    );
    // A page of the organisation's on-call (nobody on call: it ends at once), for pages.
    await t.gql.ok(
      `mutation($input: PageOnCallInput!) { pageOnCall(input: $input) { id } }`,
      { input: { organisationId: org.id, duty: 'TACTICAL', message: 'Cursor fixture page' } },
      { token: caller.token },
    );
    lists = rootFields(t.app.get(GraphQLSchemaHost).schema).filter((f) => f.field.args.some((a) => a.name === 'after'));
    for (const list of lists) {
      const res = await page(list, undefined, 1);
      const connection = res.data?.[list.name] as { pageInfo: { endCursor: string | null } } | undefined;
      if (!connection?.pageInfo.endCursor)
        throw new Error(`${list.name} gave no cursor (${JSON.stringify(res.errors)}): give the fixture a row of it`);
      own.set(list.name, connection.pageInfo.endCursor);
    }
  });
  afterAll(() => t.close());

  // Own organisation for ids; the audit history of that organisation.
  const placeholder: Placeholder = (owner, field, type) => {
    if (owner === 'incidentTimeline' && field === 'incidentId') return incidentId;
    if (type.name === 'ID' || (owner === 'auditHistory' && field === 'entityId')) return org.id;
    if (owner === 'auditHistory' && field === 'entityType') return 'organisation';
    return plainPlaceholder(owner, field, type);
  };

  function page(list: RootField, after: string | undefined, first = 2): Promise<GraphqlResponse> {
    const variables = { ...operationVariables(list, placeholder), first, after };
    return t.gql.request(operationDocument(list, '{ pageInfo { endCursor } }'), variables, { token: caller.token });
  }

  /** Why `res` is not BAD_USER_INPUT on after, or null. */
  const notRefused = (res: GraphqlResponse) =>
    errorCode(res) === 'BAD_USER_INPUT' && res.errors?.[0].extensions?.fields?.every((f) => f.field === 'after')
      ? null
      : JSON.stringify(res.errors ?? res.data);

  it('finds the lists of the schema and pages each with its own cursor', async () => {
    expect(lists.map((l) => l.name).sort()).toEqual(
      expect.arrayContaining(['apiKeys', 'auditTrail', 'organisations', 'runbooks', 'teams', 'users']),
    );
    for (const list of lists)
      expect([list.name, (await page(list, own.get(list.name))).errors]).toEqual([list.name, undefined]);
  });

  it('refuses garbage', async () => {
    const wrong: string[] = [];
    for (const list of lists) {
      for (const cursor of GARBAGE) {
        const why = notRefused(await page(list, cursor));
        if (why) wrong.push(`${list.name}(after: ${cursor}): ${why}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses its own cursor with a value of the wrong type in any place, or a value too many or too few', async () => {
    const wrong: string[] = [];
    for (const list of lists) {
      const values = decode(own.get(list.name) as string);
      const variants = [
        ...values.flatMap((_, i) => WRONG_TYPES.map((v) => values.map((w, j) => (j === i ? v : w)))),
        values.slice(0, -1),
        [...values, values[values.length - 1]],
      ];
      for (const variant of variants) {
        const why = notRefused(await page(list, encode(variant)));
        if (why) wrong.push(`${list.name}(after: ${JSON.stringify(variant)}): ${why}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('never lets a string PostgreSQL cannot take for a sort key reach the database', async () => {
    const wrong: string[] = [];
    for (const list of lists) {
      const values = decode(own.get(list.name) as string);
      for (const [i, v] of values.flatMap((_, i) => AWKWARD_STRINGS.map((s) => [i, s] as const))) {
        const res = await page(list, encode(values.map((w, j) => (j === i ? v : w))));
        if (res.errors && notRefused(res))
          wrong.push(`${list.name}(after: …${v} at ${i}…): ${JSON.stringify(res.errors)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses the cursor of every other list', async () => {
    const wrong: string[] = [];
    for (const list of lists) {
      for (const [other, cursor] of own) {
        if (other === list.name) continue;
        const why = notRefused(await page(list, cursor));
        if (why) wrong.push(`${list.name}(after: cursor of ${other}): ${why}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses, on the list nested in an exercise (Exercise.actions), garbage, wrong types and every other list’s cursor', async () => {
    const actions = (after: string | undefined) =>
      t.gql.request<{ exercise: { actions: { nodes: unknown[]; pageInfo: { endCursor: string | null } } } }>(
        `query($id: ID!, $after: String) { exercise(id: $id) { actions(first: 1, after: $after) { nodes { id } pageInfo { endCursor } } } }`,
        { id: exerciseId, after },
        { token: caller.token },
      );
    const first = await actions(undefined);
    const cursor = first.data?.exercise.actions.pageInfo.endCursor as string;
    expect((await actions(cursor)).data?.exercise.actions.nodes).toHaveLength(1);
    const values = decode(cursor);
    const wrong: string[] = [];
    const candidates = [
      ...GARBAGE,
      ...values.flatMap((_, i) => WRONG_TYPES.map((v) => encode(values.map((w, j) => (j === i ? v : w))))),
      ...values.flatMap((_, i) => AWKWARD_STRINGS.map((v) => encode(values.map((w, j) => (j === i ? v : w))))),
      ...own.values(),
    ];
    for (const after of candidates) {
      const why = notRefused(await actions(after));
      if (why) wrong.push(`actions(after: ${after}): ${why}`);
    }
    expect(wrong).toEqual([]);
  });

  it('pages past a runbook titled with 200 non-Latin characters (its cursor is longer than 500 characters)', async () => {
    const title = 'Ŵ'.repeat(200);
    const mine = await createOrganisation(t);
    const lead = await createUser(t, [{ organisationId: mine.id, role: Role.EPRR_LEAD }]);
    await draftWithSteps(t, mine.id, lead, 0, { title });
    await draftWithSteps(t, mine.id, lead, 0, { title: `${title.slice(0, 199)}Ŷ` });
    const query = `query($after: String) { runbooks(first: 1, after: $after, filter: { organisationId: "${mine.id}" }) { nodes { title } pageInfo { endCursor } } }`;
    const first = await t.gql.ok<{ runbooks: { pageInfo: { endCursor: string } } }>(query, {}, { token: lead.token });
    expect(first.runbooks.pageInfo.endCursor.length).toBeGreaterThan(500);
    const next = await t.gql.ok<{ runbooks: { nodes: { title: string }[] } }>(
      query,
      { after: first.runbooks.pageInfo.endCursor },
      { token: lead.token },
    );
    expect(next.runbooks.nodes.map((n) => n.title.slice(-1))).toEqual(['Ŷ']);
  });
});
