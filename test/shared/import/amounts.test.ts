// Amounts as CRM exports write them: the decimal mark read from the whole column, currencies kept apart.
import { describe, expect, it } from 'vitest';
import { decideDecimalMark, parseAmount } from '../../../shared/import';

describe('parseAmount', () => {
  it.each([
    ['€ 3.500,00', 'comma', 3500, 'EUR'],
    ['3.500,00 €', 'comma', 3500, 'EUR'],
    ['1.234.567,5', 'comma', 1234567.5, null],
    ['1 234,50', 'comma', 1234.5, null],
    ['-0,75', 'comma', -0.75, null],
    ['$1,234.50', 'point', 1234.5, 'USD'],
    ['USD 12,250.50', 'point', 12250.5, 'USD'],
    ['£2,400.00', 'point', 2400, 'GBP'],
    ['(200)', 'point', -200, null],
    ['1500', 'comma', 1500, null],
    ['1,500', 'point', 1500, null],
    ['1,500', 'comma', 1.5, null],
  ] as const)('reads %s with a decimal %s as %d %s', (cell, mark, value, currency) => {
    expect(parseAmount(cell, mark)).toEqual({ value, currency });
  });

  it.each([
    ['3.500,00', 'point'],
    ['1,234.50', 'comma'],
    ['12 apples', 'point'],
    ['€ 3 $', 'point'],
    ['', 'point'],
  ] as const)('rejects %s read with a decimal %s', (cell, mark) => {
    expect(parseAmount(cell, mark)).toBeNull();
  });
});

describe('decideDecimalMark', () => {
  it.each([
    [['1.200,50', '300'], { kind: 'decided', mark: 'comma' }],
    [['3.500', '1.234.567'], { kind: 'decided', mark: 'comma' }],
    [['1,200.50', '300'], { kind: 'decided', mark: 'point' }],
    [['300', '4200'], { kind: 'decided', mark: 'point' }],
    [['1,500', '2,250'], { kind: 'ambiguous', example: '1,500' }],
    [['1,5', '2,25', '1,000.50'], { kind: 'mixed', mark: 'comma' }],
  ] as const)('decides %j as %j', (cells, decision) => {
    expect(decideDecimalMark(cells)).toEqual(decision);
  });
});
