import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { startTestApp, TestApp } from '@muster/testing';

const SCHEMA_FILE = join(__dirname, '../../schema.graphql');
const HEADER = '# Generated from the code-first resolvers. Do not edit: run `npm run schema:write`.\n\n';

/** The committed schema.graphql is the API contract: it must match the code exactly. */
describe('schema.graphql', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('matches the schema the code generates', () => {
    const generated = HEADER + printSchema(t.app.get(GraphQLSchemaHost).schema) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, generated);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(generated);
  });
});
