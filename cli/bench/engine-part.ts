// The engine benchmark: the baseline single pass vs the full runEngine over the large demo workbook.
import { fileURLToPath } from 'node:url';
import { generateDemoWorkbook } from '../../shared/demo';
import { runEngine } from '../../shared/engine';
import type { WorkbookGrids } from '../../shared/workbook';
import { baselinePass } from './baseline';
import { duckdbPeer } from './duckdb-peer';
import { measurePeakHeap, runPeakChild } from './peak-heap';
import { median, round1, timeMedian } from './stats';
import type { BenchPart } from './types';

/** Fixed so every run measures the same workbook. */
export const BENCH_SEED = 'bench';
export const BENCH_AS_OF = '2026-11-18';
const NOW = new Date(Date.UTC(2026, 10, 18, 17, 0));

export function largeWorkbook(): WorkbookGrids {
  return generateDemoWorkbook({ seed: BENCH_SEED, asOf: BENCH_AS_OF, size: 'large' });
}

export function runEngineOnce(grids: WorkbookGrids) {
  return runEngine(grids, { now: NOW, defaultTimeZone: 'UTC', asOf: BENCH_AS_OF });
}

/** Child-process entry: one engine run for the peak-heap measurement. */
export function engineHeapChild(): void {
  const grids = largeWorkbook();
  runPeakChild(() => runEngineOnce(grids));
}

export const enginePart: BenchPart = {
  name: 'engine',
  async run(script) {
    const t0 = performance.now();
    const grids = largeWorkbook();
    const genMs = performance.now() - t0;
    const activityRows = grids.Activities!.length - 1;
    const dealRows = grids.Deals!.length - 1;
    const baseline = timeMedian(() => baselinePass(grids));
    const engine = timeMedian(() => runEngineOnce(grids));
    // The peer, in the same process and run: 1 warm-up, then the median of 3 (load + query).
    await duckdbPeer(grids);
    const duck = [];
    for (let i = 0; i < 3; i++) duck.push(await duckdbPeer(grids));
    const duckMs = median(duck.map((d) => d.loadMs + d.queryMs));
    const duckQueryMs = median(duck.map((d) => d.queryMs));
    const duckEqual = duck.every((d) => d.equal);
    const peak = measurePeakHeap(script ?? fileURLToPath(import.meta.url), []);
    const ratio = engine.ms / baseline.ms;
    const lines = [
      `Large workbook: ${activityRows} activity rows, ${dealRows} deals, ${grids.Reps!.length - 1} reps (generated in ${Math.round(genMs)} ms)`,
      `(a) baseline single pass: median ${round1(baseline.ms)} ms of [${baseline.runs.map(round1).join(', ')}] after 1 warm-up`,
      `(b) runEngine, grids to snapshot: median ${round1(engine.ms)} ms of [${engine.runs.map(round1).join(', ')}] after 1 warm-up`,
      `ratio (b)/(a): ${ratio.toFixed(2)} (goal <= 4)`,
      `(c) DuckDB peer, same per-rep figures: median ${round1(duckMs)} ms (query alone ${round1(duckQueryMs)} ms; the rest loads the raw cells as text); figures equal to (a): ${duckEqual ? 'yes' : 'NO'}`,
      `peak heap during (b): ${round1(peak.peakMb)} MB, of which ${round1(peak.startMb)} MB held before the run (input grids; goal <= 300 MB; --trace-gc in a child process)`,
    ];
    return {
      lines,
      json: {
        bench: 'engine',
        activity_rows: activityRows,
        deal_rows: dealRows,
        baseline_ms: round1(baseline.ms),
        engine_ms: round1(engine.ms),
        ratio: Math.round(ratio * 100) / 100,
        duckdb_ms: round1(duckMs),
        duckdb_query_ms: round1(duckQueryMs),
        duckdb_equal: duckEqual,
        peak_heap_mb: round1(peak.peakMb),
      },
    };
  },
};
