import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SERVER_URL, dropBenchTemplates, runBench } from './framework';
import { BENCHES } from './index';
import { rowOf, TABLE_ROWS } from './table';

/**
 * Every registered bench at its tiny size (`Bench.tiny`), so none rots between full runs: it
 * completes against a database of its own, checked its answers (a bench throws when one is
 * wrong, and states what it checked) and gave each row of the table that is its to give. No
 * figure is asserted: benchmarks measure speed, tests do not.
 */
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? DEFAULT_SERVER_URL;

describe('benches at their tiny size', () => {
  const results = mkdtempSync(join(tmpdir(), 'muster-bench-tiny-'));
  afterAll(async () => {
    rmSync(results, { recursive: true, force: true });
    await dropBenchTemplates();
  });

  it.each(BENCHES.map((bench) => [bench.name, bench] as const))(
    '%s completes, validates its answers and gives its rows',
    async (_name, bench) => {
      const report = await runBench(bench, { ...bench.tiny }, serverUrl, results);

      expect(report.measurements.length).toBeGreaterThan(0);
      expect(report.validations ?? []).not.toEqual([]);
      for (const spec of TABLE_ROWS.filter((r) => r.bench === bench.name)) {
        const own = (report.rows ?? []).find((r) => r.id === spec.id);
        expect({ row: spec.id, given: own !== undefined }).toEqual({ row: spec.id, given: true });
        expect(rowOf(spec, [report])?.derived).toBe(false);
        expect(own?.ratios.length).toBeGreaterThan(0);
        expect(own?.ratios.every((r) => Number.isFinite(r) && r > 0)).toBe(true);
        expect(own?.validated).not.toEqual('');
      }
    },
    180_000,
  );
});
