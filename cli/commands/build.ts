// `bellringer build`: read a workbook, run the engine, write tabs/<Tab>.csv and site/snapshot.json.
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type EngineOptions,
  type EngineResult,
  type ParsedInput,
  parseInput,
  runParsed,
} from '../../shared/engine';
import type { DataIssue } from '../../shared/issues';
import type { WorkbookGrids } from '../../shared/workbook';
import { checkAsOf, checkNow, checkTimeZone, grouped } from '../args';
import { CliError, type Io } from '../errors';
import { writeTables } from '../io/folder';
import { loadWorkbook } from '../io/input';
import { importForBuild } from './import-run';
import { writeSnapshotFiles } from '../snapshot-files';
import { type BadgesOutcome, writeOpenBadges } from './build-badges';
import { type PrivateOutcome, writePrivatePages } from './build-private';

export const BUILD_HELP = `bellringer build --input <folder|file.xlsx> --out <folder> [--as-of YYYY-MM-DD] [--time-zone Area/City] [--now ISO-instant] [--from <export file> [--mapping <file>]] [--rotate-keys all|rep_id,...]
  Runs the engine over a workbook (a folder of <Tab>.csv files or an .xlsx export) and writes
  <out>/tabs/<Tab>.csv for every output tab and <out>/site/snapshot.json (plus the on-demand parts in
  <out>/site/snapshot.parts/) for the leaderboard site.
  --as-of      the day to report on (default: today in the workbook's time zone)
  --time-zone  overrides the workbook's time_zone setting
  --now        the moment of the run (default: the clock), e.g. 2026-11-26T15:00:00Z: stamps the
               snapshot's generatedAt, so two builds with the same --now are byte-identical
  --from       a CRM export, imported in memory (as "bellringer import" does, deals updated by
               id) before the build; --input becomes optional and is never written
  --mapping    with --from: the key,value CSV the import mapping is read from and its questions
               are written to (default: the workbook's Import Mapping tab, read only)
  --rotate-keys all | rep_id,rep_id   new private page keys (and links) for these reps; their
               old links stop working with this build (see docs/privacy.md, "Private pages").
               Not needed for private pages: every build keeps each rep's link
  Exit 0 built (even with data issues: see <out>/tabs/Issues.csv); 1 nothing usable or an
  unreadable input; 2 a wrong command line (an unknown --rotate-keys rep id); 3 (--from) the
  import has questions to answer.
  With Settings private_pages on, each active rep's page is sealed into <out>/site/private/ and
  the links go to <out>/private/links.csv, with the keys in <out>/private/keys.json: never publish
  <out>/private/.`;

/** A workbook without a time_zone setting is read in UTC, as WORKBOOK.md says for CSV. */
export const CLI_DEFAULT_TIME_ZONE = 'UTC';

export interface BuildOptions {
  readonly out: string;
  readonly asOf?: string;
  readonly timeZone?: string;
  /** The clock: picks the as-of day when none is given, and stamps the snapshot. */
  readonly now: Date;
  /** Problems found while reading the input files; they join the Issues tab. */
  readonly inputIssues?: readonly DataIssue[];
  /** Private page keys to rotate (`all` or rep ids); see build-private.ts. */
  readonly rotateKeys?: 'all' | readonly string[];
}

export interface BuildOutcome {
  readonly result: EngineResult;
  readonly tabsDir: string;
  readonly snapshotPath: string;
  /** False when nothing usable was read: no snapshot was written (result.nothingUsable says why). */
  readonly published: boolean;
  readonly issuesPath: string;
  /** Private pages sealed by an async build (buildWorkbook); null when nothing was published. */
  readonly private?: PrivateOutcome | null;
  /** Open Badges written by an async build (buildWorkbook); null when nothing was published. */
  readonly badges?: BadgesOutcome | null;
}

function engineOptions(options: BuildOptions): EngineOptions {
  return {
    now: options.now,
    defaultTimeZone: CLI_DEFAULT_TIME_ZONE,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.inputIssues ? { inputIssues: options.inputIssues } : {}),
  };
}

/** Runs the engine over grids and writes every output; the pure part stays in shared/. */
export function buildGrids(grids: WorkbookGrids, options: BuildOptions): BuildOutcome {
  return buildParsed(parseInput(grids, engineOptions(options)), options);
}

/** Runs the engine over a parsed workbook (its grids may be gone) and writes every output. */
function buildParsed(parsed: ParsedInput, options: BuildOptions): BuildOutcome {
  const result = runParsed(parsed, engineOptions(options));
  const tabsDir = join(options.out, 'tabs');
  const siteDir = join(options.out, 'site');
  try {
    writeTables(tabsDir, result.tables);
    if (result.nothingUsable === null) {
      mkdirSync(siteDir, { recursive: true });
      writeSnapshotFiles(siteDir, result.snapshot);
    }
  } catch (error) {
    throw new CliError(`Cannot write to ${options.out}: ${(error as Error).message}`);
  }
  return {
    result,
    tabsDir,
    snapshotPath: join(siteDir, 'snapshot.json'),
    published: result.nothingUsable === null,
    issuesPath: join(tabsDir, 'Issues.csv'),
  };
}

/**
 * Reads and parses the workbook; the grids live only in this call, so they can be collected
 * while the engine runs (a large workbook's grids are as big as everything the run builds).
 */
async function loadParsed(
  input: string,
  options: BuildOptions,
): Promise<{ parsed: ParsedInput; options: BuildOptions }> {
  const { grids, issues } = await loadWorkbook(input);
  const withIssues = { ...options, inputIssues: [...(options.inputIssues ?? []), ...issues] };
  return { parsed: parseInput(grids, engineOptions(withIssues)), options: withIssues };
}

export async function buildWorkbook(input: string, options: BuildOptions): Promise<BuildOutcome> {
  const loaded = await loadParsed(input, options);
  const outcome = buildParsed(loaded.parsed, loaded.options);
  if (!outcome.published) return { ...outcome, private: null, badges: null };
  let sealed: PrivateOutcome;
  let badges: BadgesOutcome;
  try {
    badges = writeOpenBadges(outcome.result, options.out);
    sealed = await writePrivatePages(outcome.result, options.out, {
      ...(options.rotateKeys ? { rotate: options.rotateKeys } : {}),
      badges: badges.portable,
    });
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      `Cannot write the private pages to ${options.out}: ${(error as Error).message}`,
    );
  }
  return { ...outcome, private: sealed, badges };
}

/** The lines `build` prints: what was read, what was written, and where the data issues are. */
export function buildSummary(outcome: BuildOutcome, cwd: string): string[] {
  const { result } = outcome;
  const wb = result.workbook;
  const rel = (p: string) => relative(cwd, p) || '.';
  const issues = result.issues.length;
  return [
    `${result.settings.teamName}: as of ${result.snapshot.asOf} (${result.settings.timeZone}), ${wb.reps.length} reps, ${grouped(wb.activities.length)} activity rows, ${grouped(wb.deals.length)} deals.`,
    outcome.published
      ? `Wrote ${result.tables.length} tabs to ${rel(outcome.tabsDir)} and the site snapshot to ${rel(outcome.snapshotPath)}.`
      : `Wrote ${result.tables.length} tabs to ${rel(outcome.tabsDir)}; no new site snapshot. ${result.nothingUsable}${
          existsSync(outcome.snapshotPath)
            ? ` ${rel(outcome.snapshotPath)} is left as it was: the last good snapshot stays served (as the add-on does).`
            : ''
        }`,
    ...privateSummary(outcome.private ?? null, rel),
    ...(outcome.private?.linksPath && !result.settings.siteUrl
      ? [
          `Settings site_url is blank, so the links in ${rel(outcome.private.linksPath)} are relative (private.html#...) and cannot be sent as they are: set site_url to the address where site/ is hosted and build again.`,
        ]
      : []),
    ...(outcome.badges?.assertions
      ? [
          `Wrote ${outcome.badges.assertions} Open Badges assertion(s) in site/badges/ (public awards of public reps with an email).`,
        ]
      : []),
    issues === 0
      ? 'No data issues.'
      : `${grouped(issues)} data issue${issues === 1 ? '' : 's'}: see ${rel(outcome.issuesPath)}`,
  ];
}

function privateSummary(p: PrivateOutcome | null, rel: (p: string) => string): string[] {
  if (p === null || (p.pages === 0 && p.removed === 0)) return [];
  const rotated = p.rotated.length
    ? ` Rotated ${p.rotated.length} key(s): their old links no longer open.`
    : '';
  return [
    p.linksPath === null
      ? `No private pages (Settings private_pages is none); removed ${p.removed} earlier sealed file(s).`
      : `Sealed ${p.pages} private page(s) in site/private/; each rep's link is in ${rel(p.linksPath)} (keep it and ${rel(p.keysPath)} private: a link opens its page).${rotated}`,
  ];
}

export async function buildCommand(args: string[], io: Io, now: Date): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      input: { type: 'string' },
      out: { type: 'string' },
      'as-of': { type: 'string' },
      'time-zone': { type: 'string' },
      now: { type: 'string' },
      'rotate-keys': { type: 'string' },
      from: { type: 'string' },
      mapping: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.input && !values.from)
    throw new CliError('build needs --input <folder|file.xlsx> (or --from <export file>)', 2);
  if (!values.out) throw new CliError('build needs --out <folder>', 2);
  const asOf = checkAsOf(values['as-of']);
  const timeZone = checkTimeZone(values['time-zone']);
  const rotate = values['rotate-keys'];
  const options: BuildOptions = {
    ...(rotate === undefined
      ? {}
      : {
          rotateKeys:
            rotate.trim() === 'all'
              ? 'all'
              : rotate
                  .split(',')
                  .map((s) => s.trim())
                  .filter(Boolean),
        }),
    out: values.out,
    now: checkNow(values.now) ?? now,
    ...(asOf ? { asOf } : {}),
    ...(timeZone ? { timeZone } : {}),
  };
  let outcome: BuildOutcome;
  if (values.from) {
    // A raw export, imported in memory first (bellringer import's rules; nothing written to --input).
    const loaded = values.input ? await loadWorkbook(values.input) : { grids: {}, issues: [] };
    const imported = await importForBuild(loaded.grids, values.from, values.mapping);
    outcome = buildGrids(imported.grids, {
      ...options,
      inputIssues: [...loaded.issues, ...imported.issues],
    });
  } else outcome = await buildWorkbook(values.input!, options);
  for (const line of buildSummary(outcome, process.cwd())) io.out(line);
  if (!outcome.published) {
    io.err(`bellringer build: ${outcome.result.nothingUsable}`);
    return 1;
  }
  return 0;
}
