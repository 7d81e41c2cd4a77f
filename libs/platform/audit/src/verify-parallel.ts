import { Worker } from 'node:worker_threads';
import { Client } from 'pg';
import { eventHasher } from './audit-hash';
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
 * each streamed and hashed by a worker thread on its own connection, and the segments
 * are joined (each must link to the last hash of the one before). Scales with cores;
 * the API keeps to one thread so that a check never starves request handling.
 */
export async function verifyAuditChainInParallel(url: string, options: ParallelVerifyOptions): Promise<ChainVerification> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const plan = await planVerification(client, options);
    if (!plan) return nothingToVerify(options.chainId);
    const total = plan.toSeq - plan.fromSeq + 1;
    const parts = Math.max(1, Math.min(options.workers, Math.floor(total / (options.minEventsPerWorker ?? 50_000))));
    if (parts === 1) {
      const segment = await verifySegment(client, { ...segmentOf(plan, plan.fromSeq, plan.toSeq), hasher: eventHasher(options.hmacKey) }, options.batchSize);
      return joinSegments(plan, [segment]);
    }
    const size = Math.ceil(total / parts);
    const jobs: SegmentJob[] = Array.from({ length: parts }, (_, i) => {
      const fromSeq = plan.fromSeq + i * size;
      return { url, range: segmentOf(plan, fromSeq, Math.min(plan.toSeq, fromSeq + size - 1)), hmacKey: options.hmacKey, batchSize: options.batchSize };
    });
    return joinSegments(plan, await Promise.all(jobs.map(inWorker)));
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
