// How Sheets turns text written with setValues into numbers, percents, currency, booleans and dates, per locale.
//
// Range.setValues writes strings as if a person had typed them: Sheets parses them with the
// spreadsheet's locale into a number, percent, currency amount, boolean or date, and gives the
// cell the matching number format, unless the cell is formatted as plain text ('@').
// https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
// https://support.google.com/docs/answer/58515 (the locale sets how dates, numbers and currency
// are read and shown). A cell formatted as plain text keeps what was typed:
// https://support.google.com/docs/answer/56470 (Format numbers: "Plain text").
// A leading apostrophe marks text and is not part of the value (the "quote prefix").
// Not modelled (the add-on never writes them): times without a date, day-month without a year,
// month names, scientific notation, formulas.

export type FakeLocale = 'en_US' | 'de_DE';

export interface Typed {
  readonly value: string | number | boolean | Date;
  /** The number format Sheets gives the cell on parsing; undefined for text. */
  readonly format?: string;
}

interface LocaleRules {
  readonly number: RegExp;
  readonly group: RegExp;
  readonly decimal: string;
  readonly yes: string;
  readonly no: string;
  readonly currency: RegExp;
  readonly currencyFormat: string;
  /** Locale date forms besides ISO: [regex, order of year/month/day groups]. */
  readonly dates: readonly { re: RegExp; ymd: readonly [number, number, number]; fmt: string }[];
}

const TIME = '(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?';

const RULES: Record<FakeLocale, LocaleRules> = {
  en_US: {
    number: /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/,
    group: /,/g,
    decimal: '.',
    yes: 'TRUE',
    no: 'FALSE',
    currency: /^([+-]?)\$\s?(.+)$/,
    currencyFormat: '"$"#,##0.00',
    dates: [
      {
        re: new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4})${TIME}$`),
        ymd: [3, 1, 2],
        fmt: 'M/d/yyyy',
      },
    ],
  },
  de_DE: {
    number: /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)?(?:,\d+)?$/,
    group: /\./g,
    decimal: ',',
    yes: 'WAHR',
    no: 'FALSCH',
    currency: /^([+-]?)(.+?)\s?€$/,
    currencyFormat: '#,##0.00 "€"',
    dates: [
      {
        re: new RegExp(`^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${TIME}$`),
        ymd: [3, 2, 1],
        fmt: 'dd.MM.yyyy',
      },
    ],
  },
};

/** ISO forms are read in every locale: yyyy-mm-dd (with a time) and yyyy-mm (the 1st). */
const ISO_DAY = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME}$`);
const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;

function localNumber(text: string, rules: LocaleRules): number | null {
  const t = text.trim();
  if (t === '' || t === '+' || t === '-' || !rules.number.test(t) || !/\d/.test(t)) return null;
  const n = Number(t.replace(rules.group, '').replace(rules.decimal, '.'));
  return Number.isFinite(n) ? n : null;
}

/** The instant at which `timeZone` shows the given wall time (two passes cover offset changes). */
export function zonedInstant(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  timeZone: string,
): number {
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  let guess = wall;
  for (let i = 0; i < 2; i++) guess = wall - offsetMs(guess, timeZone);
  return guess;
}

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function offsetMs(instant: number, timeZone: string): number {
  let f = FORMATTERS.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    FORMATTERS.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  const shown = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return shown - Math.floor(instant / 1000) * 1000;
}

function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dateOf(
  parts: readonly (string | undefined)[],
  ymd: readonly [number, number, number],
  timeZone: string,
): number | null {
  const [y, m, d] = ymd.map((i) => Number(parts[i]));
  const [h, mi, s] = [parts[4], parts[5], parts[6]].map((x) => (x === undefined ? 0 : Number(x)));
  if (!validYmd(y!, m!, d!) || h! > 23 || mi! > 59 || s! > 59) return null;
  return zonedInstant(y!, m!, d!, h!, mi!, s!, timeZone);
}

/**
 * What a cell holds after `text` is written to it. Dates become the instant of that wall time
 * in the spreadsheet's zone (getValues then returns a Date at midnight in that zone).
 */
export function parseTyped(
  text: string,
  locale: FakeLocale,
  timeZone: string,
  D: DateConstructor,
): Typed {
  if (text.startsWith("'")) return { value: text.slice(1) };
  const t = text.trim();
  if (t === '') return { value: text };
  const rules = RULES[locale];
  const upper = t.toUpperCase();
  if (upper === rules.yes) return { value: true };
  if (upper === rules.no) return { value: false };
  const n = localNumber(t, rules);
  if (n !== null) return { value: n, format: undefined };
  const pct = /^(.+?)\s?%$/.exec(t);
  if (pct) {
    const p = localNumber(pct[1]!, rules);
    if (p !== null) return { value: p / 100, format: Number.isInteger(p) ? '0%' : '0.00%' };
  }
  const cur = rules.currency.exec(t);
  if (cur) {
    const c = localNumber(cur[2]!, rules);
    if (c !== null && !/^[+-]/.test(cur[2]!.trim()))
      return { value: cur[1] === '-' ? -c : c, format: rules.currencyFormat };
  }
  const iso = ISO_DAY.exec(t);
  if (iso) {
    const ms = dateOf(iso, [1, 2, 3], timeZone);
    if (ms !== null)
      return { value: new D(ms), format: iso[4] ? 'yyyy-MM-dd H:mm:ss' : 'yyyy-MM-dd' };
  }
  const month = ISO_MONTH.exec(t);
  if (month && validYmd(Number(month[1]), Number(month[2]), 1)) {
    const ms = zonedInstant(Number(month[1]), Number(month[2]), 1, 0, 0, 0, timeZone);
    return { value: new D(ms), format: 'yyyy-MM-dd' };
  }
  for (const form of rules.dates) {
    const m = form.re.exec(t);
    const ms = m
      ? dateOf(
          [m[0], m[form.ymd[0]], m[form.ymd[1]], m[form.ymd[2]], m[4], m[5], m[6]],
          [1, 2, 3],
          timeZone,
        )
      : null;
    if (ms !== null) return { value: new D(ms), format: form.fmt };
  }
  return { value: text };
}

/** Whether a number format is plain text, where Sheets stores what was written unparsed. */
export function isPlainText(format: string | undefined): boolean {
  return format === '@';
}

/** Whether a number format shows a percent (a '%' outside quoted text): the value is a fraction. */
export function isPercentFormat(format: string | undefined): boolean {
  return format !== undefined && /%/.test(format.replace(/"[^"]*"/g, ''));
}
