// Display rounding on the decimal value: half away from zero on the digits a person reads, not on the binary float.
//
// Why: 66334.275 is stored as the float 66334.27499999999…, so `toFixed(2)` and
// `Math.round(x * 100) / 100` give 66334.27 although everyone (and every spreadsheet) expects
// 66334.28. We round the shortest decimal that reads back as the same float (what `String(x)`
// writes, ECMAScript Number::toString), so the digits rounded are the digits the value was
// written with. Ties go away from zero (-2.5 -> -3), symmetric for credits and debits, as
// Sheets' ROUND and Intl.NumberFormat's default `halfExpand` do; `Math.round` would give -2.

/** Beyond this, `String(x)` uses exponent notation and every float is a whole number. */
const EXPONENT_FROM = 1e21;

/** The shortest decimal of a non-negative finite float as digits (no leading zeros) and point: value = 0.DIGITS × 10^point. */
function shortestDecimal(abs: number): { digits: string; point: number } {
  const [mantissa = '0', exponent = '0'] = String(abs).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const all = whole + fraction;
  const leading = all.length - all.replace(/^0+/, '').length;
  return { digits: all.slice(leading), point: whole.length + Number(exponent) - leading };
}

/** Below this, |value| × 10^decimals carries a float error far under FAST_MARGIN. */
const FAST_LIMIT = 1e9;
/** How far from a tie (…5 exactly) the scaled value must be for its float to decide alone. */
const FAST_MARGIN = 1e-6;

/**
 * |value| × 10^decimals rounded half away from zero, computed on the float when that cannot
 * differ from the decimal rounding: the scaled value is small (its float error is under 1e-6)
 * and not within 1e-6 of a tie. Null sends the value to the exact decimal path. The engine
 * rounds hundreds of thousands of figures a run; almost none sit on a tie.
 */
function fastScaled(value: number, decimals: number): number | null {
  if (decimals > 9) return null;
  const scaled = Math.abs(value) * 10 ** decimals;
  if (scaled >= FAST_LIMIT) return null;
  const floor = Math.floor(scaled);
  const frac = scaled - floor;
  if (Math.abs(frac - 0.5) < FAST_MARGIN) return null;
  return frac > 0.5 ? floor + 1 : floor;
}

/**
 * `value` written with exactly `decimals` decimals (0..100), rounded half away from zero on its
 * decimal digits: 66334.275 -> "66334.28", 1.005 -> "1.01", -2.5 -> "-3". Zero is unsigned
 * ("0.00", never "-0.00"). Non-finite values and |value| >= 1e21 are written as `toFixed` does
 * ("1e+21"): those floats are whole numbers, so there is nothing to round.
 */
export function toFixedHalfUp(value: number, decimals: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= EXPONENT_FROM) return value.toFixed(decimals);
  const fast = fastScaled(value, decimals);
  if (fast !== null) {
    const text = String(fast).padStart(decimals + 1, '0');
    const cut = text.length - decimals;
    const fixed = decimals > 0 ? `${text.slice(0, cut)}.${text.slice(cut)}` : text;
    return value < 0 && fast !== 0 ? `-${fixed}` : fixed;
  }
  const { digits, point } = shortestDecimal(Math.abs(value));
  const keep = point + decimals;
  let scaled = 0n;
  if (keep >= 0) {
    const padded = digits.padEnd(keep + 1, '0');
    scaled = BigInt(padded.slice(0, keep) || '0') + (padded[keep]! >= '5' ? 1n : 0n);
  }
  const text = scaled.toString().padStart(decimals + 1, '0');
  const cut = text.length - decimals;
  const fixed = decimals > 0 ? `${text.slice(0, cut)}.${text.slice(cut)}` : text;
  return value < 0 && scaled !== 0n ? `-${fixed}` : fixed;
}

/**
 * Rounds half away from zero on the decimal value to `decimals` decimals, for figures stored in
 * output tables and the snapshot: roundTo(66334.275, 2) = 66334.28, roundTo(-2.5, 0) = -3.
 * Only at the edge: computations keep exact values and round once, when shown or stored.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const fast = fastScaled(value, decimals);
  // An integer over a power of ten divides to the float nearest that decimal, as Number(text).
  if (fast !== null) return fast === 0 ? 0 : (value < 0 ? -fast : fast) / 10 ** decimals;
  const rounded = Number(toFixedHalfUp(value, decimals));
  return rounded === 0 ? 0 : rounded;
}

/** Rounds to one decimal, the precision of every percentage the engine stores. */
export function round1(x: number): number {
  return roundTo(x, 1);
}

/**
 * Removes the binary dust of a float sum (0.1 + 0.2 = 0.30000000000000004, prefix-sum
 * differences such as 41999.99999999) so equal totals compare equal and a goal of 42,000 is
 * reached by 42,000. Not display rounding: sums of amounts with up to six decimals come back as
 * their exact decimal value; ratios such as prorated targets must not go through it.
 */
export function dropFloatDust(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
