import { parentPort, workerData } from 'node:worker_threads';
import { Client } from 'pg';
import { SegmentRange } from './chain-verifier';
import { verifySegment } from './verify-chain';

/** What a verification worker is given: one segment, and how to reach the database. */
export interface SegmentJob {
  url: string;
  range: SegmentRange;
  hmacKey: string | undefined;
  batchSize: number | undefined;
}

// Runs in a worker thread (see verify-parallel.ts): verifies one segment on a connection
// of its own and posts the SegmentResult back. Imports stay relative: no path aliases here.
async function run(job: SegmentJob): Promise<void> {
  const client = new Client({ connectionString: job.url });
  await client.connect();
  try {
    const result = await verifySegment(client, job.range, job);
    parentPort?.postMessage({ result });
  } finally {
    await client.end();
  }
}

run(workerData as SegmentJob).catch((error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }));
