// The shared frame every demo section draws from: as-of day, window, holidays, sizes, seeded streams.
import { addMonthsToDay } from '../time';
import {
  holidaysBetween,
  isoToDay,
  type MonthSpan,
  monthAt,
  monthOf,
  workingDaysBetween,
} from './calendar';
import { createRng, type Rng } from './prng';

export type DemoSize = 'demo' | 'large';

export interface DemoOptions {
  readonly seed: string | number;
  /** The last day of data, 'YYYY-MM-DD'. */
  readonly asOf: string;
  readonly size?: DemoSize;
}

export interface DemoContext {
  readonly size: DemoSize;
  readonly asOf: number;
  /** First day of activity data. */
  readonly windowStart: number;
  readonly holidays: readonly number[];
  readonly holidaySet: ReadonlySet<number>;
  /** Months from the window's first month to the as-of month, oldest first. */
  readonly months: readonly MonthSpan[];
  readonly nextMonth: MonthSpan;
  /** One independent stream per section, so changing one section leaves the others' data alone. */
  rng(section: string): Rng;
  /** Working days in [start, end] (Mon–Fri, not a holiday). */
  workingDays(start: number, end: number): number[];
}

export function createContext(options: DemoOptions): DemoContext {
  const size = options.size ?? 'demo';
  const asOf = isoToDay(options.asOf);
  const windowStart =
    size === 'large' ? addMonthsToDay(asOf, -12) + 1 : addMonthsToDay(asOf, -6) + 1;
  // Holidays of the whole window plus the rest of the as-of month (pacing looks ahead).
  const holidays = holidaysBetween(windowStart, monthAt(asOf, 1).end);
  const holidaySet = new Set(holidays);
  const months: MonthSpan[] = [];
  const first = monthOf(windowStart);
  for (let m = first; m.start <= asOf; m = monthAt(m.start, 1)) months.push(m);
  const base = `${String(options.seed)}|${options.asOf}|${size}`;
  return {
    size,
    asOf,
    windowStart,
    holidays,
    holidaySet,
    months,
    nextMonth: monthAt(asOf, 1),
    rng: (section) => createRng(`${base}|${section}`),
    workingDays: (start, end) => workingDaysBetween(start, end, holidaySet),
  };
}

/** One generated row: text, numbers and booleans only (blank = ''). */
export type DemoRow = (string | number | boolean)[];
