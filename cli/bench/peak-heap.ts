// Peak heap of one engine run, measured in a child process from V8's own GC trace.
//
// Method: the child runs with --expose-gc --trace-gc, builds the large workbook, forces two full
// GCs (traced with the reason "testing"), runs the engine once and prints its final heapUsed.
// Between GCs the used heap only grows, so its peak during the run is the largest "before"
// figure of the GC lines after the last forced GC, or the heap at the end if that is larger.
// The figure includes the input grids the engine reads (about half of it), as a real run would.
import { spawnSync } from 'node:child_process';

export const PEAK_CHILD_FLAG = '--bench-peak-heap-child';

/** Largest heap-in-use (MB) from --trace-gc lines after the last forced ("testing") GC. */
export function peakFromTrace(stdout: string, finalHeapMb: number): number {
  const lines = stdout.split('\n');
  let last = -1;
  lines.forEach((l, i) => {
    if (/\bMark-Compact\b/.test(l) && /testing/.test(l)) last = i;
  });
  let peak = finalHeapMb;
  for (const line of lines.slice(last + 1)) {
    const m =
      /(?:Scavenge|Mark-Compact|Minor Mark-Compact|Mark-Sweep)[^\d]*?([\d.]+) \([\d.]+\) -> /.exec(
        line,
      );
    if (m) peak = Math.max(peak, Number(m[1]));
  }
  return peak;
}

export interface PeakHeap {
  /** Largest heap in use during the run, MB (MiB). */
  readonly peakMb: number;
  /** Heap in use just before the run (the input grids and the code), MB. */
  readonly startMb: number;
}

/** Spawns this same script as the child; returns the peak heap and the heap before the run. */
export function measurePeakHeap(script: string, args: readonly string[]): PeakHeap {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--trace-gc', script, PEAK_CHILD_FLAG, ...args],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (child.status !== 0)
    throw new Error(`peak-heap child failed: ${child.stderr || child.stdout}`);
  const final = /PEAK_FINAL_HEAP_MB=([\d.]+)/.exec(child.stdout);
  if (!final) throw new Error('peak-heap child printed no final heap figure');
  const start = /PEAK_START_HEAP_MB=([\d.]+)/.exec(child.stdout);
  return {
    peakMb: peakFromTrace(child.stdout, Number(final[1])),
    startMb: Number(start?.[1] ?? Number.NaN),
  };
}

/** In the child: GC, run once, print the final heap (the trace lines carry the rest). */
export function runPeakChild(run: () => unknown): unknown {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run the child with --expose-gc');
  gc();
  gc();
  const before = process.memoryUsage().heapUsed / 1024 / 1024;
  process.stdout.write(`PEAK_START_HEAP_MB=${before.toFixed(1)}\n`);
  const result = run();
  const heap = process.memoryUsage().heapUsed / 1024 / 1024;
  process.stdout.write(`PEAK_FINAL_HEAP_MB=${heap.toFixed(1)}\n`);
  // Returned, so the result stays referenced until after the final reading, as in a real run.
  return result;
}
