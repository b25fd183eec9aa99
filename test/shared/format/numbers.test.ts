// Locale-independent formatting used in explanations.
import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatPct, formatRows, roundTo } from '../../../shared/format';

describe('formatNumber', () => {
  it.each([
    [0, 0, '0'],
    [999, 0, '999'],
    [1000, 0, '1,000'],
    [1234567.5, 1, '1,234,567.5'],
    [-1200, 0, '-1,200'],
    [-0.001, 0, '0'],
    [12345, 2, '12,345.00'],
    [100000, 0, '100,000'],
    [1e21, 0, '1e+21'],
    [Number.NaN, 0, '–'],
  ])('formats %d with %d decimals as %s', (value, decimals, expected) => {
    expect(formatNumber(value, decimals)).toBe(expected);
  });
});

describe('formatMoney', () => {
  it.each([
    [42000, 'USD', '$42,000'],
    [1234.5, 'usd', '$1,234.50'],
    [-300, 'EUR', '-€300'],
    [42000, 'SEK', '42,000 SEK'],
  ])('formats %d %s as %s', (value, currency, expected) => {
    expect(formatMoney(value, currency)).toBe(expected);
  });
});

describe('formatPct', () => {
  it.each([
    [105, '105%'],
    [87.46, '87.5%'],
    [87.04, '87%'],
    [1234.5, '1,234.5%'],
  ])('formats %d as %s', (value, expected) => {
    expect(formatPct(value)).toBe(expected);
  });
});

describe('formatRows', () => {
  it('lists one row in the singular', () => {
    expect(formatRows([14])).toBe('row 14');
  });
  it('caps the list and says how many more', () => {
    expect(formatRows([1, 2, 3, 4, 5], 3)).toBe('rows 1, 2, 3 and 2 more');
  });
});

describe('roundTo', () => {
  it('removes floating-point noise', () => {
    expect(roundTo(0.1 + 0.2, 2)).toBe(0.3);
  });
});
