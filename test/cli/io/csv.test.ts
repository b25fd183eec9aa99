// CSV reading and writing: RFC 4180 quoting, line breaks, round trips and formula-injection escaping.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, formatField, parseCsv, readCsv } from '../../../cli/io/csv';

describe('parseCsv', () => {
  it.each([
    [
      'plain fields',
      'a,b,c\n1,2,3\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'CRLF record ends',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'no final line break',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['a quoted comma', '"Smith, Jane",5\n', [['Smith, Jane', '5']]],
    ['doubled quotes inside quotes', '"say ""hi""",x\n', [['say "hi"', 'x']]],
    ['a line break inside quotes', '"line 1\nline 2",x\n', [['line 1\nline 2', 'x']]],
    ['a CRLF inside quotes kept as is', '"a\r\nb"\r\n', [['a\r\nb']]],
    ['empty fields', ',,\n', [['', '', '']]],
    ['a last record of one empty quoted field', 'a\n""', [['a'], ['']]],
    ['a blank line kept as a blank row (row numbers stay true)', 'h\n\nx\n', [['h'], [''], ['x']]],
    ['a leading byte-order mark dropped', '\uFEFFrep_id,name\n', [['rep_id', 'name']]],
    ['a quote in the middle of a field kept literally', 'ab"c,d\n', [['ab"c', 'd']]],
  ])('reads %s', (_name, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('is strict: throws on an unclosed quote with the line it opened on', () => {
    expect(() => parseCsv('a,b\n1,"open\nstill open')).toThrow(/line 2/);
  });
});

describe('readCsv recovers from stray quotes and says where they were', () => {
  it.each([
    [
      'an unclosed quote: read as a plain character, the later rows as written',
      'a,b\n1,"open\n2,x\n',
      [
        ['a', 'b'],
        ['1', '"open'],
        ['2', 'x'],
      ],
      [[2, 2]],
    ],
    [
      'an unclosed quote keeps the commas after it as field separators',
      'id,account,amount\nD1,"Acme,500\nD2,Beta,600\n',
      [
        ['id', 'account', 'amount'],
        ['D1', '"Acme', '500'],
        ['D2', 'Beta', '600'],
      ],
      [[2, 2]],
    ],
    [
      'an unclosed quote on the last line, without a final line break',
      'a\n"open',
      [['a'], ['"open']],
      [[2, 2]],
    ],
    [
      'two stray quotes lines apart are not read as one field spanning the rows between',
      'id,account,amount\nD1,"Acme,5\nD2,Mid,6\nD3,"Beta,7\n',
      [
        ['id', 'account', 'amount'],
        ['D1', '"Acme', '5'],
        ['D2', 'Mid', '6'],
        ['D3', '"Beta', '7'],
      ],
      [
        [2, 2],
        [4, 4],
      ],
    ],
    [
      'the row number counts records, after a line break inside a quoted field',
      'h\n"x\ny"\n"open\n',
      [['h'], ['x\ny'], ['"open']],
      [[3, 4]],
    ],
    ['a quoted field over two lines is not a problem', '"a\nb",c\n', [['a\nb', 'c']], []],
    ['text after a closing quote on the same line is kept', '"ab"c,d\n', [['abc', 'd']], []],
  ])('reads %s', (_name, text, rows, problems) => {
    const read = readCsv(text);
    expect(read.rows).toEqual(rows);
    expect(read.problems.map((p) => [p.row, p.line])).toEqual(problems);
    for (const p of read.problems) {
      expect(p.problem).toMatch(/quote \("\) opens a field but is never closed/);
      expect(p.fix).toMatch(/Close the quote/);
    }
  });

  it('finds no problem in anything formatCsv writes', () => {
    const field = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ') });
    const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { maxLength: 6 });
    fc.assert(
      fc.property(rows, (grid) => {
        expect(readCsv(formatCsv(grid, { escapeFormulas: false })).problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatField escapes text against formula injection', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tTabbed', "'\tTabbed"],
    ['\rReturn', '"\'\rReturn"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['Plain text', 'Plain text'],
    ['a=b', 'a=b'],
    ["'already quoted", "'already quoted"],
    ['', ''],
  ])('text %j is written as %j', (text, expected) => {
    expect(formatField(text)).toBe(expected);
  });

  it.each([
    [-5, '-5'],
    [0, '0'],
    [1234.5, '1234.5'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [null, ''],
    [Number.NaN, ''],
  ])('non-text %j is written as %j (numbers are never escaped)', (cell, expected) => {
    expect(formatField(cell)).toBe(expected);
  });

  it('leaves text alone when escaping is turned off (input data written back verbatim)', () => {
    expect(formatField('=A1', { escapeFormulas: false })).toBe('=A1');
  });
});

describe('formatCsv', () => {
  it('writes CRLF records and quotes fields with commas, quotes, line breaks or edge spaces', () => {
    expect(
      formatCsv([
        ['a', 'b,c'],
        ['say "hi"', 'x\ny'],
        [' padded', 1],
      ]),
    ).toBe('a,"b,c"\r\n"say ""hi""","x\ny"\r\n" padded",1\r\n');
  });

  it('round-trips any text grid through format and parse', () => {
    const field = fc.string({
      unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', 'é', '1'),
    });
    const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(rows, (grid) => {
        // A one-cell empty row cannot be told from a blank line, which reads back as [''] too.
        expect(parseCsv(formatCsv(grid, { escapeFormulas: false }))).toEqual(grid);
      }),
      { numRuns: 300 },
    );
  });
});
