import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const COMMITTED = join(ROOT, 'apps/console/src/generated');

/**
 * The console's typed operations are generated from the committed schema.graphql and
 * checked in. Generated afresh here: a schema change that breaks an operation fails the
 * generation, and one that changes the types without a regeneration fails the comparison
 * (`npm run console:codegen`, then `npm run typecheck` shows what the change broke).
 */
describe('console: generated GraphQL types', () => {
  let out: string;

  beforeAll(() => {
    mkdirSync(join(ROOT, 'tmp'), { recursive: true });
    // Inside the repository, so the Prettier configuration formats it as it formats the committed files.
    out = mkdtempSync(join(ROOT, 'tmp/console-codegen-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('match a fresh generation from schema.graphql', () => {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'apps/console/codegen.ts', '--silent'],
      { cwd: ROOT, env: { ...process.env, CONSOLE_CODEGEN_OUT: `${out}/` }, encoding: 'utf8' },
    );
    expect({ status: result.status, stderr: result.stderr.slice(0, 2000) }).toEqual({ status: 0, stderr: '' });
    const files = readdirSync(COMMITTED).sort();
    expect(readdirSync(out).sort()).toEqual(files);
    for (const file of files) {
      const fresh = readFileSync(join(out, file), 'utf8');
      const committed = readFileSync(join(COMMITTED, file), 'utf8');
      if (fresh !== committed)
        throw new Error(`apps/console/src/generated/${file} is stale: run npm run console:codegen`);
    }
  });
});
