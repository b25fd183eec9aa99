// The scaling benchmark (issue 15 item 4): peak RSS and heap, engine vs single pass vs DuckDB, at 1×–8×.
//
// `npm run bench -- --only scale` (only when named: 8× is about 17 M cells). Each size runs in
// fresh child processes (scale-child.ts): a memory child under --trace-gc, a time child, and
// `bellringer build` over the size written as a CSV folder, its peak RSS read from getrusage at
// exit. BENCH_SCALE_BEFORE=<folder of another checkout, built> runs that build's children too,
// alternately with this one's, so before and after share the run and the machine's load.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeCsvFolder } from '../io/folder';
import { peakFromTrace } from './peak-heap';
import { SCALE_MEMORY_FLAG, SCALE_TIME_FLAG, scaleWorkbook } from './scale-child';
import { median, round1 } from './stats';
import type { BenchPart } from './types';

/** Multiples of the 1x workbook; 4.6 is the 10 M-cell workbook the RSS goal names. */
const SIZES = (process.env.BENCH_SCALE_SIZES ?? '1,2,4,4.6,8').split(',').map(Number);
/** Timed runs per time child (after 1 warm-up) and CLI builds per size and side. */
const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 3);
/** Goals of issue 15 item 4. */
export const CLI_RSS_GOAL_MB = 600;
export const OWN_HEAP_GOAL = 1.5;
export const SINGLE_PASS_GOAL = 3;

/** Prints the peak RSS at exit: the same figure as /usr/bin/time's "Maximum resident set size". */
const RSS_PRELOAD = `data:text/javascript,process.on('exit',()=>process.stderr.write('MAXRSS_KB='+process.resourceUsage().maxRSS+'\\n'))`;

interface SideFigures {
  readonly side: string;
  readonly cells: number;
  readonly gridsMb: number;
  readonly peakMb: number;
  readonly ownMb: number;
  /** Typed arrays the run still holds at its end (outside the JS heap; part of ownMb). */
  readonly buffersMb: number;
  readonly gcShareOnce: number;
  readonly cliRssMb: number;
  readonly cliRuns: readonly number[];
  readonly baselineMs: number;
  readonly engineMs: number;
  readonly gcShare: number;
  readonly duckdbMs: number;
  readonly duckdbQueryMs: number;
  readonly duckdbEqual: boolean;
}

function run(args: readonly string[], what: string): { stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`${what} failed: ${child.stderr || child.stdout}`);
  return { stdout: child.stdout, stderr: child.stderr };
}

function field<T>(stdout: string, name: string): T {
  const m = new RegExp(`${name}=(.*)`).exec(stdout);
  if (!m) throw new Error(`child printed no ${name}`);
  return JSON.parse(m[1]!) as T;
}

function cliRss(bench: string, input: string): number {
  const out = mkdtempSync(join(tmpdir(), 'br-scale-out-'));
  try {
    const cli = join(dirname(bench), 'bellringer.js');
    const args = ['--import', RSS_PRELOAD, cli, 'build', '--input', input, '--out', out];
    const { stderr } = run(
      [...args, '--as-of', '2026-11-18', '--now', '2026-11-18T17:00:00Z'],
      `bellringer build (${bench})`,
    );
    const m = /MAXRSS_KB=(\d+)/.exec(stderr);
    if (!m) throw new Error('the build printed no peak RSS');
    return Number(m[1]) / 1024;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function measureSide(side: string, bench: string, k: number, input: string): SideFigures {
  const memory = run(
    [
      '--expose-gc',
      '--trace-gc',
      '--max-old-space-size=12000',
      bench,
      SCALE_MEMORY_FLAG,
      String(k),
    ],
    `memory child ${side} ${k}x`,
  ).stdout;
  const held = field<{ cells: number; heldMb: number; gridsMb: number }>(memory, 'SCALE_HELD');
  const once = field<{ endMb: number; buffersMb: number; engineMs: number; gcMs: number }>(
    memory,
    'SCALE_RUN',
  );
  const peakMb = peakFromTrace(memory, once.endMb);
  const time = field<{
    baselineMs: number;
    engineMs: number;
    gcShare: number;
    duckdbMs: number;
    duckdbQueryMs: number;
    duckdbEqual: boolean;
  }>(
    run(
      ['--max-old-space-size=12000', bench, SCALE_TIME_FLAG, String(k), String(RUNS)],
      `time child ${side} ${k}x`,
    ).stdout,
    'SCALE_TIME',
  );
  const cliRuns: number[] = [];
  for (let i = 0; i < RUNS; i++) cliRuns.push(cliRss(bench, input));
  return {
    side,
    cells: held.cells,
    gridsMb: held.gridsMb,
    peakMb,
    // The JS heap's peak over the grids, plus the typed arrays held at the end.
    ownMb: peakMb - held.heldMb + once.buffersMb,
    buffersMb: once.buffersMb,
    gcShareOnce: once.gcMs / once.engineMs,
    cliRssMb: median(cliRuns),
    cliRuns,
    ...time,
  };
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

function line(k: number, f: SideFigures): string {
  return [
    `${k}x ${f.side}: ${(f.cells / 1e6).toFixed(1)} M cells, grids ${round1(f.gridsMb)} MB`,
    `peak heap ${round1(f.peakMb)} MB, engine's own ${round1(f.ownMb)} MB (of which typed arrays ${round1(f.buffersMb)} MB) = ${(f.ownMb / f.gridsMb).toFixed(2)}x grids (goal <= ${OWN_HEAP_GOAL})`,
    `CLI build peak RSS ${round1(f.cliRssMb)} MB of [${f.cliRuns.map(round1).join(', ')}]`,
    `single pass ${round1(f.baselineMs)} ms, engine ${round1(f.engineMs)} ms = ${(f.engineMs / f.baselineMs).toFixed(1)}x (goal <= ${SINGLE_PASS_GOAL})`,
    `DuckDB ${round1(f.duckdbMs)} ms (query ${round1(f.duckdbQueryMs)} ms, equal: ${f.duckdbEqual ? 'yes' : 'NO'})`,
    `GC ${pct(f.gcShare)} of engine time (${pct(f.gcShareOnce)} in the memory child's single run)`,
  ].join('; ');
}

export const scalePart: BenchPart = {
  name: 'scale',
  async run(script) {
    if (!script) throw new Error('the scale part runs its sizes in child processes');
    const before = process.env.BENCH_SCALE_BEFORE;
    const sides: [string, string][] = [
      ...(before ? [['before', join(before, 'dist/cli/bench.js')] as [string, string]] : []),
      ['after', script],
    ];
    const lines: string[] = [];
    const json: Record<string, number | boolean | string> = { bench: 'scale' };
    for (const k of SIZES) {
      const input = mkdtempSync(join(tmpdir(), 'br-scale-in-'));
      try {
        writeCsvFolder(input, scaleWorkbook(k));
        for (const [side, bench] of sides) {
          const f = measureSide(side, bench, k, input);
          const l = line(k, f);
          lines.push(l);
          console.error(l);
          const key = `${side}_${k}x`;
          json[`${key}_cli_rss_mb`] = round1(f.cliRssMb);
          json[`${key}_peak_heap_mb`] = round1(f.peakMb);
          json[`${key}_own_mb`] = round1(f.ownMb);
          json[`${key}_own_heap_ratio`] = Math.round((f.ownMb / f.gridsMb) * 100) / 100;
          json[`${key}_engine_ratio`] = Math.round((f.engineMs / f.baselineMs) * 10) / 10;
          json[`${key}_duckdb_ms`] = round1(f.duckdbMs);
          json[`${key}_gc_share`] = Math.round(f.gcShare * 100) / 100;
        }
      } finally {
        rmSync(input, { recursive: true, force: true });
      }
    }
    return { lines, json };
  },
};
