// `bellringer start`: generate today's demo, build it into ./.demo/, and print what the team would see.
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_TIME_ZONE } from '../../shared/demo';
import { grouped, todayIn } from '../args';
import type { Io } from '../errors';
import { snapshotSummary } from '../summary';
import { type BuildOutcome, buildGrids } from './build';
import { DEFAULT_SEED, writeDemo } from './demo';

export const START_HELP = `bellringer start [--out <folder>] [--seed S]
  Generates the demo workbook for today, builds it into ./.demo/ (workbook/, tabs/, site/)
  and prints a summary: leaderboards, live contests, recent badges and data issues, then serves
  the site on http://127.0.0.1 until Ctrl+C.
  --out   the folder to build into (default ./.demo)
  --seed  any text or number: the same seed gives the same demo (default 1)
  PORT=N  (environment) the port to serve on (default 4173; another free one when taken)
  BELLRINGER_NO_SERVE=1  (environment) build and print only, serve nothing (scripts, CI)`;

export const DEFAULT_START_DIR = '.demo';

/** What `start` hands to whatever comes after the build (the site issue adds a static server here). */
export interface StartContext {
  readonly outDir: string;
  readonly siteDir: string;
  readonly snapshotPath: string;
  readonly outcome: BuildOutcome;
  readonly io: Io;
}

export interface StartHooks {
  /** Runs after the build and the summary; e.g. serve <outDir>/site. Resolves when done serving. */
  afterBuild?: (context: StartContext) => Promise<void>;
}

export async function startCommand(
  args: string[],
  io: Io,
  now: Date,
  hooks: StartHooks = {},
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, seed: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const outDir = resolve(values.out ?? DEFAULT_START_DIR);
  const asOf = todayIn(DEMO_TIME_ZONE, now);
  const files = await writeDemo(outDir, values.seed ?? DEFAULT_SEED, asOf, 'demo');
  const outcome = buildGrids(files.grids, { out: outDir, asOf, now });
  for (const line of snapshotSummary(outcome.result.snapshot)) io.out(line);
  const issues = outcome.result.issues.length;
  const rel = (p: string) => relative(process.cwd(), p) || '.';
  io.out('');
  io.out(
    issues === 0
      ? 'Data issues: none.'
      : `Data issues: ${grouped(issues)} (see ${rel(outcome.issuesPath)})`,
  );
  io.out(`Workbook: ${rel(files.workbookDir)}/ and ${rel(files.xlsxPath!)}`);
  io.out(`Output tabs: ${rel(outcome.tabsDir)}/   Site snapshot: ${rel(outcome.snapshotPath)}`);
  if (hooks.afterBuild) {
    await hooks.afterBuild({
      outDir,
      siteDir: join(outDir, 'site'),
      snapshotPath: outcome.snapshotPath,
      outcome,
      io,
    });
  }
  return 0;
}
