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
  /** Reps on the roster (default: 200 for 'large', 12 for 'demo'); for the scale benchmarks. */
  readonly reps?: number;
  /** Years of activity and deals before the as-of day (default: 1 for 'large', half for 'demo'). */
  readonly years?: number;
}

export interface DemoContext {
  readonly size: DemoSize;
  /** Reps on the roster. */
  readonly repCount: number;
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
  const months =
    options.years !== undefined ? Math.round(options.years * 12) : size === 'large' ? 12 : 6;
  const windowStart = addMonthsToDay(asOf, -months) + 1;
  // Holidays of the whole window plus the rest of the as-of month (pacing looks ahead).
  const holidays = holidaysBetween(windowStart, monthAt(asOf, 1).end);
  const holidaySet = new Set(holidays);
  const spans: MonthSpan[] = [];
  const first = monthOf(windowStart);
  for (let m = first; m.start <= asOf; m = monthAt(m.start, 1)) spans.push(m);
  // Only a non-default roster or window changes the seed, so the default workbooks stay as they were.
  const shape =
    options.reps !== undefined || options.years !== undefined
      ? `|${options.reps ?? ''}x${options.years ?? ''}`
      : '';
  const base = `${String(options.seed)}|${options.asOf}|${size}${shape}`;
  return {
    size,
    repCount: options.reps ?? (size === 'large' ? 200 : 12),
    asOf,
    windowStart,
    holidays,
    holidaySet,
    months: spans,
    nextMonth: monthAt(asOf, 1),
    rng: (section) => createRng(`${base}|${section}`),
    workingDays: (start, end) => workingDaysBetween(start, end, holidaySet),
  };
}

/** One generated row: text, numbers and booleans only (blank = ''). */
export type DemoRow = (string | number | boolean)[];
