// What Set up writes on purpose: text-formatted ids and labels, real date cells, percents as percents.
//
// Sheets parses text written to a cell with no number format: "2026-11" becomes a date, "007"
// the number 7, "8%" the fraction 0.08 (https://support.google.com/docs/answer/58515, the locale
// decides how). So Set up formats each column before writing: plain text ('@') for ids, names,
// labels and lists, which Sheets then keeps as typed, also when the manager types more later;
// a date format for date columns, whose values it writes as Date cells; a percent format for
// percent fields, whose values it writes as fractions (8 → 0.08, shown as 8%). Reading turns them
// back (adapters/cell-values.ts).
import type { Cell, ColumnSpec } from '../../../shared/workbook';
import { headerKey } from '../../../shared/workbook';
import { type At, instantMsToAt, parseDateText } from '../../../shared/time';

export const TEXT_FORMAT = '@';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const PERCENT_FORMAT = '0.0#%';
/** The "Automatic" format Sheets gives a cell nobody formatted. */
export const AUTOMATIC_FORMAT = '0.###############';

/** Columns that hold percent points (8 = 8 %); Settings' percent fields are the *_pct settings. */
const PERCENT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  'Commission Plans': ['baserate'],
};

export function isPercentColumn(tab: string, header: string): boolean {
  return PERCENT_COLUMNS[tab]?.includes(headerKey(header)) ?? false;
}

export function isPercentSetting(setting: string): boolean {
  return headerKey(setting).endsWith('pct');
}

/** The Date Sheets shows as wall-clock minute `at` in `timeZone` (two passes cover a DST switch). */
export function wallDate(at: At, timeZone: string): Date {
  const wall = at * 60_000;
  let ms = wall;
  for (let i = 0; i < 2; i++) ms = wall - (instantMsToAt(ms, timeZone) * 60_000 - ms);
  return new Date(ms);
}

const isBlank = (c: Cell) => c === null || c === undefined || c === '';

/**
 * A column's number format: by its spec's kind, else (a column only the seed has, such as the
 * demo's competency scores) automatic for numbers and text for anything else.
 */
export function columnFormat(
  tab: string,
  header: string,
  spec: ColumnSpec | undefined,
  values: readonly Cell[],
): string | null {
  if (isPercentColumn(tab, header)) return PERCENT_FORMAT;
  const kind = spec?.validation.kind;
  if (kind === 'date')
    return values.some((v) => typeof v === 'string' && v.trim().length > 10)
      ? DATE_TIME_FORMAT
      : DATE_FORMAT;
  if (kind === 'number' || kind === 'boolean') return null;
  if (spec) return TEXT_FORMAT;
  return values.every((v) => isBlank(v) || typeof v === 'number') ? null : TEXT_FORMAT;
}

/** A value as written under `format`: ISO date text as a Date in the zone, percent points as a fraction. */
export function typedCell(value: Cell, format: string | null, timeZone: string): Cell {
  if (isBlank(value)) return '';
  if ((format === DATE_FORMAT || format === DATE_TIME_FORMAT) && typeof value === 'string') {
    const at = parseDateText(value, timeZone);
    return at === null ? value : wallDate(at, timeZone);
  }
  if (format === PERCENT_FORMAT && typeof value === 'number') return value / 100;
  return value;
}

/** A Settings value's format: percent for *_pct, automatic for numbers, text for the rest. */
export function settingFormat(setting: string, value: Cell): string {
  if (isPercentSetting(setting)) return PERCENT_FORMAT;
  return typeof value === 'number' ? AUTOMATIC_FORMAT : TEXT_FORMAT;
}
