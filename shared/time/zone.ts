// Time zones: instants to wall-clock `At` minutes (Intl, cached), ISO date text to `At`, and At helpers.
import { dayFromYmd, isoDay, pad2, validDay } from './day';
import { type At, type Day, MINUTES_PER_DAY } from './types';

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const HOURS_PER_DAY = 24;
/** Marks an hour bucket that contains an offset change: such instants are resolved one by one. */
const MIXED = Number.NaN;

interface ZoneCache {
  readonly format: Intl.DateTimeFormat;
  /** Offset (wall ms minus UTC ms) per UTC hour bucket; MIXED when the hour holds a transition. */
  readonly offsets: Map<number, number>;
  lastBucket: number;
  lastOffset: number;
}

const zones = new Map<string, ZoneCache>();
const validity = new Map<string, boolean>();
let lastZoneName = '';
let lastZone: ZoneCache | null = null;

/** True when `tz` is an IANA time zone name this runtime knows (e.g. 'Europe/London', 'UTC'). */
export function isValidTimeZone(tz: string): boolean {
  const known = validity.get(tz);
  if (known !== undefined) return known;
  let ok = typeof tz === 'string' && tz.trim() !== '';
  if (ok) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
    } catch {
      ok = false;
    }
  }
  validity.set(tz, ok);
  return ok;
}

function zoneCache(timeZone: string): ZoneCache {
  if (timeZone === lastZoneName && lastZone) return lastZone;
  let zone = zones.get(timeZone);
  if (!zone) {
    // hourCycle h23 avoids '24' at midnight; the gregory calendar and latn digits are pinned so
    // the parts are plain numbers whatever the runtime's default locale.
    const format = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zone = { format, offsets: new Map(), lastBucket: Number.NaN, lastOffset: 0 };
    zones.set(timeZone, zone);
  }
  lastZoneName = timeZone;
  lastZone = zone;
  return zone;
}

/** Offset in ms at instant `ms` (to the second: Intl does not show milliseconds). */
function offsetAt(zone: ZoneCache, ms: number): number {
  const whole = ms - (((ms % 1000) + 1000) % 1000);
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  let s = 0;
  for (const part of zone.format.formatToParts(whole)) {
    switch (part.type) {
      case 'year':
        y = Number(part.value);
        break;
      case 'month':
        mo = Number(part.value);
        break;
      case 'day':
        d = Number(part.value);
        break;
      case 'hour':
        h = Number(part.value);
        break;
      case 'minute':
        mi = Number(part.value);
        break;
      case 'second':
        s = Number(part.value);
        break;
      default:
        break;
    }
  }
  const wall = ((dayFromYmd(y, mo, d) * 24 + h) * 60 + mi) * 60_000 + s * 1000;
  return wall - whole;
}

// Fills the cache for the UTC day around `bucket`: two Intl calls cover 24 hours when the offset
// does not change that day; on a switch day each hour is checked at both ends instead. This
// assumes no zone switches twice within one UTC day (or twice within one hour) and back.
function fillBuckets(zone: ZoneCache, bucket: number): void {
  const first = Math.floor(bucket / HOURS_PER_DAY) * HOURS_PER_DAY;
  const dayStartOffset = offsetAt(zone, first * MS_PER_HOUR);
  const dayEndOffset = offsetAt(zone, (first + HOURS_PER_DAY) * MS_PER_HOUR - 1);
  if (dayStartOffset === dayEndOffset) {
    for (let b = first; b < first + HOURS_PER_DAY; b++) zone.offsets.set(b, dayStartOffset);
    return;
  }
  for (let b = first; b < first + HOURS_PER_DAY; b++) {
    const start = offsetAt(zone, b * MS_PER_HOUR);
    const end = offsetAt(zone, (b + 1) * MS_PER_HOUR - 1);
    zone.offsets.set(b, start === end ? start : MIXED);
  }
}

/**
 * The wall-clock minute (`At`) that instant `epochMs` shows in `timeZone`. NaN for a non-finite
 * instant. Throws RangeError for an unknown zone: check it once with isValidTimeZone.
 */
export function instantMsToAt(epochMs: number, timeZone: string): At {
  if (!Number.isFinite(epochMs)) return Number.NaN;
  const zone = zoneCache(timeZone);
  const bucket = Math.floor(epochMs / MS_PER_HOUR);
  let offset: number;
  if (bucket === zone.lastBucket) {
    offset = zone.lastOffset;
  } else {
    let cached = zone.offsets.get(bucket);
    if (cached === undefined) {
      fillBuckets(zone, bucket);
      cached = zone.offsets.get(bucket) as number;
    }
    offset = cached;
    zone.lastBucket = bucket;
    zone.lastOffset = offset;
  }
  if (Number.isNaN(offset)) offset = offsetAt(zone, epochMs);
  return Math.floor((epochMs + offset) / MS_PER_MINUTE);
}

/** The wall-clock minute a Date (an instant, e.g. a sheet's date cell) shows in `timeZone`. */
export function instantToAt(date: Date, timeZone: string): At {
  return instantMsToAt(date.getTime(), timeZone);
}

// Hand-rolled scanner rather than a regex: this runs once per activity row (~250k per run).
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

/**
 * Reads ISO date text as local wall time in `timeZone`: 'YYYY-MM-DD', 'YYYY-MM-DD HH:MM',
 * 'YYYY-MM-DDTHH:MM', each with optional ':SS' (and fraction). Text ending in 'Z' or '+hh:mm'
 * names an instant and is converted to `timeZone`. Seconds are dropped (At counts minutes).
 * Null for anything else, impossible dates or times, or an offset form with an unknown zone.
 */
export function parseDateText(text: string, timeZone: string): At | null {
  let s = text;
  if (s.length > 0 && (isBlank(s.charCodeAt(0)) || isBlank(s.charCodeAt(s.length - 1)))) {
    s = s.trim();
  }
  const n = s.length;
  if (n < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const dom = digits(s, 8, 2);
  if (year < 0 || month < 0 || dom < 0) return null;
  const day = validDay(year, month, dom);
  if (day === null) return null;
  if (n === 10) return day * MINUTES_PER_DAY;
  const sep = s.charCodeAt(10);
  if (!(sep === 32 || sep === 84 || sep === 116) || n < 16 || s.charCodeAt(13) !== 58) return null;
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
  let i = 16;
  let second = 0;
  if (i < n && s.charCodeAt(i) === 58) {
    second = digits(s, i + 1, 2);
    if (second < 0 || second > 59 || i + 3 > n) return null;
    i += 3;
    if (i < n && s.charCodeAt(i) === 46) {
      const from = ++i;
      while (i < n && digits(s, i, 1) >= 0) i++;
      if (i === from) return null;
    }
  }
  const wall = day * MINUTES_PER_DAY + hour * 60 + minute;
  if (i === n) return wall;
  const offsetMinutes = parseOffset(s, i);
  if (offsetMinutes === null || !isValidTimeZone(timeZone)) return null;
  return instantMsToAt(((wall - offsetMinutes) * 60 + second) * 1000, timeZone);
}

/** 'Z', '+hh:mm', '-hh:mm' or '+hhmm' running to the end of `s`, as minutes east of UTC. */
function parseOffset(s: string, i: number): number | null {
  const rest = s.length - i;
  const c = s.charCodeAt(i);
  if (c === 90 || c === 122) return rest === 1 ? 0 : null;
  if (c !== 43 && c !== 45) return null;
  const colon = rest === 6 && s.charCodeAt(i + 3) === 58;
  if (!colon && rest !== 5) return null;
  const oh = digits(s, i + 1, 2);
  const om = digits(s, colon ? i + 4 : i + 3, 2);
  if (oh < 0 || oh > 18 || om < 0 || om > 59) return null;
  return (c === 45 ? -1 : 1) * (oh * 60 + om);
}

/** The At of a minute (0..1439) within a day. */
export function atOf(day: Day, minuteOfDay: number): At {
  return day * MINUTES_PER_DAY + minuteOfDay;
}

export function dayOfAt(at: At): Day {
  return Math.floor(at / MINUTES_PER_DAY);
}

/** Minutes since local midnight, 0..1439. */
export function minuteOfDayOf(at: At): number {
  return at - Math.floor(at / MINUTES_PER_DAY) * MINUTES_PER_DAY;
}

/** 'YYYY-MM-DD HH:MM', or with `separator` 'T' the ISO local date-time 'YYYY-MM-DDTHH:MM'. */
export function isoAt(at: At, separator: ' ' | 'T' = ' '): string {
  const minute = minuteOfDayOf(at);
  return isoDay(dayOfAt(at)) + separator + pad2(Math.floor(minute / 60)) + ':' + pad2(minute % 60);
}

/**
 * The first instant of local day `day` in `timeZone`, in epoch ms. Where a clock change skips
 * midnight, the day starts at the first wall time that exists (01:00 in America/Santiago's
 * spring); where midnight happens twice, at the first. The offsets a day before and after cover
 * any change near midnight.
 */
export function dayStartMs(day: Day, timeZone: string): number {
  const wallMs = day * MINUTES_PER_DAY * MS_PER_MINUTE;
  const offsetMin = (ms: number) => instantMsToAt(ms, timeZone) - Math.floor(ms / MS_PER_MINUTE);
  let start = Number.POSITIVE_INFINITY;
  for (const probe of [wallMs - 86_400_000, wallMs, wallMs + 86_400_000]) {
    const ms = wallMs - offsetMin(probe) * MS_PER_MINUTE;
    if (dayOfAt(instantMsToAt(ms, timeZone)) === day && ms < start) start = ms;
  }
  return start;
}

/**
 * The first instant of local day `day` in `timeZone` (dayStartMs), as ISO 8601 with the zone's
 * UTC offset then (`2026-11-03T00:00:00-05:00`).
 */
export function dayStartIso(day: Day, timeZone: string): string {
  const start = dayStartMs(day, timeZone);
  const at = instantMsToAt(start, timeZone);
  const off = at - Math.floor(start / MS_PER_MINUTE);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${isoAt(at, 'T')}:00${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}
