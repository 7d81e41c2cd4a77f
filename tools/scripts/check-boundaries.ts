/**
 * Proves the module boundaries bite, from the constraints themselves (run by `npm run lint`):
 *
 * 1. every `type:*` and `scope:*` tag a project.json uses has its own depConstraint;
 * 2. every pair of projects the constraints forbid is refused: one probe file per source
 *    project imports each project it may not use, and ESLint must report every one of
 *    those imports as breaking a constraint the pair breaks (the circular-dependency check,
 *    which would otherwise answer first for an uphill import, is switched off for the
 *    probes only; an app is refused as an app, whatever the tags);
 * 3. a domain service that queries outside its store is refused;
 * 4. ESLint without an Nx project graph fails (muster/project-graph) instead of skipping.
 *
 * The constraints are read from the configuration ESLint computes for each probe file, so
 * the script checks what lint enforces, and a new scope is covered as soon as it is tagged.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { ESLint, Linter } from 'eslint';

const ROOT = resolve(__dirname, '../..');
const RULE = '@nx/enforce-module-boundaries';
const DIMENSIONS = ['type:', 'scope:'];
const SKIP_DIRS = new Set(['node_modules', '.git', '.nx', 'dist', 'tmp', '.data', 'coverage']);
const PROBE = '__boundary_probe__.ts';

interface Project {
  name: string;
  root: string;
  tags: string[];
  /** The path alias other projects import it by, if any. */
  alias?: string;
  /** Where its probe file goes. */
  probe: string;
}

interface DepConstraint {
  sourceTag: string;
  onlyDependOnLibsWithTags: string[];
}

interface RuleOptions {
  depConstraints?: (Partial<DepConstraint> & Record<string, unknown>)[];
  [option: string]: unknown;
}

const problems: string[] = [];
const fail = (message: string) => problems.push(message);

function projects(): Project[] {
  const found: Project[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name));
      if (entry.isFile() && entry.name === 'project.json') {
        const json = JSON.parse(readFileSync(join(dir, entry.name), 'utf8')) as { name: string; tags?: string[] };
        const root = relative(ROOT, dir);
        const src = join(dir, 'src');
        const probeDir = existsSync(src) && statSync(src).isDirectory() ? src : dir;
        found.push({ name: json.name, root, tags: json.tags ?? [], probe: join(probeDir, PROBE) });
      }
    }
  };
  walk(ROOT);
  // Each project's alias: the shortest tsconfig path whose target lies in it, and in no project nested deeper.
  const { compilerOptions } = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  const owner = (file: string) =>
    found.filter((p) => file.startsWith(`${p.root}/`)).sort((a, b) => b.root.length - a.root.length)[0];
  for (const [alias, [target]] of Object.entries(compilerOptions.paths).sort(([a], [b]) => a.length - b.length)) {
    const project = owner(target);
    if (project && !project.alias) project.alias = alias;
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** Nx's tag matching: exact, `*`, a `/regex/` or a glob. */
function hasTag(project: Project, tag: string): boolean {
  if (tag === '*') return true;
  if (tag.startsWith('/') && tag.endsWith('/')) return project.tags.some((t) => new RegExp(tag.slice(1, -1)).test(t));
  if (tag.includes('*')) {
    const glob = new RegExp(
      `^${tag
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    return project.tags.some((t) => glob.test(t));
  }
  return project.tags.includes(tag);
}

/** The boundary rule's options ESLint applies to `file`, checked to be ones this script understands. */
async function ruleOptionsFor(
  eslint: ESLint,
  file: string,
): Promise<{ options: RuleOptions; constraints: DepConstraint[] }> {
  const config = (await eslint.calculateConfigForFile(file)) as Linter.Config;
  const entry = config.rules?.[RULE];
  const [severity, options] = (Array.isArray(entry) ? entry : [entry, {}]) as [Linter.RuleSeverity, RuleOptions];
  if (severity !== 2 && severity !== 'error') throw new Error(`${RULE} is not an error for ${relative(ROOT, file)}`);
  const constraints = (options.depConstraints ?? []).map((c) => {
    const unknown = Object.keys(c).filter((key) => key !== 'sourceTag' && key !== 'onlyDependOnLibsWithTags');
    if (typeof c.sourceTag !== 'string' || !Array.isArray(c.onlyDependOnLibsWithTags) || unknown.length > 0) {
      throw new Error(`check-boundaries understands sourceTag + onlyDependOnLibsWithTags only: ${JSON.stringify(c)}`);
    }
    return { sourceTag: c.sourceTag, onlyDependOnLibsWithTags: c.onlyDependOnLibsWithTags };
  });
  return { options, constraints };
}

function checkEveryTagConstrained(all: Project[], constraintsOf: Map<Project, DepConstraint[]>): void {
  for (const project of all) {
    const constrained = new Set(constraintsOf.get(project)?.map((c) => c.sourceTag));
    for (const tag of project.tags.filter((t) => DIMENSIONS.some((d) => t.startsWith(d)))) {
      if (!constrained.has(tag)) {
        fail(
          `${project.root}/project.json: tag "${tag}" has no depConstraint in eslint.config.mjs (add one saying what it may depend on)`,
        );
      }
    }
  }
}

interface Probe {
  source: Project;
  target: Project;
  line: number;
  /** The source tags of the constraints the pair breaks: the report must name one. */
  broken: string[];
}

async function checkForbiddenPairsRefused(
  all: Project[],
  optionsOf: Map<Project, RuleOptions>,
  constraintsOf: Map<Project, DepConstraint[]>,
) {
  const probes: Probe[] = [];
  for (const source of all) {
    const lines: string[] = [];
    for (const target of all) {
      if (target === source || !target.alias) continue;
      const broken = (constraintsOf.get(source) ?? [])
        .filter((c) => hasTag(source, c.sourceTag) && !c.onlyDependOnLibsWithTags.some((tag) => hasTag(target, tag)))
        .map((c) => c.sourceTag);
      if (broken.length === 0) continue;
      lines.push(`import * as probe${lines.length} from '${target.alias}';`);
      probes.push({ source, target, line: lines.length, broken });
    }
    if (lines.length) {
      writeFileSync(
        source.probe,
        `${lines.join('\n')}\nexport const probes = [${lines.map((_, i) => `probe${i}`).join(', ')}];\n`,
      );
    }
  }
  // One ESLint per set of rule options (files of test/support and tools allow the app), each
  // with the circular-dependency check off so that the constraints themselves answer.
  const groups = new Map<string, Project[]>();
  for (const source of new Set(probes.map((p) => p.source))) {
    const key = JSON.stringify(optionsOf.get(source));
    groups.set(key, [...(groups.get(key) ?? []), source]);
  }
  const reports = new Map<string, Linter.LintMessage[]>();
  for (const [key, sources] of groups) {
    const options = { ...(JSON.parse(key) as RuleOptions), ignoredCircularDependencies: [['*', '*']] };
    const eslint = probeLinter([RULE], { [RULE]: ['error', options] });
    for (const result of await eslint.lintFiles(sources.map((s) => s.probe)))
      reports.set(result.filePath, result.messages);
  }
  for (const probe of probes) {
    const messages = (reports.get(probe.source.probe) ?? []).filter((m) => m.line === probe.line && m.ruleId === RULE);
    const refused = messages.some((m) =>
      probe.target.root.startsWith('apps/')
        ? m.message === 'Imports of apps are forbidden'
        : probe.broken.some((tag) => m.message.startsWith(`A project tagged with "${tag}" `)),
    );
    if (!refused) {
      fail(
        `${probe.source.name} → ${probe.target.alias} breaks ${probe.broken.join(', ')} but was not refused` +
          (messages.length ? ` as such: ${messages.map((m) => m.message).join('; ')}` : ''),
      );
    }
  }
  return probes.length;
}

async function checkQueriesOnlyInStores(): Promise<void> {
  const probe = join(ROOT, 'libs/identity/src/__sql_probe__.service.ts');
  writeFileSync(
    probe,
    `import { EntityManager } from 'typeorm';\nexport const probe = (manager: EntityManager) => manager.find('organisation');\n`,
  );
  const [result] = await probeLinter(['no-restricted-syntax']).lintFiles([probe]);
  if (!result.messages.some((m) => m.ruleId === 'no-restricted-syntax')) {
    fail(
      `${relative(ROOT, probe)}: a query in a service was NOT refused by no-restricted-syntax (SQL outside a store)`,
    );
  }
}

/** ESLint runs with no Nx project graph at all (an empty workspace-data directory): it must fail, not skip. */
function checkNoGraphFails(): void {
  const empty = mkdtempSync(join(tmpdir(), 'muster-no-graph-'));
  try {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'tools/scripts/run-ts.js'), relative(ROOT, __filename), '--lint-without-graph'],
      {
        cwd: ROOT,
        env: { ...process.env, NX_WORKSPACE_DATA_DIRECTORY: empty, NX_DAEMON: 'false' },
        encoding: 'utf8',
      },
    );
    if (!run.stdout.includes('muster/project-graph: ') || !run.stdout.includes('there is no Nx project graph')) {
      fail(`ESLint without a project graph did not fail on muster/project-graph:\n${run.stdout}${run.stderr}`);
    }
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}

/** ESLint as lint runs it, reduced to `rules` and without type information (none of them needs it). */
function probeLinter(rules: string[], ruleOverrides: Linter.RulesRecord = {}): ESLint {
  return new ESLint({
    cwd: ROOT,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } }, rules: ruleOverrides },
    ruleFilter: ({ ruleId }) => rules.includes(ruleId),
  });
}

async function main(): Promise<void> {
  if (process.argv.includes('--lint-without-graph')) {
    const [result] = await probeLinter(['muster/project-graph', RULE]).lintFiles([
      join(ROOT, 'libs/identity/src/index.ts'),
    ]);
    for (const m of result.messages) process.stdout.write(`${m.ruleId}: ${m.message}\n`);
    return;
  }
  const all = projects();
  const eslint = new ESLint({ cwd: ROOT });
  const optionsOf = new Map<Project, RuleOptions>();
  const constraintsOf = new Map<Project, DepConstraint[]>();
  for (const project of all) {
    const { options, constraints } = await ruleOptionsFor(eslint, project.probe);
    optionsOf.set(project, options);
    constraintsOf.set(project, constraints);
  }
  checkEveryTagConstrained(all, constraintsOf);
  const created = [...all.map((p) => p.probe), join(ROOT, 'libs/identity/src/__sql_probe__.service.ts')];
  let pairs = 0;
  try {
    pairs = await checkForbiddenPairsRefused(all, optionsOf, constraintsOf);
    await checkQueriesOnlyInStores();
  } finally {
    for (const file of created) rmSync(file, { force: true });
  }
  checkNoGraphFails();
  if (problems.length) {
    process.stderr.write(`check-boundaries:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write(
    `check-boundaries: ${all.length} projects, every tag constrained; all ${pairs} forbidden pairs refused; ` +
      `queries outside stores refused; no project graph fails lint\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `check-boundaries: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(2);
});
