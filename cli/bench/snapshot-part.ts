// The snapshot-size benchmark: first-load bytes per rep at 200 and 1,000 reps × 1 and 5 years, full vs split.
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { generateDemoWorkbook } from '../../shared/demo';
import { runEngine } from '../../shared/engine';
import { serializeSnapshot, splitSnapshot } from '../../shared/snapshot';
import { BENCH_AS_OF, BENCH_SEED } from './engine-part';
import type { BenchPart } from './types';

export const SNAPSHOT_CHILD_FLAG = '--bench-snapshot-child';
/** Goals of issue 15: first load ≤ 1 kB gzip per rep; 5 years within 10 % of 1 year. */
export const FIRST_LOAD_BYTES_PER_REP = 1024;
export const YEARS_GROWTH = 1.1;
/** reps × years; BENCH_SNAPSHOT_SHAPES="200x1,200x5" runs fewer (1,000 × 5 needs about 25× the 1× workbook). */
const SHAPES = (process.env.BENCH_SNAPSHOT_SHAPES ?? '200x1,200x5,1000x1,1000x5')
  .split(',')
  .map((s) => s.split('x').map(Number) as [number, number]);

interface ShapeFigures {
  readonly reps: number;
  readonly years: number;
  readonly published: number;
  readonly fullGzip: number;
  readonly firstGzip: number;
  readonly firstRaw: number;
  readonly partsGzip: number;
  readonly partCount: number;
  readonly largestPartGzip: number;
  readonly engineMs: number;
}

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

/** Child-process entry: one workbook, one engine run, the sizes of what would be published. */
export function snapshotChild(reps: number, years: number): void {
  const grids = generateDemoWorkbook({
    seed: BENCH_SEED,
    asOf: BENCH_AS_OF,
    size: 'large',
    reps,
    years,
  });
  const t0 = performance.now();
  const result = runEngine(grids, {
    now: new Date(`${BENCH_AS_OF}T17:00:00Z`),
    defaultTimeZone: 'UTC',
    asOf: BENCH_AS_OF,
  });
  const engineMs = performance.now() - t0;
  const full = serializeSnapshot(result.snapshot, { pretty: false });
  const split = splitSnapshot(result.snapshot);
  const first = serializeSnapshot(split.snapshot, { pretty: false });
  const parts = split.parts.map((p) => gz(JSON.stringify(p.part)));
  const figures: ShapeFigures = {
    reps,
    years,
    published: result.snapshot.reps.length,
    fullGzip: gz(full),
    firstGzip: gz(first),
    firstRaw: first.length,
    partsGzip: parts.reduce((a, b) => a + b, 0),
    partCount: parts.length,
    largestPartGzip: Math.max(0, ...parts),
    engineMs: Math.round(engineMs),
  };
  console.log(`SNAPSHOT_FIGURES=${JSON.stringify(figures)}`);
}

function runChild(script: string, reps: number, years: number): ShapeFigures {
  const child = spawnSync(
    process.execPath,
    ['--max-old-space-size=12000', script, SNAPSHOT_CHILD_FLAG, String(reps), String(years)],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  const line = /SNAPSHOT_FIGURES=(.*)/.exec(child.stdout ?? '');
  if (child.status !== 0 || !line)
    throw new Error(`snapshot child ${reps}x${years} failed: ${child.stderr || child.stdout}`);
  return JSON.parse(line[1]!) as ShapeFigures;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export const snapshotPart: BenchPart = {
  name: 'snapshot',
  async run(script) {
    if (!script) throw new Error('the snapshot part runs its shapes in child processes');
    const rows = SHAPES.map(([reps, years]) => runChild(script, reps, years));
    const lines = rows.map(
      (r) =>
        `${r.reps} reps x ${r.years} y (${r.published} published): full ${kb(r.fullGzip)} kB gzip; first load ${kb(r.firstGzip)} kB gzip = ${(r.firstGzip / r.published).toFixed(0)} B/rep (goal <= ${FIRST_LOAD_BYTES_PER_REP}); ${r.partCount} parts ${kb(r.partsGzip)} kB gzip, largest ${kb(r.largestPartGzip)} kB; engine ${r.engineMs} ms`,
    );
    const json: Record<string, number> = {};
    for (const r of rows) {
      json[`first_gzip_${r.reps}x${r.years}`] = r.firstGzip;
      json[`full_gzip_${r.reps}x${r.years}`] = r.fullGzip;
      json[`parts_gzip_${r.reps}x${r.years}`] = r.partsGzip;
    }
    for (const r of rows.filter((x) => x.years > 1)) {
      const base = rows.find((x) => x.reps === r.reps && x.years === 1);
      if (!base) continue;
      const growth = r.firstGzip / base.firstGzip;
      lines.push(
        `${r.reps} reps: first load at ${r.years} years is ${(growth * 100).toFixed(1)} % of 1 year (goal <= ${Math.round(YEARS_GROWTH * 100)} %); the full snapshot ${((r.fullGzip / base.fullGzip) * 100).toFixed(1)} %`,
      );
      json[`growth_${r.reps}x${r.years}`] = Math.round(growth * 1000) / 1000;
    }
    return { lines, json: { bench: 'snapshot', ...json } };
  },
};
