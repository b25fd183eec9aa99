// Specs for display rounding: half away from zero on the decimal value, not on the binary float.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dropFloatDust,
  formatMoney,
  formatNumber,
  formatPct,
  round1,
  roundTo,
  toFixedHalfUp,
} from '../../../shared/format';

describe('toFixedHalfUp', () => {
  it.each([
    // The cases of issue 10: the float below the decimal tie still rounds up.
    [288.75, 1, '288.8'],
    [66334.275, 2, '66334.28'],
    [1.005, 2, '1.01'],
    [0.125, 2, '0.13'],
    [1.45, 1, '1.5'],
    [8.345, 2, '8.35'],
    [2.5, 0, '3'],
    [0.5, 0, '1'],
    [0.49999999999999994, 0, '0'],
    // Negatives: half away from zero, so -2.5 -> -3 (Math.round would give -2).
    [-2.5, 0, '-3'],
    [-1.005, 2, '-1.01'],
    [-0.125, 2, '-0.13'],
    [-0.004, 2, '0.00'],
    [-0, 1, '0.0'],
    // Not ties: plain rounding, and padding with zeros.
    [1.004, 2, '1.00'],
    [12345, 2, '12345.00'],
    [99.95, 1, '100.0'],
    [999.995, 2, '1000.00'],
    [0.0001, 2, '0.00'],
    [0.005, 2, '0.01'],
    [1e-7, 6, '0.000000'],
    [5e-7, 6, '0.000001'],
    // Large values: exact integers stay as they are; from 1e21 on, as toFixed writes them.
    [123456789012.345, 2, '123456789012.35'],
    [2 ** 53, 0, '9007199254740992'],
    [9.5e20, 0, '950000000000000000000'],
    [1e21, 0, '1e+21'],
    [-1e21, 2, '-1e+21'],
    [Number.NaN, 2, 'NaN'],
    [Number.POSITIVE_INFINITY, 0, 'Infinity'],
  ])('%d with %d decimals is %s', (value, decimals, expected) => {
    expect(toFixedHalfUp(value, decimals)).toBe(expected);
  });

  it('agrees with toFixed wherever the float is not near a decimal tie', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (x, d) => {
          const scaled = Math.abs(x) * 10 ** d;
          const frac = scaled - Math.floor(scaled);
          fc.pre(Math.abs(frac - 0.5) > 1e-3);
          const expected = x.toFixed(d).replace(/^-(0\.?0*)$/, '$1');
          expect(toFixedHalfUp(x, d)).toBe(expected);
        },
      ),
    );
  });

  it('rounds every written tie away from zero, whatever the float next to it', () => {
    /** The integer k written with d decimals: withDecimals(12345, 2) = "123.45". */
    const withDecimals = (k: number, d: number) => {
      const digits = String(k).padStart(d + 1, '0');
      return d === 0 ? digits : `${digits.slice(0, -d)}.${digits.slice(-d)}`;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (k, d, negative) => {
          const sign = negative ? '-' : '';
          // k + 0.5 units of the last decimal kept, e.g. k=1, d=2 -> "0.015".
          const tie = `${sign}${withDecimals(k, d)}${d === 0 ? '.' : ''}5`;
          expect(toFixedHalfUp(Number(tie), d)).toBe(`${sign}${withDecimals(k + 1, d)}`);
        },
      ),
    );
  });
});

describe('roundTo', () => {
  it.each([
    [0.1 + 0.2, 2, 0.3],
    [66334.275, 2, 66334.28],
    [288.75, 1, 288.8],
    [1.005, 2, 1.01],
    [-2.5, 0, -3],
    [-0.04, 1, 0],
    [1e21, 2, 1e21],
  ])('roundTo(%d, %d) = %d', (value, decimals, expected) => {
    expect(Object.is(roundTo(value, decimals), expected)).toBe(true);
  });

  it('round1 keeps one decimal', () => {
    expect(round1(12.35)).toBe(12.4);
  });
});

describe('dropFloatDust', () => {
  it.each([
    [0.1 + 0.2, 0.3],
    [41999.99999999, 42000],
    [100.125, 100.125], // a recorded amount keeps its decimals: this is not display rounding
    [-0.30000000000000004, -0.3],
  ])('dropFloatDust(%d) = %d', (value, expected) => {
    expect(dropFloatDust(value)).toBe(expected);
  });
});

describe('formatters round half up on the decimal value', () => {
  it.each([
    [() => formatPct(288.75), '288.8%'],
    [() => formatPct(-0.25), '-0.3%'],
    [() => formatNumber(66334.275, 2), '66,334.28'],
    [() => formatNumber(-2.5, 0), '-3'],
    [() => formatMoney(66334.275, 'USD'), '$66,334.28'],
    [() => formatMoney(1.005, 'EUR'), '€1.01'],
    [() => formatMoney(-0.005, 'USD'), '-$0.01'],
    [() => formatMoney(1e21, 'USD'), '$1e+21'],
  ])('%#: %s', (format, expected) => {
    expect(format()).toBe(expected);
  });
});
