// Public entry of the time module: Day/At units, zones, working calendar, ISO weeks, fiscal periods.
export {
  type Calendar,
  DEFAULT_CALENDAR,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from './calendar';
export {
  addMonthsToDay,
  dayFromYmd,
  daysInMonth,
  isoDay,
  monthEnd,
  monthStart,
  pad2,
  parseIsoDay,
  validDay,
  weekdayOf,
  ymdOfDay,
} from './day';
export {
  PERIOD_KINDS,
  type Period,
  type PeriodKind,
  monthsOf,
  nextPeriod,
  periodContains,
  periodOf,
  periodsInRange,
  previousPeriod,
} from './period';
export { MONTH_NAMES, parsePeriodLabel, periodName } from './period-label';
export { type At, type Day, MINUTES_PER_DAY } from './types';
export { isoWeekOf, isoWeekOneMonday, isoWeeksInYear } from './week';
export {
  atOf,
  dayOfAt,
  dayStartIso,
  dayStartMs,
  instantMsToAt,
  instantToAt,
  isValidTimeZone,
  isoAt,
  minuteOfDayOf,
  parseDateText,
} from './zone';
