// Specs for time zones: instants to wall-clock minutes across DST switches, and ISO date text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  atOf,
  dayOfAt,
  dayStartIso,
  instantMsToAt,
  instantToAt,
  isoAt,
  isValidTimeZone,
  parseDateText,
  parseIsoDay,
} from '../../../shared/time';

const wall = (date: Date, tz: string) => isoAt(instantToAt(date, tz));

describe('isValidTimeZone', () => {
  it.each([
    ['Europe/London', true],
    ['America/New_York', true],
    ['Australia/Lord_Howe', true],
    ['Asia/Kathmandu', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
    ['  ', false],
    ['GMT+25', false],
  ])('%j -> %s', (tz, ok) => {
    expect(isValidTimeZone(tz)).toBe(ok);
  });
});

describe('instantToAt across DST switches', () => {
  // Switch times from the published rules: US second Sunday of March / first Sunday of November
  // at 02:00 local; EU last Sunday of March / October at 01:00 UTC; Lord Howe first Sunday of
  // October at 02:00 standard (+10:30) / first Sunday of April at 02:00 daylight (+11:00),
  // a 30-minute shift.
  it.each([
    // New York, spring forward 2026-03-08: 02:00..02:59 never happens.
    ['America/New_York', '2026-03-08T06:59:00Z', '2026-03-08 01:59'],
    ['America/New_York', '2026-03-08T07:00:00Z', '2026-03-08 03:00'],
    ['America/New_York', '2026-03-08T07:30:00Z', '2026-03-08 03:30'],
    // New York, fall back 2026-11-01: 01:00..01:59 happens twice.
    ['America/New_York', '2026-11-01T05:30:00Z', '2026-11-01 01:30'],
    ['America/New_York', '2026-11-01T05:59:00Z', '2026-11-01 01:59'],
    ['America/New_York', '2026-11-01T06:00:00Z', '2026-11-01 01:00'],
    ['America/New_York', '2026-11-01T06:30:00Z', '2026-11-01 01:30'],
    ['America/New_York', '2026-11-01T07:00:00Z', '2026-11-01 02:00'],
    // Late-evening instants land on the previous local day.
    ['America/New_York', '2026-11-27T03:30:00Z', '2026-11-26 22:30'],
    // London, spring forward 2026-03-29: 01:00..01:59 is skipped.
    ['Europe/London', '2026-03-29T00:59:00Z', '2026-03-29 00:59'],
    ['Europe/London', '2026-03-29T01:00:00Z', '2026-03-29 02:00'],
    // London, fall back 2026-10-25: 01:00..01:59 repeats.
    ['Europe/London', '2026-10-25T00:30:00Z', '2026-10-25 01:30'],
    ['Europe/London', '2026-10-25T01:00:00Z', '2026-10-25 01:00'],
    ['Europe/London', '2026-10-25T01:30:00Z', '2026-10-25 01:30'],
    ['Europe/London', '2026-07-01T23:30:00Z', '2026-07-02 00:30'],
    // Lord Howe, forward 2026-10-04 at 15:30 UTC (mid-hour): 02:00..02:29 is skipped.
    ['Australia/Lord_Howe', '2026-10-03T15:00:00Z', '2026-10-04 01:30'],
    ['Australia/Lord_Howe', '2026-10-03T15:29:00Z', '2026-10-04 01:59'],
    ['Australia/Lord_Howe', '2026-10-03T15:30:00Z', '2026-10-04 02:30'],
    ['Australia/Lord_Howe', '2026-10-03T15:45:00Z', '2026-10-04 02:45'],
    // Lord Howe, back 2026-04-05 at 15:00 UTC: 01:30..01:59 repeats.
    ['Australia/Lord_Howe', '2026-04-04T14:30:00Z', '2026-04-05 01:30'],
    ['Australia/Lord_Howe', '2026-04-04T14:59:00Z', '2026-04-05 01:59'],
    ['Australia/Lord_Howe', '2026-04-04T15:00:00Z', '2026-04-05 01:30'],
    ['Australia/Lord_Howe', '2026-04-04T15:29:00Z', '2026-04-05 01:59'],
    ['Australia/Lord_Howe', '2026-04-04T15:30:00Z', '2026-04-05 02:00'],
    // Kathmandu is +05:45 all year.
    ['Asia/Kathmandu', '2026-11-26T00:00:00Z', '2026-11-26 05:45'],
    ['Asia/Kathmandu', '2026-06-30T18:15:00Z', '2026-07-01 00:00'],
    ['UTC', '2026-11-26T14:30:59.999Z', '2026-11-26 14:30'],
  ])('%s: %s shows %s', (tz, instant, expected) => {
    expect(wall(new Date(instant), tz)).toBe(expected);
  });

  it('is the same whatever order instants arrive in (the offset cache holds no stale hour)', () => {
    const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu'];
    // Reference: a fresh formatter read field by field, no caching.
    const reference = (ms: number, tz: string) => {
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      }).formatToParts(ms);
      const get = (type: string) => parts.find((p) => p.type === type)!.value;
      return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
    };
    const start = Date.UTC(1980, 0, 1);
    const end = Date.UTC(2040, 0, 1);
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: start, max: end }), (tz, ms) => {
        expect(isoAt(instantMsToAt(ms, tz))).toBe(reference(ms, tz));
      }),
      { numRuns: 2000 },
    );
  });

  it('matches the reference minute by minute through the 2026 switch days', () => {
    const days: [string, string][] = [
      ['America/New_York', '2026-03-08'],
      ['America/New_York', '2026-11-01'],
      ['Europe/London', '2026-03-29'],
      ['Europe/London', '2026-10-25'],
      ['Australia/Lord_Howe', '2026-04-04'],
      ['Australia/Lord_Howe', '2026-10-03'],
      // Nepal moved from +05:30 to +05:45 in 1986, at 18:30 UTC: mid-hour, and not a DST rule.
      ['Asia/Kathmandu', '1985-12-31'],
    ];
    for (const [tz, day] of days) {
      const format = new Intl.DateTimeFormat('sv-SE', {
        timeZone: tz,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
      const from = Date.parse(`${day}T00:00:00Z`);
      for (let ms = from; ms < from + 86_400_000; ms += 60_000 * 7) {
        expect(isoAt(instantMsToAt(ms, tz))).toBe(format.format(ms));
      }
    }
  });

  it('gives NaN for an invalid Date and throws for an unknown zone', () => {
    expect(instantToAt(new Date(Number.NaN), 'UTC')).toBeNaN();
    expect(() => instantToAt(new Date(0), 'Nowhere/Town')).toThrow(RangeError);
  });
});

describe('parseDateText', () => {
  const day = parseIsoDay('2026-11-26')!;
  it.each([
    ['2026-11-26', 'UTC', 0, 0],
    ['2026-11-26', 'America/New_York', 0, 0],
    ['  2026-11-26  ', 'UTC', 0, 0],
    ['2026-11-26 14:30', 'America/New_York', 14, 30],
    ['2026-11-26T14:30', 'Europe/London', 14, 30],
    ['2026-11-26t14:30', 'Europe/London', 14, 30],
    ['2026-11-26 14:30:59', 'UTC', 14, 30],
    ['2026-11-26T00:00:00', 'UTC', 0, 0],
    ['2026-11-26T23:59', 'UTC', 23, 59],
    // Instants are converted to the zone: New York is UTC-5 in November.
    ['2026-11-26T19:30:00Z', 'America/New_York', 14, 30],
    ['2026-11-26T19:30Z', 'America/New_York', 14, 30],
    ['2026-11-26T19:30:00z', 'America/New_York', 14, 30],
    ['2026-11-26T20:30:00+01:00', 'America/New_York', 14, 30],
    ['2026-11-26T14:30:00.250-05:00', 'America/New_York', 14, 30],
    ['2026-11-26T14:30:00-0500', 'America/New_York', 14, 30],
    // Kathmandu is +05:45: 08:45Z is 14:30 there.
    ['2026-11-26T08:45:00Z', 'Asia/Kathmandu', 14, 30],
  ])('%j in %s is %i:%i that day', (text, tz, hour, minute) => {
    expect(parseDateText(text, tz)).toBe(atOf(day, hour * 60 + minute));
  });

  it('moves an instant to another local day when the zone says so', () => {
    expect(isoAt(parseDateText('2026-11-27T02:00:00Z', 'America/New_York')!)).toBe(
      '2026-11-26 21:00',
    );
    expect(isoAt(parseDateText('2026-11-26T20:00:00-05:00', 'Asia/Kathmandu')!)).toBe(
      '2026-11-27 06:45',
    );
  });

  it.each([
    '',
    '26/11/2026',
    '2026-11-26 14',
    '2026-11-26 14:3',
    '2026-11-26 24:00',
    '2026-11-26 12:60',
    '2026-11-26 12:30:60',
    '2026-02-30',
    '2027-02-29 10:00',
    '2026-11-26 14:30 PM',
    '2026-11-26T14:30+25:00',
    '2026-11-26Z',
    'Nov 26, 2026',
    '2026-11-26  14:30',
  ])('rejects %j', (text) => {
    expect(parseDateText(text, 'UTC')).toBeNull();
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseDateText('2028-02-29 09:00', 'UTC')).toBe(atOf(parseIsoDay('2028-02-29')!, 540));
    expect(parseDateText('2027-02-29', 'UTC')).toBeNull();
  });

  it('needs a known zone only for text that names an instant', () => {
    expect(parseDateText('2026-11-26 14:30', 'Nowhere/Town')).toBe(atOf(day, 870));
    expect(parseDateText('2026-11-26T14:30Z', 'Nowhere/Town')).toBeNull();
  });
});

describe('At helpers', () => {
  it.each([
    ['2026-11-26', 0, '2026-11-26 00:00'],
    ['2026-11-26', 870, '2026-11-26 14:30'],
    ['2026-11-26', 1439, '2026-11-26 23:59'],
    ['1969-12-31', 1439, '1969-12-31 23:59'],
  ])('%s minute %i is %s and stays on its day', (text, minute, expected) => {
    const d = parseIsoDay(text)!;
    const at = atOf(d, minute);
    expect(isoAt(at)).toBe(expected);
    expect(dayOfAt(at)).toBe(d);
  });
});

describe('dayStartIso', () => {
  it.each([
    ['2026-11-03', 'America/New_York', '2026-11-03T00:00:00-05:00'],
    ['2026-07-03', 'America/New_York', '2026-07-03T00:00:00-04:00'],
    ['2026-11-03', 'UTC', '2026-11-03T00:00:00+00:00'],
    ['2026-11-03', 'Asia/Kolkata', '2026-11-03T00:00:00+05:30'],
    ['2026-11-03', 'Pacific/Kiritimati', '2026-11-03T00:00:00+14:00'],
    // The day clocks go back (01:00 → 00:00 is not this zone's change; 02:00 → 01:00 is): midnight once.
    ['2026-11-01', 'America/New_York', '2026-11-01T00:00:00-04:00'],
    // Chile's spring: 2026-09-06 00:00 does not exist (clocks jump to 01:00), so the day starts at 01:00.
    ['2026-09-06', 'America/Santiago', '2026-09-06T01:00:00-03:00'],
  ])('starts %s in %s at %s', (day, zone, iso) => {
    const d = parseIsoDay(day) as number;
    expect(dayStartIso(d, zone)).toBe(iso);
    // The instant is in that day, and the minute before it is in the day before: the day's start.
    expect(dayOfAt(instantMsToAt(Date.parse(iso), zone))).toBe(d);
    expect(dayOfAt(instantMsToAt(Date.parse(iso) - 60_000, zone))).toBe(d - 1);
  });
});
