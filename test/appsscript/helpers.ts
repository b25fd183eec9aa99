// Shared set-up for the add-on tests: a private build of the bundle, the demo workbook, cell snapshots.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoWorkbook } from '../../shared/demo';
import type { WorkbookGrids } from '../../shared/workbook';
import type { FakeSpreadsheet } from './fake';
import { type LoadedAddon, type LoadOptions, loadAddon } from './fake/load-bundle';

export const ROOT = join(import.meta.dirname, '../..');
export const NOW = new Date('2026-11-26T15:00:00Z');
export const AS_OF = '2026-11-26';
export const TIME_ZONE = 'America/New_York';

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
    serviceUrl: WEB_APP_URL,
    ...options,
  });
}

let demo: WorkbookGrids | null = null;
export function demoGrids(): WorkbookGrids {
  demo ??= generateDemoWorkbook({ seed: 'addon-test', asOf: AS_OF });
  return demo;
}

export function fill(ss: FakeSpreadsheet, grids: WorkbookGrids): void {
  for (const [tab, grid] of Object.entries(grids)) ss.addSheet(tab, grid);
}

/** Every non-blank cell of the given tabs, as "Tab!R,C" → value, for before/after comparisons. */
export function cellMap(ss: FakeSpreadsheet, tabs: readonly string[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const tab of tabs) {
    const sheet = ss.sheet(tab);
    if (!sheet) continue;
    sheet.grid().forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== '') out.set(`${tab}!${r + 1},${c + 1}`, v instanceof Date ? v.toISOString() : v);
      });
    });
  }
  return out;
}
