// CSV files separated by semicolons or tabs (Excel in much of Europe, "Unicode text") are read as such.
import { describe, expect, it } from 'vitest';
import { readCsvBytes } from '../../../cli/io/csv-file';
import { decimalCommas, detectDelimiter } from '../../../cli/io/delimiter';

describe('detectDelimiter (from the header line, outside quotes)', () => {
  it.each([
    ['commas', 'deal_id,rep_id,amount\n1;2;3\n', ','],
    ['semicolons', 'deal_id;rep_id;amount\n1,5;2;3\n', ';'],
    ['tabs', 'deal_id\trep_id\tamount\n', '\t'],
    ['semicolons with a quoted comma', '"a,b,c";rep_id;amount\n', ';'],
    ['commas with a quoted semicolon', '"a;b;c",rep_id\n', ','],
    ['a tie: comma', 'a,b;c\n', ','],
    ['one column', 'deal_id\n1\n', ','],
    ['a BOM first', '\uFEFFa;b;c\n', ';'],
    ['a quoted line break in the header', '"a\nb";c;d\n', ';'],
  ])('%s', (_what, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe('decimalCommas (only data rows, only whole decimal-comma numbers)', () => {
  it.each([
    ['1234,5', '1234.5'],
    ['-0,75', '-0.75'],
    ['1.234,50', '1234.50'],
    ['12.345.678,9', '12345678.9'],
    ['1.234', '1.234'],
    ['3,5 kg', '3,5 kg'],
    ['2026-11-26', '2026-11-26'],
    ['1,2,3', '1,2,3'],
    ['Acme', 'Acme'],
  ])('%s → %s', (cell, expected) => {
    const rows = [['amount'], [cell]];
    decimalCommas(rows);
    expect(rows[1]![0]).toBe(expected);
  });

  it('guesses nothing in a file that also writes 1,234.56', () => {
    const rows = [['amount'], ['1,5'], ['1,234.56']];
    expect(decimalCommas(rows)).toBe(0);
    expect(rows[1]).toEqual(['1,5']);
  });

  // [file's amount cells, what they become]: `n,ddd` alone is ambiguous and read as thousands.
  it.each([
    [
      ['19,750', '2,500'],
      ['19,750', '2,500'],
    ],
    [
      ['19,750', '2,500,50'],
      ['19,750', '2,500,50'],
    ],
    [
      ['19,750', '1250,5'],
      ['19.750', '1250.5'],
    ],
    [
      ['19,750', '1.234,50'],
      ['19.750', '1234.50'],
    ],
  ])(
    '%j → %j (a decimal comma is read only when the file shows one unambiguously)',
    (cells, expected) => {
      const rows = [['amount'], ...cells.map((c) => [c])];
      decimalCommas(rows);
      expect(rows.slice(1).map((r) => r[0])).toEqual(expected);
    },
  );

  it('leaves the header alone', () => {
    const rows = [['1,5'], ['1,5']];
    expect(decimalCommas(rows)).toBe(1);
    expect(rows).toEqual([['1,5'], ['1.5']]);
  });
});

describe('readCsvBytes on separated files', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it.each([
    [
      'semicolons and decimal commas',
      'deal_id;rep_id;amount;note\nD1;r1;1.234,50;"a; b"\nD2;r2;99;x\n',
      [
        ['deal_id', 'rep_id', 'amount', 'note'],
        ['D1', 'r1', '1234.50', 'a; b'],
        ['D2', 'r2', '99', 'x'],
      ],
      1,
    ],
    [
      'tabs',
      'deal_id\trep_id\tamount\nD1\tr1\t1,5\n',
      [
        ['deal_id', 'rep_id', 'amount'],
        ['D1', 'r1', '1,5'],
      ],
      0,
    ],
  ])('%s', (_what, text, rows, notes) => {
    const read = readCsvBytes(bytes(text), 'Deals.csv', 'Deals');
    expect(read.rows).toEqual(rows);
    expect(read.notes).toHaveLength(notes);
  });

  it('reads 3,000 semicolon rows as columns, with one note, not thousands of issues', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `D${i};r1;${i},5`).join('\n');
    const read = readCsvBytes(bytes(`deal_id;rep_id;amount\n${lines}\n`), 'Deals.csv', 'Deals');
    expect(read.rows[3000]).toEqual(['D2999', 'r1', '2999.5']);
    expect(read.notes).toHaveLength(1);
    expect(read.problems).toEqual([]);
  });
});
