import { Worker } from 'node:worker_threads';
import { Client } from 'pg';
import { ChainVerification, joinSegments, SegmentResult } from './chain-verifier';
import { nothingToVerify, planVerification, segmentOf, VerifyChainOptions, verifySegment } from './verify-chain';
import type { SegmentJob } from './verify-worker';

export interface ParallelVerifyOptions extends VerifyChainOptions {
  workers: number;
  /** Below this many events per worker, threads cost more than they save. */
  minEventsPerWorker?: number;
}

/**
 * `verifyAuditChain` for operators' tools: the range is cut into consecutive segments,
 * the first streamed and hashed on this thread, each other one by a worker thread on a
 * connection of its own, and the segments are joined (each must link to the last hash of
 * the one before). Scales with cores; the API keeps to one thread so that a check never
 * starves request handling.
 */
export async function verifyAuditChainInParallel(url: string, options: ParallelVerifyOptions): Promise<ChainVerification> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const plan = await planVerification(client, options);
    if (!plan) return nothingToVerify(options);
    const total = plan.toSeq - plan.fromSeq + 1;
    const parts = Math.max(1, Math.min(options.workers, Math.floor(total / (options.minEventsPerWorker ?? 50_000))));
    const size = Math.ceil(total / parts);
    const segments = Array.from({ length: parts }, (_, i) => {
      const fromSeq = plan.fromSeq + i * size;
      return segmentOf(plan, fromSeq, Math.min(plan.toSeq, fromSeq + size - 1));
    });
    // The first segment runs on this thread while the workers start (a worker takes a
    // quarter of a second to load its TypeScript); the rest run in worker threads.
    const [first, ...rest] = segments;
    const results = await Promise.all([
      verifySegment(client, first, options),
      ...rest.map((range) => inWorker({ url, range, hmacKey: options.hmacKey, batchSize: options.batchSize })),
    ]);
    return joinSegments(plan, results);
  } finally {
    await client.end();
  }
}

function inWorker(job: SegmentJob): Promise<SegmentResult> {
  const entry = require.resolve('./verify-worker');
  // Under a TypeScript loader (npm scripts run sources through SWC) the worker needs it too.
  const loader = entry.endsWith('.ts') ? `require(${JSON.stringify(require.resolve('@swc-node/register'))});` : '';
  return new Promise((resolve, reject) => {
    const worker = new Worker(`${loader}require(${JSON.stringify(entry)});`, { eval: true, workerData: job });
    worker.once('message', (message: { result?: SegmentResult; error?: string }) => {
      if (message.result) resolve(message.result);
      else reject(new Error(`verification worker failed: ${message.error}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`verification worker exited with ${code}`)));
  });
}
