// The scaling benchmark's child processes: one workbook size each, memory in one child, times in another.
//
// Sizes never share a process: what one size leaves on the heap (or in V8's tuned heap limits)
// would colour the next. The memory child runs under --expose-gc --trace-gc and runs the engine
// once; the time child runs the single pass, the engine and DuckDB side by side.
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { generateDemoWorkbook } from '../../shared/demo';
import { runEngine } from '../../shared/engine';
import type { WorkbookGrids } from '../../shared/workbook';
import { baselinePass } from './baseline';
import { duckdbPeer } from './duckdb-peer';
import { median } from './stats';

export const SCALE_MEMORY_FLAG = '--bench-scale-memory';
export const SCALE_TIME_FLAG = '--bench-scale-time';
const AS_OF = '2026-11-18';
const NOW = new Date(Date.UTC(2026, 10, 18, 17, 0));

/** k × the 200-rep benchmark workbook: 200·k reps over one year (about 2.2 M cells per k). */
export function scaleWorkbook(k: number): WorkbookGrids {
  return generateDemoWorkbook({
    seed: 'bench',
    asOf: AS_OF,
    size: 'large',
    reps: 200 * k,
    years: 1,
  });
}

function engineOnce(grids: WorkbookGrids) {
  return runEngine(grids, { now: NOW, defaultTimeZone: 'UTC', asOf: AS_OF });
}

const mb = (bytes: number) => bytes / 1024 / 1024;

function cellCount(grids: WorkbookGrids): number {
  let cells = 0;
  for (const grid of Object.values(grids)) for (const row of grid) cells += row.length;
  return cells;
}

/** GC pause time inside [start, end] (ms), from V8's gc performance entries. */
class GcClock {
  private readonly pauses: { start: number; ms: number }[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) this.pauses.push({ start: e.startTime, ms: e.duration });
  });
  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }
  /** Entries arrive on a later tick: wait for them before asking. */
  async within(start: number, end: number): Promise<number> {
    await new Promise((resolve) => setTimeout(resolve, 20));
    let ms = 0;
    for (const p of this.pauses) if (p.start >= start && p.start <= end) ms += p.ms;
    return ms;
  }
}

/** Memory child: the grids' heap, one engine run, its peak (from the trace) and GC share. */
export async function scaleMemoryChild(k: number): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run the memory child with --expose-gc --trace-gc');
  const clock = new GcClock();
  gc();
  const base = process.memoryUsage().heapUsed;
  const grids = scaleWorkbook(k);
  gc();
  gc();
  const held = process.memoryUsage().heapUsed;
  // Typed arrays (the ledger, the Activities columns) live outside the JS heap: counted apart.
  const heldBuffers = process.memoryUsage().arrayBuffers;
  // The forced GCs above are traced with the reason "testing": the run's lines follow them.
  process.stdout.write(
    `SCALE_HELD=${JSON.stringify({ cells: cellCount(grids), baseMb: mb(base), heldMb: mb(held), gridsMb: mb(held - base) })}\n`,
  );
  const t0 = performance.now();
  const result = engineOnce(grids);
  const t1 = performance.now();
  const endMb = mb(process.memoryUsage().heapUsed);
  const buffersMb = mb(process.memoryUsage().arrayBuffers - heldBuffers);
  const gcMs = await clock.within(t0, t1);
  process.stdout.write(
    `SCALE_RUN=${JSON.stringify({ endMb, buffersMb, engineMs: t1 - t0, gcMs, maxRssMb: process.resourceUsage().maxRSS / 1024, issues: result.issues.length })}\n`,
  );
}

/** Time child: 1 warm-up then the median of `runs` for the single pass, the engine and DuckDB. */
export async function scaleTimeChild(k: number, runs: number): Promise<void> {
  const clock = new GcClock();
  const grids = scaleWorkbook(k);
  const base: number[] = [];
  const engine: number[] = [];
  const gcShare: number[] = [];
  const duck: number[] = [];
  const duckQuery: number[] = [];
  let equal = true;
  for (let i = 0; i <= runs; i++) {
    let t0 = performance.now();
    baselinePass(grids);
    const passMs = performance.now() - t0;
    t0 = performance.now();
    engineOnce(grids);
    const t1 = performance.now();
    const gcMs = await clock.within(t0, t1);
    const d = await duckdbPeer(grids);
    equal &&= d.equal;
    if (i === 0) continue;
    base.push(passMs);
    engine.push(t1 - t0);
    gcShare.push(gcMs / (t1 - t0));
    duck.push(d.loadMs + d.queryMs);
    duckQuery.push(d.queryMs);
  }
  process.stdout.write(
    `SCALE_TIME=${JSON.stringify({
      baselineMs: median(base),
      engineMs: median(engine),
      gcShare: median(gcShare),
      duckdbMs: median(duck),
      duckdbQueryMs: median(duckQuery),
      duckdbEqual: equal,
      runs: engine,
    })}\n`,
  );
}
