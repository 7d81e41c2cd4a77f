import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../..');
const CONSOLE = join(ROOT, 'apps/console');
const BUILDS = join(ROOT, 'tmp/console-build');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A digest of the console's sources: a build is reused until one of them changes. */
function sourceDigest(): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(CONSOLE).sort()) {
    if (/\.test\.tsx?$|README\.md$/.test(file)) continue;
    hash.update(relative(ROOT, file)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The production build of the console for browser tests: built once per change of its
 * sources into tmp/console-build/<digest> (so a run builds it at most once, whichever
 * spec asks first; a parallel worker waits for the folder), never into dist/.
 */
export function ensureConsoleBuilt(): string {
  const dir = join(BUILDS, sourceDigest());
  if (existsSync(join(dir, 'index.html'))) return dir;
  mkdirSync(BUILDS, { recursive: true });
  const partial = `${dir}.${process.pid}.partial`;
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'apps/console/vite.config.mts',
      '--logLevel',
      'error',
    ],
    { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production', MUSTER_CONSOLE_OUT_DIR: partial }, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`the console did not build:\n${result.stdout}\n${result.stderr}`);
  if (existsSync(join(dir, 'index.html'))) rmSync(partial, { recursive: true, force: true });
  else renameSync(partial, dir);
  return dir;
}
