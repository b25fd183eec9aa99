// Dates as exports write them: ISO, day-first, month-first, yyyymmdd, sheet serials, with or without times and offsets.
import {
  type At,
  instantMsToAt,
  instantToAt,
  MINUTES_PER_DAY,
  parseDateText,
  validDay,
} from '../time';
import type { DateOrder } from './mapping';

/** A date read from an export: the wall-clock minute in the workbook's zone, and whether it had a time. */
export interface ReadDate {
  readonly at: At;
  readonly hasTime: boolean;
}

// Sheets and Excel count days from 1899-12-30 (25569 days before 1970-01-01).
const SERIAL_EPOCH = 25569;
/** Serial numbers read as dates: 1950-01-01 .. 2099-12-31, as the Deals tab reads them. */
const SERIAL_MIN = 18264;
const SERIAL_MAX = 73050;

const ISO = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DMY =
  /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const SERIAL = /^\d{5}(\.\d+)?$/;

/** `a/b/yyyy` text: the two small numbers, for deciding the order. */
export function dmyParts(text: string): readonly [number, number] | null {
  const m = DMY.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

export type OrderDecision =
  | { readonly kind: 'decided'; readonly order: DateOrder }
  | { readonly kind: 'none' }
  | { readonly kind: 'ambiguous'; readonly example: string }
  | { readonly kind: 'mixed'; readonly order: DateOrder };

/**
 * Day-first or month-first, from every `a/b/yyyy` value of the export's date columns: a first
 * number above 12 proves day-first, a second one above 12 month-first. When no value proves
 * either (all days are 12 or less), the data cannot say.
 */
export function decideDateOrder(cells: readonly string[]): OrderDecision {
  let dayFirst = 0;
  let monthFirst = 0;
  let example: string | null = null;
  for (const cell of cells) {
    const p = dmyParts(cell);
    if (p === null) continue;
    if (p[0] > 12 && p[1] <= 12) dayFirst++;
    else if (p[1] > 12 && p[0] <= 12) monthFirst++;
    else if (example === null && p[0] !== p[1]) example = cell.trim();
  }
  if (dayFirst > 0 && monthFirst > 0)
    return { kind: 'mixed', order: dayFirst >= monthFirst ? 'day-first' : 'month-first' };
  if (dayFirst > 0) return { kind: 'decided', order: 'day-first' };
  if (monthFirst > 0) return { kind: 'decided', order: 'month-first' };
  return example === null ? { kind: 'none' } : { kind: 'ambiguous', example };
}

export interface DateContext {
  /** How `a/b/yyyy` reads (day-first when the data never needed to say). */
  readonly order: DateOrder;
  /** The zone the export writes times in (times without an offset). */
  readonly exportZone: string;
  /** The workbook's zone: what every date is converted to. */
  readonly workbookZone: string;
}

/** The instant (ms) a wall-clock minute shows in a zone: the offset is found in two steps (DST-safe for all but the skipped hour). */
function wallToInstantMs(wall: At, zone: string): number {
  const guess = wall * 60_000;
  // The zone's offset (minutes) at an instant; the instant is the wall time minus the offset then.
  const offset = (ms: number) => instantMsToAt(ms, zone) - Math.floor(ms / 60_000);
  const first = guess - offset(guess) * 60_000;
  return guess - offset(first) * 60_000;
}

/** Wall time in the export's zone to wall time in the workbook's (a no-op when they are the same). */
function toWorkbook(wall: At, ctx: DateContext): At {
  if (ctx.exportZone === ctx.workbookZone) return wall;
  return instantMsToAt(wallToInstantMs(wall, ctx.exportZone), ctx.workbookZone);
}

function withTime(day: number, h: number, min: number, ctx: DateContext): ReadDate {
  return { at: toWorkbook(day * MINUTES_PER_DAY + h * 60 + min, ctx), hasTime: true };
}

/** Reads one date cell; null when it is not a date in any of the shapes exports use. */
export function readDate(cell: string | number | Date, ctx: DateContext): ReadDate | null {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    const at = instantToAt(cell, ctx.workbookZone);
    return { at, hasTime: at % MINUTES_PER_DAY !== 0 };
  }
  const text = typeof cell === 'number' ? String(cell) : cell.trim();
  if (ISO.test(text)) {
    const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/i.test(text) && text.length > 10;
    // Without an offset the text is wall time (the zone argument is not used); with one, an instant.
    const at = parseDateText(text, ctx.workbookZone);
    if (at === null) return null;
    if (text.length === 10) return { at, hasTime: false };
    return { at: hasOffset ? at : toWorkbook(at, ctx), hasTime: true };
  }
  let m = YMD_SLASH.exec(text) ?? COMPACT.exec(text);
  if (m) {
    const day = validDay(Number(m[1]), Number(m[2]), Number(m[3]));
    return day === null ? null : { at: day * MINUTES_PER_DAY, hasTime: false };
  }
  if (SERIAL.test(text)) {
    const serial = Number(text);
    if (serial < SERIAL_MIN || serial >= SERIAL_MAX + 1) return null;
    const minutes = Math.round((serial - SERIAL_EPOCH) * MINUTES_PER_DAY);
    if (minutes % MINUTES_PER_DAY === 0) return { at: minutes, hasTime: false };
    return { at: toWorkbook(minutes, ctx), hasTime: true };
  }
  m = DMY.exec(text);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const [d, mo] = ctx.order === 'day-first' ? [a, b] : [b, a];
  let year = Number(m[3]);
  // Two-digit years: 00-69 are 2000s, 70-99 the 1900s, as spreadsheets read them.
  if (m[3]!.length === 2) year += year < 70 ? 2000 : 1900;
  const day = validDay(year, mo, d);
  if (day === null) return null;
  if (m[4] === undefined) return { at: day * MINUTES_PER_DAY, hasTime: false };
  let h = Number(m[4]);
  const min = Number(m[5]);
  const ampm = m[7]?.toLowerCase();
  if (ampm !== undefined) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ampm === 'pm' ? 12 : 0);
  }
  if (h > 23 || min > 59) return null;
  return withTime(day, h, min, ctx);
}
