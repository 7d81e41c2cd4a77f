import 'reflect-metadata';
import { join } from 'node:path';
import { assignmentsBench } from './assignments.bench';
import { auditAppendBench } from './audit-append.bench';
import { auditVerifyBench } from './audit-verify.bench';
import { Bench, BenchReport, DEFAULT_SERVER_URL, formatReports, runBench } from './framework';
import { incidentsBench } from './incidents.bench';
import { readinessBench } from './readiness.bench';
import { metricsBench } from './metrics.bench';
import { scaleOutBench } from './scale-out.bench';
import { subscriptionsBench } from './subscriptions.bench';
import { typenameBench } from './typename.bench';

/** Every bench `npm run bench` knows; add yours here (see README.md). */
const BENCHES: Bench[] = [
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

const USAGE = `npm run bench -- [--only name,name] [--check] [bench options, e.g. --events 100000]

Benches: ${BENCHES.map((b) => `${b.name} (${b.description})`).join('; ')}.
The server: BENCH_DATABASE_URL, else DATABASE_URL, else ${DEFAULT_SERVER_URL}; each bench
creates and drops a database of its own there. Results: tools/bench/results/<bench>.json.
--check exits 1 when a target is missed.`;

async function main(): Promise<number> {
  const values = commandLine(process.argv.slice(2));
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const only = typeof values.only === 'string' ? values.only.split(',') : null;
  const unknown = only?.filter((name) => !BENCHES.some((b) => b.name === name)) ?? [];
  if (unknown.length) throw new Error(`Unknown bench: ${unknown.join(', ')}\n\n${USAGE}`);
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? DEFAULT_SERVER_URL;
  const reports: BenchReport[] = [];
  for (const bench of BENCHES.filter((b) => !only || only.includes(b.name))) {
    reports.push(await runBench(bench, values, serverUrl, join(__dirname, 'results')));
  }
  process.stdout.write(`\n${formatReports(reports)}`);
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

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
