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
// does not change that day; on a switch day each hour is checked at both ends instead.
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

// Date, optional time (T or one space), optional seconds and fraction, optional Z / ±hh:mm offset.
const DATE_TEXT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Reads ISO date text as local wall time in `timeZone`: 'YYYY-MM-DD', 'YYYY-MM-DD HH:MM',
 * 'YYYY-MM-DDTHH:MM', each with optional ':SS'. Text with 'Z' or '+hh:mm' names an instant and is
 * converted to `timeZone`. Seconds are dropped (At counts minutes). Null for anything else,
 * impossible dates or times, or an offset form with an unknown zone.
 */
export function parseDateText(text: string, timeZone: string): At | null {
  const m = DATE_TEXT.exec(text.trim());
  if (!m) return null;
  const day = validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if (day === null) return null;
  if (m[4] === undefined) return day * MINUTES_PER_DAY;
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const wall = day * MINUTES_PER_DAY + hour * 60 + minute;
  const zoneText = m[7];
  if (zoneText === undefined) return wall;
  let offsetMinutes = 0;
  if (zoneText.toUpperCase() !== 'Z') {
    const digits = zoneText.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2));
    if (oh > 18 || om > 59) return null;
    offsetMinutes = (zoneText[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  if (!isValidTimeZone(timeZone)) return null;
  const epochMs = ((wall - offsetMinutes) * 60 + second) * 1000;
  return instantMsToAt(epochMs, timeZone);
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

/** 'YYYY-MM-DD HH:MM'. */
export function isoAt(at: At): string {
  const minute = minuteOfDayOf(at);
  return isoDay(dayOfAt(at)) + ' ' + pad2(Math.floor(minute / 60)) + ':' + pad2(minute % 60);
}
