// What Set up puts under a new header: Settings defaults, the built-in badges, or the demo's rows.
import type { Cell, Grid } from '../../../shared/workbook';
import { headerKey, SETTING_SPECS, tabHeader } from '../../../shared/workbook';

/** A grid (header first) re-laid under `header`: matching columns by key, unknown ones dropped. */
export function mapRows(grid: Grid, header: readonly string[]): Cell[][] {
  const from = (grid[0] ?? []).map((h) => headerKey(String(h ?? '')));
  const src = header.map((h) => from.indexOf(headerKey(h)));
  const out: Cell[][] = [];
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r]!;
    if (row.every((c) => c === null || c === undefined || c === '')) continue;
    out.push(src.map((i) => (i < 0 ? '' : (row[i] ?? ''))));
  }
  return out;
}

/** Headers of `grid` that `header` lacks (e.g. the demo's per-competency score columns). */
export function extraHeaders(grid: Grid, header: readonly string[]): string[] {
  const have = new Set(header.map(headerKey));
  return (grid[0] ?? [])
    .map((h) => String(h ?? '').trim())
    .filter((h) => h !== '' && !have.has(headerKey(h)));
}

/** A setting's default as a cell: the spreadsheet's zone for time_zone, blank for "(...)" texts. */
export function settingDefault(setting: string, defaultText: string, timeZone: string): Cell {
  if (setting === 'time_zone') return timeZone;
  if (defaultText.startsWith('(')) return '';
  const n = Number(defaultText);
  return defaultText.trim() !== '' && Number.isFinite(n) ? n : defaultText;
}

/** The Settings rows: every setting with its default, or the demo's value where it gives one. */
export function settingsSeed(timeZone: string, demo: Grid | undefined): Grid {
  const given = new Map<string, Cell>();
  for (const row of demo?.slice(1) ?? []) given.set(headerKey(String(row[0] ?? '')), row[1]);
  return [
    tabHeader('Settings'),
    ...SETTING_SPECS.map((s) => [
      s.setting,
      given.get(headerKey(s.setting)) ?? settingDefault(s.setting, s.defaultText, timeZone),
    ]),
  ];
}
