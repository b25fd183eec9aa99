// Shared set-up for the add-on tests: a private build of the bundle, the demo workbook, cell snapshots.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoWorkbook } from '../../shared/demo';
import { type Grid, headerKey, TAB_SPECS, type WorkbookGrids } from '../../shared/workbook';
import type { FakeLocale, FakeSpreadsheet } from './fake';
import { zonedInstant } from './fake/typed-input';
import { type LoadedAddon, type LoadOptions, loadAddon } from './fake/load-bundle';

export const ROOT = join(import.meta.dirname, '../..');
export const NOW = new Date('2026-11-26T15:00:00Z');
export const AS_OF = '2026-11-26';
/**
 * The suite runs twice (vitest.config.ts projects): an en_US spreadsheet in Los Angeles and a
 * de_DE one in Berlin, both away from the demo's Settings zone (New York), so a date read in the
 * wrong zone or text parsed the en_US way shows up.
 */
export const LOCALE: FakeLocale =
  process.env.BELLRINGER_FAKE_LOCALE === 'de_DE' ? 'de_DE' : 'en_US';
export const TIME_ZONE = LOCALE === 'de_DE' ? 'Europe/Berlin' : 'America/Los_Angeles';

let built: string | null = null;

/** Builds the bundle once per test file into its own folder, so parallel files never race. */
export function buildBundle(): string {
  if (built) return built;
  const dir = mkdtempSync(join(tmpdir(), 'bellringer-appsscript-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-appsscript.mjs'), '--out', dir], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  built = dir;
  return dir;
}

/** The web app of the bound-script deployment docs/addon.md describes; pass `serviceUrl: null` for none. */
export const WEB_APP_URL = 'https://script.google.com/macros/s/ABC/exec';

export function addon(options: LoadOptions = {}): LoadedAddon {
  return loadAddon({
    dir: buildBundle(),
    now: NOW,
    timeZone: TIME_ZONE,
    locale: LOCALE,
    serviceUrl: WEB_APP_URL,
    ...options,
  });
}

let demo: WorkbookGrids | null = null;
export function demoGrids(): WorkbookGrids {
  demo ??= generateDemoWorkbook({ seed: 'addon-test', asOf: AS_OF });
  return demo;
}

const DATE_COLUMNS = new Map(
  TAB_SPECS.map((t) => [
    t.name as string,
    new Set(t.columns.filter((c) => c.validation.kind === 'date').map((c) => headerKey(c.header))),
  ]),
);
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/;

/**
 * The grid as Sheets holds it when the tab is set up like Set up does: date columns hold date
 * cells (a Date at that wall time in the spreadsheet's zone), every other cell what was written.
 */
export function asSheetCells(
  tab: string,
  grid: Grid,
  ss: FakeSpreadsheet,
): readonly (readonly unknown[])[] {
  const dates = DATE_COLUMNS.get(tab);
  const cols = new Set(
    (grid[0] ?? []).flatMap((h, i) => (dates?.has(headerKey(String(h ?? ''))) ? [i] : [])),
  );
  if (cols.size === 0) return grid;
  const D = ss.env.dateCtor;
  return grid.map((row, r) =>
    r === 0
      ? row
      : row.map((v, c) => {
          const m = cols.has(c) && typeof v === 'string' ? DATE_TEXT.exec(v) : null;
          if (!m) return v;
          const [y, mo, d, h, mi] = m.slice(1).map((x) => Number(x ?? 0));
          return new D(zonedInstant(y!, mo!, d!, h!, mi!, 0, ss.timeZone));
        }),
  );
}

/** Adds each tab of `grids` as a sheet whose cells are as Sheets would hold them (asSheetCells). */
export function fill(ss: FakeSpreadsheet, grids: WorkbookGrids): void {
  for (const [tab, grid] of Object.entries(grids)) ss.addSheet(tab, asSheetCells(tab, grid, ss));
}

/** A Date from any realm (the add-on's vm context has its own Date). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A date cell as Sheets shows it in the spreadsheet's zone: 'YYYY-MM-DD'. */
export function shownDay(date: Date, timeZone = TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(date);
}

/** Every non-blank cell of the given tabs, as "Tab!R,C" → value, for before/after comparisons. */
export function cellMap(ss: FakeSpreadsheet, tabs: readonly string[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const tab of tabs) {
    const sheet = ss.sheet(tab);
    if (!sheet) continue;
    sheet.grid().forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== '') out.set(`${tab}!${r + 1},${c + 1}`, isDate(v) ? v.toISOString() : v);
      });
    });
  }
  return out;
}
