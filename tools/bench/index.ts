import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assignmentsBench } from './assignments.bench';
import { auditAppendBench } from './audit-append.bench';
import { auditVerifyBench } from './audit-verify.bench';
import { Bench, BenchReport, DEFAULT_SERVER_URL, dropBenchTemplates, formatReports, runBench } from './framework';
import { incidentsBench } from './incidents.bench';
import { readinessBench } from './readiness.bench';
import { metricsBench } from './metrics.bench';
import { scaleOutBench } from './scale-out.bench';
import { subscriptionsBench } from './subscriptions.bench';
import { typenameBench } from './typename.bench';
import { generateBench } from './generate/generate.bench';
import { formatTable } from './table';

/** Every bench `npm run bench` knows; add yours here (see README.md). benches-tiny.spec.ts runs each at its tiny size. */
export const BENCHES: Bench[] = [
  generateBench,
  auditVerifyBench,
  auditAppendBench,
  readinessBench,
  incidentsBench,
  assignmentsBench,
  metricsBench,
  scaleOutBench,
  typenameBench,
  subscriptionsBench,
];

const USAGE = `npm run bench -- [--only name,name] [--check] [--tiny] [bench options, e.g. --events 100000]

Benches: ${BENCHES.map((b) => `${b.name} (${b.description})`).join('; ')}.
The server: BENCH_DATABASE_URL, else DATABASE_URL, else ${DEFAULT_SERVER_URL}; each bench
creates and drops a database of its own there. Results: tools/bench/results/<bench>.json.
--check exits 1 when a target is missed. --table prints the table from the saved results. --tiny runs each bench at its tiny size (results/tiny/).
The output ends with issue 20's table: one row per goal, "not run" for a bench left out.`;

async function main(): Promise<number> {
  const values = commandLine(process.argv.slice(2));
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // `--table`: the table from the last results of each bench (runs nothing).
  if (values.table) {
    const dir = join(__dirname, 'results');
    const saved = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as BenchReport);
    process.stdout.write(formatTable(saved));
    return 0;
  }
  // `--tiny`: every bench at the size benches-tiny.spec.ts runs it (options given beside it still win).
  const tiny = values.tiny === true;
  delete values.tiny;
  const only = typeof values.only === 'string' ? values.only.split(',') : null;
  const unknown = only?.filter((name) => !BENCHES.some((b) => b.name === name)) ?? [];
  if (unknown.length) throw new Error(`Unknown bench: ${unknown.join(', ')}\n\n${USAGE}`);
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? DEFAULT_SERVER_URL;
  const reports: BenchReport[] = [];
  try {
    for (const bench of BENCHES.filter((b) => !only || only.includes(b.name))) {
      const args = tiny ? { ...bench.tiny, ...values } : values;
      reports.push(await runBench(bench, args, serverUrl, join(__dirname, tiny ? 'results/tiny' : 'results')));
    }
  } finally {
    await dropBenchTemplates();
  }
  process.stdout.write(`\n${formatReports(reports)}\n${formatTable(reports)}`);
  const missed = reports.some((r) => r.targets.some((t) => !t.pass));
  return values.check && missed ? 1 : 0;
}

/** `--name value` and bare `--flag` pairs: each bench reads its own options from them. */
function commandLine(argv: string[]): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) throw new Error(`Unexpected argument ${argv[i]}\n\n${USAGE}`);
    const name = argv[i].slice(2);
    values[name] = argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[++i] : true;
  }
  return values;
}

// Run as `npm run bench` (tools/scripts/run-ts.js tools/bench/index.ts), not when imported (the tiny spec reads BENCHES).
if (/tools[/\\]bench[/\\]index\.ts$/.test(process.argv[1] ?? '')) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
