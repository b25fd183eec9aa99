// Timing helpers for the benchmarks: warm-up then the median of timed runs.
import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs fn `warmups` times untimed, then `runs` times timed; returns the median in ms and all runs. */
export function timeMedian(
  fn: () => unknown,
  runs = 3,
  warmups = 1,
): { ms: number; runs: number[] } {
  let sink: unknown;
  for (let i = 0; i < warmups; i++) sink = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink = fn();
    times.push(performance.now() - t0);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return { ms: median(times), runs: times };
}

export const round1 = (n: number) => Math.round(n * 10) / 10;
