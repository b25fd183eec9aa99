// Cells as the engine reads them: date cells as wall-clock text in the spreadsheet's zone, percent cells as percent points.
//
// Sheets stores a date cell as a wall-clock date in the spreadsheet's time zone and getValues
// returns it as a Date at that wall time there (midnight for a plain date). Reading that instant
// in any other zone (the Settings zone) can move it to the day before, so the adapter turns it
// back into the wall-clock text the person typed, in the zone Sheets used, and the engine reads
// that text as a day in the Settings zone like any typed date.
// https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()
//
// A cell formatted as a percent holds a fraction (8% is 0.08). Every percent field of the
// workbook (base_rate, tier_a_min_pct, ...) is in percent points, so such a cell is read as the
// percent the person sees: 8. A plain 8 and the text "8%" read as 8 too; a plain 0.08 stays 0.08
// (0.08 %), because no size rule can tell a small rate from a fraction.
import type { Cell, Grid } from '../../../shared/workbook';
import { dayOfAt, instantToAt, isoAt, isoDay, minuteOfDayOf } from '../../../shared/time';

/** A date cell's value as 'YYYY-MM-DD' (or 'YYYY-MM-DD HH:MM' with a time) in `timeZone`. */
export function dateCellText(date: Date, timeZone: string): string {
  const at = instantToAt(date, timeZone);
  if (Number.isNaN(at)) return '';
  return minuteOfDayOf(at) === 0 ? isoDay(dayOfAt(at)) : isoAt(at);
}

/** Whether a number format shows a percent: a '%' outside quoted or backslash-escaped text. */
export function isPercentFormat(format: string): boolean {
  return format.replace(/"[^"]*"|\\./g, '').includes('%');
}

/** A percent cell's fraction as percent points, without float noise (0.07 → 7, not 7.000000000000001). */
export function percentPoints(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}

/**
 * The grid with Date cells as text in `timeZone` and, when `formats` is given, percent-formatted
 * numbers as percent points. Changes the grid in place (it was just read) and returns it.
 */
export function engineCells(
  grid: Cell[][],
  timeZone: string,
  formats: readonly (readonly string[])[] | null,
): Grid {
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r]!;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v instanceof Date) row[c] = dateCellText(v, timeZone);
      else if (typeof v === 'number' && formats && isPercentFormat(formats[r]?.[c] ?? ''))
        row[c] = percentPoints(v);
    }
  }
  return grid;
}
