// CSV reading and writing: RFC 4180 quoting, line breaks, round trips and formula-injection escaping.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, formatField, parseCsv } from '../../../cli/io/csv';

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

  it('reports an unclosed quote with the line it opened on', () => {
    expect(() => parseCsv('a,b\n1,"open\nstill open')).toThrow(/line 2/);
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
