import { Writable } from 'node:stream';
import fc from 'fast-check';
import pino from 'pino';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLSchema } from 'graphql';
import { Role } from '@muster/platform-access';
import { createUser, startTestApp, TestApp, TestUser } from '@muster/testing';
import { operationDocument, RootField, rootFields } from './schema-operations';
import { TwoOrganisations, twoOrganisations } from './two-organisations';
import { changedTables, databaseDigest } from './database-digest';
import { Answer, answerProblems, outcome, post, printable, shortJson } from './fuzz/answers';
import { Caller, FuzzInput, MutationInputs } from './fuzz/mutation-inputs';

/**
 * Every mutation of the schema, sent generated hostile inputs over HTTP: huge strings, NUL,
 * lone surrogates, wrong types, boundary numbers, random and foreign ids, invalid dates,
 * nulls where required, extra fields. Each answer carries only allow-listed codes and
 * nothing of the server's insides, never a 5xx, and the process answers after each batch.
 *
 * Reproducible: MUSTER_FUZZ_SEED (printed) and MUSTER_FUZZ_RUNS (inputs in all) override the
 * defaults; a failure prints fast-check's counterexample (the batch), its seed and path,
 * and for each failing input the operation, the variables and the answer.
 */
const SEED = Number(process.env.MUSTER_FUZZ_SEED ?? 20_261_129);
const RUNS = Number(process.env.MUSTER_FUZZ_RUNS ?? 10_000);
/** Requests in flight at once: one batch, sent together. */
const BATCH = 8;
/** Inputs replayed one at a time with a database digest around each (no partial writes). */
const DIGEST_SAMPLES = 60;

interface LogLine {
  level: number;
  msg: string;
  err?: { message?: string };
}

describe('fuzzing every mutation with generated hostile inputs', () => {
  const logged: LogLine[] = [];
  let t: TestApp;
  let url: string;
  let schema: GraphQLSchema;
  let world: TwoOrganisations;
  let inputs: MutationInputs;
  let mutations: RootField[];
  const tokens = {} as Record<Caller, string>;
  /** Outcomes by mutation and caller: `ok` or the first error code. */
  const outcomes = new Map<string, Map<string, number>>();

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logged.push(JSON.parse(String(chunk)) as LogLine);
        done();
      },
    });
    t = await startTestApp({ logger: pino({ level: 'error' }, sink) });
    url = `${t.baseUrl}/graphql`;
    schema = t.app.get(GraphQLSchemaHost).schema;
    world = await twoOrganisations(t, [Role.VIEWER]);
    // Strong: every role of the organisation, so that the fewest guards answer before the input is read.
    const strong: TestUser = await createUser(
      t,
      Object.values(Role).map((role) => ({ organisationId: world.mineOrganisationId, role })),
    );
    tokens.strong = strong.token;
    tokens.weak = (world.callers[Role.VIEWER] as TestUser).token;
    inputs = new MutationInputs(schema, world.ids);
    mutations = rootFields(schema).filter((r) => r.kind === 'Mutation');
    console.log(`fuzz-mutations: MUSTER_FUZZ_SEED=${SEED} MUSTER_FUZZ_RUNS=${RUNS} (${mutations.length} mutations)`);
    // Two organisations of every kind of record, built through the API.
  }, 180_000);
  afterAll(() => t.close());

  const callerArb: fc.Arbitrary<Caller> = fc.oneof(
    { arbitrary: fc.constant('strong' as const), weight: 6 },
    { arbitrary: fc.constant('weak' as const), weight: 1 },
  );

  const inputArb = (root: RootField, caller = callerArb): fc.Arbitrary<FuzzInput> =>
    fc
      .tuple(
        caller,
        fc.oneof({ arbitrary: inputs.targeted(root), weight: 3 }, { arbitrary: inputs.wide(root), weight: 1 }),
      )
      .map(([who, input]) => printable({ ...input, caller: who }));

  const rootOf = (input: FuzzInput) => mutations.find((m) => m.name === input.mutation) as RootField;

  function send(input: FuzzInput): Promise<Answer> {
    return post(url, operationDocument(rootOf(input)), input.variables, tokens[input.caller]);
  }

  function count(input: FuzzInput, answer: Answer) {
    const key = `${input.mutation}/${input.caller}`;
    const counts = outcomes.get(key) ?? new Map<string, number>();
    counts.set(outcome(answer), (counts.get(outcome(answer)) ?? 0) + 1);
    outcomes.set(key, counts);
  }

  const describeFailure = (input: FuzzInput, answer: Answer, problems: string[]) =>
    [
      `${input.mutation} as ${input.caller} (${input.mode}${input.at ? ` ${input.at}` : ''}): ${problems.join('; ')}`,
      `  operation: ${operationDocument(rootOf(input))}`,
      `  variables: ${shortJson(input.variables)}`,
      `  answer: HTTP ${answer.status} ${answer.body ? shortJson(answer.body) : answer.text.slice(0, 2_000)}`,
    ].join('\n');

  /** The batch sent at once; what went wrong with it (the process alive after it, nothing logged as an error). */
  async function runBatch(batch: FuzzInput[]): Promise<string[]> {
    const loggedBefore = logged.length;
    const answers = await Promise.all(batch.map(send));
    const problems = batch.flatMap((input, i) => {
      count(input, answers[i]);
      const found = answerProblems(answers[i]);
      return found.length ? [describeFailure(input, answers[i], found)] : [];
    });
    const health = await post(url, '{ __typename }', {});
    if ((health.body?.data as { __typename?: string } | undefined)?.__typename !== 'Query') {
      problems.push(`the process stopped answering { __typename }: HTTP ${health.status} ${health.text.slice(0, 500)}`);
    }
    for (const line of logged.slice(loggedBefore)) {
      problems.push(`logged as an error: ${line.msg} ${line.err?.message ?? ''}`);
    }
    return problems;
  }

  it(`answers ${RUNS} generated inputs across every mutation with allow-listed codes only, and stays up`, async () => {
    expect(mutations.length).toBeGreaterThan(100);
    const batches = Math.ceil(RUNS / mutations.length / BATCH);
    const cpu = process.cpuUsage();
    const started = Date.now();
    const failures: string[] = [];
    for (const [index, root] of mutations.entries()) {
      const property = fc.asyncProperty(
        fc.array(inputArb(root), { minLength: BATCH, maxLength: BATCH }),
        async (batch) => {
          const problems = await runBatch(batch);
          if (problems.length) throw new Error(problems.join('\n'));
        },
      );
      try {
        await fc.assert(property, {
          seed: SEED + index,
          numRuns: batches,
          endOnFailure: true,
          includeErrorInReport: true,
        });
      } catch (error) {
        failures.push(`${root.name}: ${(error as Error).message}`);
      }
    }
    const sent = [...outcomes.values()].reduce(
      (sum, counts) => sum + [...counts.values()].reduce((a, b) => a + b, 0),
      0,
    );
    const used = process.cpuUsage(cpu);
    // For the CI log, not asserted: the inputs sent, the time taken, and this process's CPU (client and server).
    console.log(
      `fuzz-mutations: ${sent} inputs in ${(Date.now() - started) / 1000} s, ${(used.user + used.system) / 1e6} s of CPU`,
    );
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(RUNS);
    // A cap for a loaded machine: about two minutes on CI's.
  }, 1_200_000);

  it('reached past input validation: most mutations ran for the strong caller on some generated input', () => {
    const validationOnly = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);
    const summary = mutations.map((m) => {
      const counts = outcomes.get(`${m.name}/strong`) ?? new Map<string, number>();
      return {
        mutation: m.name,
        outcomes: Object.fromEntries(counts),
        reached: [...counts.keys()].some((o) => !validationOnly.has(o)),
      };
    });
    console.log(
      summary
        .map(
          (s) =>
            `${s.mutation}: ${Object.entries(s.outcomes)
              .map(([o, n]) => `${o} ${n}`)
              .join(', ')}`,
        )
        .join('\n'),
    );
    expect(summary.filter((s) => Object.keys(s.outcomes).length === 0).map((s) => s.mutation)).toEqual([]);
    const reached = summary.filter((s) => s.reached).length;
    expect(reached / summary.length).toBeGreaterThan(0.8);
  });

  it('writes nothing for an input refused with BAD_USER_INPUT (a sample, one at a time, a digest of every table around each)', async () => {
    const all = fc.oneof(...mutations.map((m) => inputArb(m, fc.constant('strong' as const))));
    const samples = fc.sample(all, { seed: SEED, numRuns: DIGEST_SAMPLES });
    const problems: string[] = [];
    let refused = 0;
    let before = await databaseDigest(t);
    for (const input of samples) {
      const answer = await send(input);
      const after = await databaseDigest(t);
      const changed = changedTables(before, after);
      if (outcome(answer) === 'BAD_USER_INPUT') {
        refused++;
        if (changed.length) problems.push(describeFailure(input, answer, [`wrote to ${changed.join(', ')}`]));
      }
      before = after;
    }
    expect(problems).toEqual([]);
    expect(refused).toBeGreaterThan(DIGEST_SAMPLES / 4);
  }, 300_000);
});
