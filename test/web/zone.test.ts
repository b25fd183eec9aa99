// Days and clock times in the team's time zone: contest countdowns and the data stamp ignore the viewer's zone.
import { describe, expect, it } from 'vitest';
import { stampTime } from '../../web/src/data/staleness';
import { countdown, makeFormatter, startsIn } from '../../web/src/format';
import { dayIn, dayStartMs, daysBetween, knownZone, nextDay } from '../../web/src/zone';

const at = (iso: string) => Date.parse(iso);

describe('zone arithmetic: the ISO-day wrappers over shared/time', () => {
  it.each([
    ['2026-11-30', 'Europe/Berlin', '2026-11-29T23:00:00Z'],
    ['2026-12-01', 'America/Los_Angeles', '2026-12-01T08:00:00Z'],
    // Berlin springs forward on 29 Mar 2026: that day starts in winter time, the next in summer time.
    ['2026-03-29', 'Europe/Berlin', '2026-03-28T23:00:00Z'],
    ['2026-03-30', 'Europe/Berlin', '2026-03-29T22:00:00Z'],
    // New York falls back on 1 Nov 2026.
    ['2026-11-01', 'America/New_York', '2026-11-01T04:00:00Z'],
    ['2026-11-02', 'America/New_York', '2026-11-02T05:00:00Z'],
  ])('%s begins in %s at %s', (day, zone, iso) => {
    expect(dayStartMs(day, zone)).toBe(at(iso));
  });

  it.each([
    ['2026-11-30T23:30:00Z', 'Europe/Berlin', '2026-12-01'],
    ['2026-11-30T23:30:00Z', 'UTC', '2026-11-30'],
    ['2026-11-30T05:00:00Z', 'America/Los_Angeles', '2026-11-29'],
  ])('%s falls on the day in %s: %s', (iso, zone, day) => {
    expect(dayIn(at(iso), zone)).toBe(day);
  });

  it('counts calendar days between ISO days, and none for a malformed one', () => {
    expect(daysBetween('2026-11-29', '2026-12-01')).toBe(2);
    expect(daysBetween('2026-12-01', '2026-11-30')).toBe(-1);
    expect(daysBetween('2026-12-01', 'soon')).toBeNaN();
  });

  it('steps to the next day across months and years', () => {
    expect(nextDay('2026-11-30')).toBe('2026-12-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(dayStartMs('2026-02-30', 'UTC')).toBeNaN();
  });

  it('knows real zones and refuses made-up ones', () => {
    expect(knownZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(knownZone('Mars/Olympus')).toBeNull();
  });
});

describe('contest countdowns count in the team zone', () => {
  it.each([
    // Berlin's 30 Nov ends at 23:00 UTC: a UTC viewer at 23:30 would still see 30 minutes.
    ['2026-11-30', '2026-11-30T23:30:00Z', 'Europe/Berlin', 'ended'],
    ['2026-11-30', '2026-11-30T20:00:00Z', 'Europe/Berlin', '3 h left'],
    // Los Angeles' 30 Nov ends at 08:00 UTC on 1 Dec.
    ['2026-11-30', '2026-12-01T02:00:00Z', 'America/Los_Angeles', '6 h left'],
    ['2026-11-30', '2026-11-28T07:00:00Z', 'America/Los_Angeles', '3 days left'],
    ['2026-11-30', '2026-11-30T23:30:00Z', 'Not/AZone', '30 min left'],
  ])('end %s at %s in %s reads "%s"', (end, now, zone, expected) => {
    expect(countdown(end, at(now), zone)).toBe(expected);
  });

  it.each([
    // 12:00 UTC on 30 Nov is already 1 Dec 01:00 in Auckland.
    ['2026-12-01', '2026-11-30T12:00:00Z', 'Pacific/Auckland', 'starts today'],
    ['2026-12-01', '2026-11-30T12:00:00Z', 'UTC', 'starts tomorrow'],
    // 05:00 UTC on 30 Nov is still 29 Nov in Los Angeles.
    ['2026-12-01', '2026-11-30T05:00:00Z', 'America/Los_Angeles', 'starts in 2 days'],
  ])('start %s at %s in %s reads "%s"', (start, now, zone, expected) => {
    expect(startsIn(start, at(now), zone)).toBe(expected);
  });

  it("the formatter carries the team's zone, or UTC when the browser does not know it", () => {
    const team = {
      name: 'T',
      currency: 'EUR',
      timeZone: 'Europe/Berlin',
      weekStartsOn: 'monday',
      tvTopN: 10,
      publishAmounts: true,
    } as const;
    expect(makeFormatter(team, 'en-US').timeZone).toBe('Europe/Berlin');
    expect(makeFormatter({ ...team, timeZone: 'Nowhere/Else' }, 'en-US').timeZone).toBe('UTC');
  });
});

describe('stampTime', () => {
  it.each([
    ['Europe/Berlin', /^20 Nov 2026, 10:00\sAM GMT\+1$/],
    ['America/New_York', /^20 Nov 2026, 4:00\sAM EST$/],
    ['Asia/Kolkata', /^20 Nov 2026, 2:30\sPM GMT\+5:30$/],
  ])('shows 09:00 UTC on the clock of %s, naming the zone', (zone, expected) => {
    expect(stampTime(at('2026-11-20T09:00:00Z'), zone, 'en-US')).toMatch(expected);
  });
  it('an unknown zone still names the zone it shows (the viewer’s; UTC in tests)', () => {
    expect(stampTime(at('2026-11-20T09:00:00Z'), 'Nowhere/Else', 'en-US')).toMatch(
      /^20 Nov 2026, 9:00\sAM UTC$/,
    );
  });
});
