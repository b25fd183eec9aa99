// Amounts as exports write them (`€ 3.500,00`, `1,234.50 USD`, `(200)`): decimal mark read from the whole column.
import type { DecimalMark } from './mapping';

/** Symbols read as their ISO code; `$` is read as USD unless the currency column says otherwise. */
const SYMBOLS: Readonly<Record<string, string>> = {
  '€': 'EUR',
  $: 'USD',
  US$: 'USD',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  A$: 'AUD',
  C$: 'CAD',
  NZ$: 'NZD',
};

/** Currency names some CRMs write instead of a code (Dynamics 365: "US Dollar"), as header keys. */
const NAMES: Readonly<Record<string, string>> = {
  usdollar: 'USD',
  dollar: 'USD',
  euro: 'EUR',
  poundsterling: 'GBP',
  britishpound: 'GBP',
  yen: 'JPY',
  japaneseyen: 'JPY',
  swissfranc: 'CHF',
  canadiandollar: 'CAD',
  australiandollar: 'AUD',
  indianrupee: 'INR',
};

/** The ISO code of a currency cell: a code (`eur`), a symbol (`€`) or a name (`US Dollar`). */
export function currencyCode(text: string): string {
  const t = text.trim();
  const key = t.toLowerCase().replace(/[\s_-]+/g, '');
  return SYMBOLS[t] ?? NAMES[key] ?? t.toUpperCase();
}

// A currency before or after the digits: a symbol or a three-letter code (EUR, usd).
const CURRENCY_RE =
  /^(US\$|A\$|C\$|NZ\$|[$€£¥₹]|[A-Za-z]{3})?\s*([-+(]?)\s*(.*?)\s*(\)?)\s*(US\$|[$€£¥₹]|[A-Za-z]{3})?$/;
const GROUP_CHARS = /[\s\u00a0\u202f']/g;

export interface AmountText {
  /** The digits, separators and sign as written, currency stripped: `-3.500,00`. */
  readonly body: string;
  readonly negative: boolean;
  /** The ISO code the cell names, or null. */
  readonly currency: string | null;
}

/** Splits a cell into its number part and currency; null when it is not shaped like an amount. */
export function amountText(cell: string): AmountText | null {
  const m = CURRENCY_RE.exec(cell.trim());
  if (!m) return null;
  const [, before, sign, body, close, after] = m;
  if (before && after) return null;
  if (!/^\d[\d.,\s\u00a0\u202f']*$/.test(body!)) return null;
  if ((sign === '(') !== (close === ')')) return null;
  const code = before ?? after;
  const currency = code === undefined ? null : (SYMBOLS[code] ?? code.toUpperCase());
  return { body: body!.replace(GROUP_CHARS, ''), negative: sign === '-' || sign === '(', currency };
}

const COMMA_DECIMAL = /^(\d{1,3}(\.\d{3})+|\d+),\d+$/;
const POINT_DECIMAL = /^(\d{1,3}(,\d{3})+|\d+)\.\d+$/;
const COMMA_GROUPS = /^\d{1,3}(,\d{3})+$/;
const POINT_GROUPS = /^\d{1,3}(\.\d{3})+$/;

/** What one number body proves about the decimal mark. */
function evidence(body: string): DecimalMark | 'either' | 'none' | 'bad' {
  if (/^\d+$/.test(body)) return 'none';
  const commaOk = COMMA_DECIMAL.test(body) || POINT_GROUPS.test(body);
  const pointOk = POINT_DECIMAL.test(body) || COMMA_GROUPS.test(body);
  if (commaOk && pointOk) return 'either';
  if (commaOk) return 'comma';
  if (pointOk) return 'point';
  return 'bad';
}

export type MarkDecision =
  | { readonly kind: 'decided'; readonly mark: DecimalMark }
  /** Every value reads both ways (`1,500`): the data cannot say. */
  | { readonly kind: 'ambiguous'; readonly example: string }
  /** Values prove both marks: the majority is read, the rest are reported per row. */
  | { readonly kind: 'mixed'; readonly mark: DecimalMark };

/** The decimal mark of a column of amount texts: the values that can only be read one way decide. */
export function decideDecimalMark(cells: readonly string[]): MarkDecision {
  let comma = 0;
  let point = 0;
  let example: string | null = null;
  for (const cell of cells) {
    const a = amountText(cell);
    if (a === null) continue;
    const e = evidence(a.body);
    if (e === 'comma') comma++;
    else if (e === 'point') point++;
    else if (e === 'either' && example === null) example = cell.trim();
  }
  if (comma > 0 && point > 0) return { kind: 'mixed', mark: comma >= point ? 'comma' : 'point' };
  if (comma > 0) return { kind: 'decided', mark: 'comma' };
  if (point > 0 || example === null) return { kind: 'decided', mark: 'point' };
  return { kind: 'ambiguous', example };
}

/** The amount a cell holds with a known decimal mark, or null when it does not read that way. */
export function parseAmount(
  cell: string | number,
  mark: DecimalMark,
): { readonly value: number; readonly currency: string | null } | null {
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? { value: cell, currency: null } : null;
  const a = amountText(cell);
  if (a === null) return null;
  const e = evidence(a.body);
  if (e === 'bad' || (e !== 'none' && e !== 'either' && e !== mark)) return null;
  const plain =
    mark === 'comma' ? a.body.replace(/\./g, '').replace(',', '.') : a.body.replace(/,/g, '');
  const value = Number(plain);
  if (!Number.isFinite(value)) return null;
  return { value: a.negative && value !== 0 ? -value : value, currency: a.currency };
}
