import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { transformFile } from '@swc/core';

/**
 * `npm run build`: the production bundle in dist/, plain CommonJS that `node` runs with no
 * TypeScript compiler at run time — `node dist/apps/api/src/main.js` serves the API, and
 * `node dist/tools/scripts/<tool>.js` runs a tool (migrate, seed, backup, audit:verify, …).
 * The source tree is mirrored file by file (SWC: decorators and their metadata, the
 * workspace aliases rewritten to relative paths), and the data files the code reads beside
 * itself (framework and seed JSON) are copied. Tests, benches and the test harness stay out.
 * Then the web console: Vite builds apps/console into dist/console, which the API serves at `/`.
 */
const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, 'dist');
const SOURCES = ['apps/api/src', 'libs', 'migrations', 'tools/scripts'];
/** Of tools/scripts, the operator's commands; the developer's (build, boundaries, SMTP sink) are not shipped. */
const TOOLS =
  /[/\\]tools[/\\]scripts[/\\](?!(migrate|seed|reset-db|db-backup|db-restore|audit-verify|audit-export|audit-checkpoint|assurance-import)\.ts$|backup[/\\])/;
const DATA = /\.(json|csv)$/;
const SKIP = /(\.spec\.ts|\.d\.ts|[/\\]project\.json)$/;

const tsconfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
// The test harness is never shipped: an import of it from shipped code fails the build below.
const paths = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).filter(([alias]) => alias !== '@muster/testing'),
);

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (name === 'node_modules' || name === 'bench') return [];
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function build(): Promise<void> {
  const started = Date.now();
  rmSync(OUT, { recursive: true, force: true });
  const files = SOURCES.flatMap((source) => filesUnder(join(ROOT, source))).filter(
    (f) => !SKIP.test(f) && !TOOLS.test(f),
  );
  let compiled = 0;
  let copied = 0;
  for (const file of files) {
    const target = join(OUT, relative(ROOT, file));
    mkdirSync(dirname(target), { recursive: true });
    if (DATA.test(file)) {
      copyFileSync(file, target);
      copied++;
      continue;
    }
    if (!file.endsWith('.ts')) continue;
    const { code } = await transformFile(file, {
      swcrc: false,
      sourceMaps: false,
      module: { type: 'commonjs' },
      jsc: {
        target: 'es2022',
        keepClassNames: true,
        baseUrl: ROOT,
        paths,
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
      },
    });
    if (/require\("[^"]*test\/support/.test(code)) throw new Error(`${relative(ROOT, file)} imports the test harness`);
    writeFileSync(target.replace(/\.ts$/, '.js'), code);
    compiled++;
  }
  buildConsole();
  process.stdout.write(
    `Built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s: ${compiled} modules, ${copied} data files.\n` +
      `Start it: NODE_ENV=production node dist/apps/api/src/main.js\n`,
  );
}

/** The console's production bundle (dist/console), with Vite from the project's own packages. */
function buildConsole(): void {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'apps/console/vite.config.mts', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, MUSTER_CONSOLE_OUT_DIR: join(OUT, 'console') },
    },
  );
  if (result.status !== 0) throw new Error('the console did not build (above)');
}

build().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
