// Fixed, locale-independent number formatting for explanations, so output is byte-identical everywhere.
import { roundTo, toFixedHalfUp } from './round';

const SYMBOLS: Readonly<Record<string, string>> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  INR: '₹',
  AUD: 'A$',
  CAD: 'C$',
  NZD: 'NZ$',
  CHF: 'CHF ',
};

/** The symbol written before amounts of a currency ("$" for USD), or null to write its code. */
export function currencySymbol(currency: string): string | null {
  return SYMBOLS[currency.toUpperCase()] ?? null;
}

/** Groups the integer part with commas: 1234567.5 -> "1,234,567.5"; rounds half up on the decimal value (round.ts). */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '–';
  const negative = value < 0;
  const fixed = toFixedHalfUp(Math.abs(value), decimals);
  const dot = fixed.indexOf('.');
  const grouped = groupThousands(dot < 0 ? fixed : fixed.slice(0, dot));
  const text = dot < 0 ? grouped : grouped + fixed.slice(dot);
  return negative && Number(fixed) !== 0 ? `-${text}` : text;
}

const DIGITS = /^\d+$/;

/** "1234567" -> "1,234,567"; text that is not all digits (1e+21) is left as it is. */
function groupThousands(whole: string): string {
  if (whole.length <= 3 || !DIGITS.test(whole)) return whole;
  const head = whole.length % 3 || 3;
  let out = whole.slice(0, head);
  for (let i = head; i < whole.length; i += 3) out += ',' + whole.slice(i, i + 3);
  return out;
}

/** "$42,000" for whole amounts, "$1,234.50" otherwise; unknown currencies as "42,000 SEK". */
export function formatMoney(value: number, currency: string): string {
  const decimals = Number.isInteger(roundTo(value, 2)) ? 0 : 2;
  const digits = formatNumber(Math.abs(value), decimals);
  const sign = value < 0 ? '-' : '';
  const symbol = currencySymbol(currency);
  return symbol ? `${sign}${symbol}${digits}` : `${sign}${digits} ${currency.toUpperCase()}`;
}

/** A count as people write it: no decimals when whole, else at most two (12, 2.5, 0.25). */
export function formatCount(x: number): string {
  const r = roundTo(x, 2);
  return formatNumber(r, Number.isInteger(r) ? 0 : roundTo(r, 1) === r ? 1 : 2);
}

/** "105" or "87.5" or "1,234.5": at most one decimal, trailing zero dropped. */
export function formatTenths(value: number): string {
  const rounded = roundTo(value, 1);
  return formatNumber(rounded, Number.isInteger(rounded) ? 0 : 1);
}

/** "105%" or "87.5%": at most one decimal, trailing zero dropped. */
export function formatPct(value: number): string {
  return `${formatTenths(value)}%`;
}
