// fast-check generators shared by the time specs: calendars (week start, fiscal start) and days.
import fc from 'fast-check';
import { type Calendar, DEFAULT_CALENDAR, dayFromYmd } from '../../../shared/time';

export const arbitraryCalendar: fc.Arbitrary<Calendar> = fc.record({
  weekStartsOn: fc.constantFrom(0 as const, 1 as const),
  fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
  workingDays: fc.constant(DEFAULT_CALENDAR.workingDays),
  holidays: fc.constant(DEFAULT_CALENDAR.holidays),
});

export const arbitraryDay = fc.integer({
  min: dayFromYmd(1990, 1, 1),
  max: dayFromYmd(2060, 12, 31),
});
