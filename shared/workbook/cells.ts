// Cell coercions: one small function per kind of value, shared by every tab, plus a valibot wrapper.
//
// A coercer gets a non-blank cell (blank cells never reach it: they are null, or the column's
// default) and returns the value, or a `Bad` saying what is wrong and what to do. Coercers are
// plain functions because Activities can hold 250k rows; `cellSchema` wraps one as a valibot
// schema for callers that validate single values at other edges.

import * as v from 'valibot';
import {
  type At,
  type Day,
  dayFromYmd,
  dayOfAt,
  instantToAt,
  isoDay,
  parseDateText,
  ymdOfDay,
} from '../time';
import { MINUTES_PER_DAY } from '../time';
import type { Cell } from './grid';
import { headerKey } from './headers';

/** Why a cell could not be read, and what the user should do. */
export class Bad {
  constructor(
    readonly problem: string,
    readonly fix: string,
  ) {}
}

/** What coercers need besides the cell: the workbook's time zone and the dates a run accepts. */
export interface CellEnv {
  readonly timeZone: string;
  /** The first and last day a date may fall on (inclusive); see `dateWindow`. */
  readonly dates: DateWindow;
}

// ---------- bounds (issue 11: work depends on the number of rows, never on their values) ----------

/** Text longer than this is cut to it and reported (a name of 15,000 characters broke every run). */
export const MAX_TEXT_LENGTH = 2000;
/** The largest number any cell may hold, in absolute value: a trillion (amounts, counts, targets). */
export const MAX_NUMBER = 1e12;
/** The largest amount of money: the same bound, named for the columns that hold money. */
export const MAX_AMOUNT = MAX_NUMBER;
/** Dates are accepted this many years either side of the as-of day. */
export const DATE_WINDOW_YEARS = 50;

/** Text cut to MAX_TEXT_LENGTH, never inside a surrogate pair; null when it was short enough. */
export function cutText(text: string): string | null {
  if (text.length <= MAX_TEXT_LENGTH) return null;
  const cut = text.slice(0, MAX_TEXT_LENGTH);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

export const CUT_FIX = `Shorten it to ${MAX_TEXT_LENGTH} characters or fewer (only the first ${MAX_TEXT_LENGTH} are read).`;

export interface DateWindow {
  readonly first: Day;
  readonly last: Day;
}

/**
 * The dates a run accepts: 1 January, 50 years before the as-of day's year, to 31 December,
 * 50 years after it. Without an as-of day (a reader with no clock), 1900 to 2199.
 */
export function dateWindow(around: Day | null): DateWindow {
  if (around === null) return { first: dayFromYmd(1900, 1, 1), last: dayFromYmd(2199, 12, 31) };
  const { year } = ymdOfDay(around);
  return {
    first: dayFromYmd(year - DATE_WINDOW_YEARS, 1, 1),
    last: dayFromYmd(year + DATE_WINDOW_YEARS, 12, 31),
  };
}

export type Coercer<T> = (cell: Exclude<Cell, null | undefined>, env: CellEnv) => T | Bad;

/** The cell as text for an issue report; never throws (an invalid Date reads "Invalid Date"). */
export function cellText(cell: Cell): string | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString();
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

// ---------- text ----------

export const text: Coercer<string> = (cell, env) => {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? String(cell)
      : new Bad('is not a usable value', 'Type the value as text.');
  }
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  // A date typed into a text column (Sheets turns `2026-11-26` into a date): keep it as ISO text.
  const a = at(cell, env);
  return a instanceof Bad ? a : isoDay(dayOfAt(a));
};

/** An https address (avatar pictures); anything else would be unsafe or blocked on the site. */
export const httpsUrl: Coercer<string> = (cell) => {
  const s = typeof cell === 'string' ? cell.trim() : '';
  if (/^https:\/\/[^\s/?#@]+[^\s]*$/i.test(s)) return s;
  return new Bad(
    'is not an https:// address',
    'Use a link that starts with https://, or leave it blank.',
  );
};

/** Comma-separated (or one per line) values, trimmed, blanks dropped. */
export const list: Coercer<string[]> = (cell, env) => {
  const s = text(cell, env);
  if (s instanceof Bad) return s;
  return splitList(s, /[,\n\r]+/);
};

/** One item per line (action plan steps). */
export const lines: Coercer<string[]> = (cell, env) => {
  const s = text(cell, env);
  if (s instanceof Bad) return s;
  return splitList(s, /[\n\r]+/);
};

function splitList(s: string, sep: RegExp): string[] {
  const out: string[] = [];
  for (const part of s.split(sep)) {
    const t = part.trim();
    if (t !== '') out.push(t);
  }
  return out;
}

// ---------- numbers ----------

// Accepted: optional sign, optional currency sign ($ € £ ¥) before or after, thousands grouped
// by `,`, space, no-break space or `'` in groups of three, a `.` decimal point, a trailing `%`.
// Rejected on purpose: a decimal comma (`1,5`, `1.200,50`): it cannot be told apart from a
// thousands separator, so guessing would silently turn 1,5 into 15.
const NUMBER_RE =
  /^([+-]?)\s*[$€£¥]?\s*([+-]?)(\d{1,3}(?:[, \u00a0\u202f']\d{3})+|\d+)?(\.\d+)?\s*[$€£¥%]?$/;

/** Reads number text such as `1200`, `$1,200.50`, `1 200`, `-5`, `12.5%`; null when not a number. */
export function parseNumberText(s: string): number | null {
  const m = NUMBER_RE.exec(s.trim());
  if (!m || (m[3] === undefined && m[4] === undefined) || (m[1] && m[2])) return null;
  const digits = (m[3] ?? '0').replace(/[, \u00a0\u202f']/g, '') + (m[4] ?? '');
  const n = Number(digits);
  if (!Number.isFinite(n)) return null;
  return m[1] === '-' || m[2] === '-' ? -n : n;
}

const NOT_A_NUMBER = 'Type a number such as 1200 or 1,200.50 (a dot for decimals).';

export interface NumberRule {
  /** Smallest allowed value (inclusive); undefined = any. */
  readonly min?: number;
  /** Largest allowed value (inclusive). */
  readonly max?: number;
  readonly integer?: boolean;
}

/** A number, optionally bounded and whole. */
export function numberCell(rule: NumberRule = {}): Coercer<number> {
  const { min, max, integer } = rule;
  return (cell) => {
    let n: number | null;
    if (typeof cell === 'number') n = Number.isFinite(cell) ? cell : null;
    else if (typeof cell === 'string') n = parseNumberText(cell);
    else n = null;
    if (n === null) return new Bad('is not a number', NOT_A_NUMBER);
    if (n === 0) n = 0; // -0 reads as 0
    if (Math.abs(n) > MAX_NUMBER)
      return new Bad(
        'is beyond a trillion',
        'Check the value: numbers up to 1,000,000,000,000 are accepted.',
      );
    if (integer && !Number.isInteger(n))
      return new Bad('is not a whole number', 'Use a whole number such as 3.');
    if (min !== undefined && n < min) {
      return min === 0
        ? new Bad('is negative', 'Use a number of 0 or more.')
        : new Bad(`is below ${min}`, `Use a number of ${min} or more.`);
    }
    if (max !== undefined && n > max)
      return new Bad(`is above ${max}`, `Use a number from ${min ?? 0} to ${max}.`);
    return n;
  };
}

export const amount = numberCell({ min: 0 });
export const count = numberCell({ min: 0, integer: true });

// ---------- booleans ----------

/** The words read as yes (after the normalisation below); the docs list them. */
export const YES_WORDS = [
  'yes',
  'y',
  'true',
  '1',
  'x',
  '✓',
  '✔',
  '☑',
  'on',
  'public',
  'visible',
  'shown',
];
/** The words read as no. */
export const NO_WORDS = ['no', 'n', 'false', '0', 'off', 'private', 'hidden', 'none'];

/** Case, spaces and punctuation do not count: `No.`, ` NO ` and `n/o`... `No.` reads as `no`. */
function yesNoKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, '');
}

const YES_NO: ReadonlyMap<string, boolean> = new Map([
  ...YES_WORDS.map((w) => [w, true] as const),
  ...NO_WORDS.map((w) => [w, false] as const),
]);

const YES_NO_FIX = `Type yes (${YES_WORDS.slice(1).join(', ')}) or no (${NO_WORDS.slice(1).join(', ')}), or use a checkbox.`;

/** Yes or no: a checkbox, 1/0, or one of YES_WORDS / NO_WORDS; anything else is Bad. */
export const boolean: Coercer<boolean> = (cell) => {
  if (typeof cell === 'boolean') return cell;
  if (cell === 1 || cell === 0) return cell === 1;
  if (typeof cell === 'string') {
    const b = YES_NO.get(yesNoKey(cell));
    if (b !== undefined) return b;
  }
  return new Bad('is not yes or no', YES_NO_FIX);
};

// ---------- dates ----------

// Sheets and Excel count days from 1899-12-30; the serial is wall time in the sheet's zone.
const SERIAL_EPOCH_OFFSET = 25569;
/** Serial numbers accepted as dates: 1950-01-01 .. 2099-12-31. A bare 2026 is not a date. */
export const SERIAL_MIN = 18264;
export const SERIAL_MAX = 73050;

const NOT_A_DATE = 'Use a date cell, or text like 2026-11-26 or 2026-11-26 14:30.';

/** A date or date-time as wall-clock minutes in the workbook's zone, inside the run's window. */
export const at: Coercer<At> = (cell, env) => {
  const a = anyAt(cell, env);
  if (a instanceof Bad) return a;
  const { first, last } = env.dates;
  if (a < first * MINUTES_PER_DAY || a >= (last + 1) * MINUTES_PER_DAY)
    return new Bad(
      `is outside ${isoDay(first)} to ${isoDay(last)}`,
      `Check the year: dates within ${DATE_WINDOW_YEARS} years of today are accepted.`,
    );
  return a;
};

function anyAt(cell: Exclude<Cell, null | undefined>, env: CellEnv): At | Bad {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return new Bad('is not a valid date', NOT_A_DATE);
    try {
      return instantToAt(cell, env.timeZone);
    } catch {
      return new Bad('is not a valid date', NOT_A_DATE);
    }
  }
  if (typeof cell === 'number') {
    if (Number.isFinite(cell) && cell >= SERIAL_MIN && cell < SERIAL_MAX + 1) {
      return Math.round((cell - SERIAL_EPOCH_OFFSET) * 1440);
    }
    return new Bad('is a number, not a date', NOT_A_DATE);
  }
  if (typeof cell === 'string') {
    const a = parseDateText(cell.trim(), env.timeZone);
    if (a !== null) return a;
  }
  return new Bad('is not a date', NOT_A_DATE);
}

/** A calendar day in the workbook's zone (a time, when given, is dropped). */
export const day: Coercer<Day> = (cell, env) => {
  const a = at(cell, env);
  return a instanceof Bad ? a : dayOfAt(a);
};

/** Several dates separated by commas, semicolons or lines (holidays, plan check-ins). */
export const dayList: Coercer<Day[]> = (cell, env) => {
  if (typeof cell !== 'string') {
    const d = day(cell, env);
    return d instanceof Bad ? d : [d];
  }
  const out: Day[] = [];
  for (const part of splitList(cell, /[,;\n\r]+/)) {
    const d = day(part, env);
    if (d instanceof Bad)
      return new Bad(
        `holds "${part}", which is not a date`,
        'Separate dates with commas, each like 2026-11-26.',
      );
    out.push(d);
  }
  return out;
};

// ---------- enums ----------

/** One of a fixed set of values, matched ignoring case, spaces, `_` and `-` (`Closed Won` = `closed_won`). */
export function oneOf<const T extends string>(
  values: readonly T[],
  aliases: Readonly<Record<string, T>> = {},
): Coercer<T> {
  const byKey = new Map<string, T>();
  for (const value of values) byKey.set(headerKey(value), value);
  for (const [alias, value] of Object.entries(aliases)) byKey.set(headerKey(alias), value);
  const fix = `Use one of: ${values.join(', ')}.`;
  return (cell) => {
    // A cell already spelt as a key (`won`) is found without normalising it.
    const found =
      typeof cell === 'string' ? (byKey.get(cell) ?? byKey.get(headerKey(cell))) : undefined;
    return found ?? new Bad('is not one of the accepted values', fix);
  };
}

// ---------- valibot ----------

/** A coercer as a valibot schema over one cell (blank = null), for validating single values elsewhere. */
export function cellSchema<T>(coerce: Coercer<T>, env: CellEnv) {
  return v.pipe(
    v.custom<Cell>(() => true),
    v.rawTransform<Cell, T | null>(({ dataset, addIssue, NEVER }) => {
      const cell = dataset.value;
      if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === ''))
        return null;
      const out = coerce(cell, env);
      if (out instanceof Bad) {
        addIssue({ message: `${out.problem}. ${out.fix}` });
        return NEVER;
      }
      return out;
    }),
  );
}
