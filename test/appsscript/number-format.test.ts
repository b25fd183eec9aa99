// Sheets number formats for output columns: money in the workbook's currency, like the explanations.
import { describe, expect, it } from 'vitest';
import { numberFormatPattern } from '../../appsscript/src/adapters/number-format';
import { formatMoney } from '../../shared/format';

describe('numberFormatPattern', () => {
  it.each([
    ['USD', '"$"#,##0.00'],
    ['eur', '"€"#,##0.00'],
    ['NZD', '"NZ$"#,##0.00'],
    ['SEK', '#,##0.00" SEK"'],
  ])('writes %s money as %s', (currency, pattern) => {
    expect(numberFormatPattern('money', currency)).toBe(pattern);
  });

  it('puts the currency where the engine explanations put it', () => {
    expect(formatMoney(1200, 'SEK')).toBe('1,200 SEK');
    expect(formatMoney(1200, 'NZD')).toBe('NZ$1,200');
  });

  it.each([
    ['percent', '0.0"%"'],
    ['integer', '#,##0'],
    ['date', 'yyyy-mm-dd'],
    ['text', '@'],
  ] as const)('formats %s columns as %s', (format, pattern) => {
    expect(numberFormatPattern(format, 'USD')).toBe(pattern);
  });
});
