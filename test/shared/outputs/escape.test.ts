// Formula-injection escaping of text written to sheets and CSV.
import { describe, expect, it } from 'vitest';
import { escapeFormula, unescapeFormula } from '../../../shared/outputs/escape';

describe('escapeFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1+1', `'+1+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    [' =1+1', `' =1+1`],
    ["'=1", `''=1`],
    ['\n@cmd', `'\n@cmd`],
  ])('prefixes an apostrophe to text that starts like a formula: %j', (input, expected) => {
    expect(escapeFormula(input)).toBe(expected);
  });

  it.each(['Alice', 'a=b', '100%', '', 'not = at start', "'already quoted"])(
    'leaves ordinary text unchanged: %j',
    (input) => {
      expect(escapeFormula(input)).toBe(input);
    },
  );

  it.each([
    '=HYPERLINK("http://x","y")',
    '@SUM(1+1)',
    '-2+3',
    '\r=1',
    "'=1",
    "''+x",
    "'tis",
    'Alice',
    '',
  ])('reads its own escape back to the original text: %j', (text) => {
    expect(unescapeFormula(escapeFormula(text))).toBe(text);
  });

  it.each(["'tis", "'", "'Alice"])('keeps an apostrophe that protects no formula: %j', (text) => {
    expect(unescapeFormula(text)).toBe(text);
  });
});
