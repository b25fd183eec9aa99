// Cell coercions: text, numbers and money, booleans, dates and lists, with their problems.
import { describe, expect, it } from 'vitest';
import {
  amount,
  at,
  Bad,
  boolean,
  count,
  dateWindow,
  day,
  dayList,
  httpsUrl,
  lines,
  list,
  numberCell,
  oneOf,
  parseNumberText,
  text,
} from '../../../shared/workbook';
import { dayFromYmd } from '../../../shared/time';

const env = { timeZone: 'America/New_York', dates: dateWindow(null) };
const D = (y: number, m: number, d: number) => dayFromYmd(y, m, d);

describe('number text', () => {
  it.each([
    ['1200', 1200],
    ['$1,200', 1200],
    ['1 200', 1200],
    ['1\u00a0200', 1200],
    ['1,200.50', 1200.5],
    ['-5', -5],
    ['$-5', -5],
    ['-$5', -5],
    ['.5', 0.5],
    ['12.5%', 12.5],
    ['1,234,567', 1234567],
    ['  42  ', 42],
    ['€300', 300],
  ])('reads %j as %d', (input, expected) => {
    expect(parseNumberText(input)).toBe(expected);
  });

  it.each(['1.200,50', '1,5', '12,00', 'abc', '', '$', '1e3', '--5', '1,2345', '5 apples'])(
    'rejects %j',
    (input) => {
      expect(parseNumberText(input)).toBeNull();
    },
  );
});

describe('number cells', () => {
  it.each([
    [1200, 1200],
    ['$1,200', 1200],
    [-0, 0],
  ])('amount reads %j as %d', (cell, expected) => {
    expect(amount(cell, env)).toBe(expected);
  });

  it.each([
    [-3, 'is negative'],
    ['-3', 'is negative'],
    [Number.NaN, 'is not a number'],
    [Number.POSITIVE_INFINITY, 'is not a number'],
    [true, 'is not a number'],
    [new Date(0), 'is not a number'],
  ])('amount rejects %j (%s)', (cell, problem) => {
    const out = amount(cell, env);
    expect(out).toBeInstanceOf(Bad);
    expect((out as Bad).problem).toBe(problem);
  });

  it('count wants whole numbers of 0 or more', () => {
    expect(count('3', env)).toBe(3);
    expect((count(2.5, env) as Bad).problem).toBe('is not a whole number');
    expect((count(-1, env) as Bad).problem).toBe('is negative');
  });

  it('bounded numbers report the range', () => {
    const score = numberCell({ min: 1, max: 5 });
    expect(score(3.5, env)).toBe(3.5);
    expect((score(6, env) as Bad).problem).toBe('is above 5');
    expect((score(0, env) as Bad).problem).toBe('is below 1');
  });
});

describe('booleans', () => {
  it.each([
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ['yes', true],
    ['No', false],
    ['TRUE', true],
    ['false', false],
    ['y', true],
    ['N', false],
    ['1', true],
    ['0', false],
    [' Yes ', true],
    ['No.', false],
    ['OFF', false],
    ['Private', false],
    ['hidden', false],
    ['none', false],
    ['x', true],
    ['X', true],
    ['✓', true],
    ['✔', true],
    ['☑', true],
    ['on', true],
    ['Public', true],
    ['visible', true],
    ['shown', true],
    ['Ｙｅｓ', true],
  ])('reads %j as %s', (cell, expected) => {
    expect(boolean(cell, env)).toBe(expected);
  });
  it.each(['maybe', 2, -1, 'nope', '?', 'yes please', 'non', '✗', new Date(0)])(
    'rejects %j',
    (cell) => {
      expect(boolean(cell, env)).toBeInstanceOf(Bad);
    },
  );
});

describe('dates', () => {
  it.each([
    ['2026-11-26', D(2026, 11, 26) * 1440],
    ['2026-11-26 14:30', D(2026, 11, 26) * 1440 + 14 * 60 + 30],
    ['2026-11-26T14:30', D(2026, 11, 26) * 1440 + 14 * 60 + 30],
    // An instant is shown in the workbook zone: 19:30Z is 14:30 in New York (EST, UTC-5).
    ['2026-11-26T19:30:00Z', D(2026, 11, 26) * 1440 + 14 * 60 + 30],
    ['2026-11-26T20:30+01:00', D(2026, 11, 26) * 1440 + 14 * 60 + 30],
  ])('reads text %j as local wall time', (cell, expected) => {
    expect(at(cell, env)).toBe(expected);
  });

  it('reads a Date cell (an instant) in the workbook zone', () => {
    // 2026-11-27T03:00Z is still the 26th, 22:00, in New York.
    expect(at(new Date(Date.UTC(2026, 10, 27, 3, 0)), env)).toBe(D(2026, 11, 26) * 1440 + 22 * 60);
    expect(day(new Date(Date.UTC(2026, 10, 27, 3, 0)), env)).toBe(D(2026, 11, 26));
  });

  it('reads a Sheets serial number as a day (46000 = 2025-12-09), with the fraction as time', () => {
    // 1899-12-30 + 46000 days: 25569 is 1970-01-01, so 46000 - 25569 = 20431 days after the epoch.
    expect(day(46000, env)).toBe(20431);
    expect(D(2025, 12, 9)).toBe(20431);
    expect(at(46000.5, env)).toBe(20431 * 1440 + 720);
  });

  it.each([2026, 12, -1, 1e9])(
    'rejects the bare number %d (not a plausible serial date)',
    (cell) => {
      expect(at(cell, env)).toBeInstanceOf(Bad);
    },
  );

  it.each(['2026-02-30', '2026-13-01', '26/11/2026', 'next week', 'true'])(
    'rejects impossible or non-ISO text %j',
    (cell) => {
      expect(day(cell, env)).toBeInstanceOf(Bad);
    },
  );

  it.each([new Date(Number.NaN), true])('rejects %j', (cell) => {
    expect(day(cell, env)).toBeInstanceOf(Bad);
  });

  it('reads date lists, and rejects a list with one bad date', () => {
    expect(dayList('2026-12-25, 2026-12-26;2027-01-01', env)).toEqual([
      D(2026, 12, 25),
      D(2026, 12, 26),
      D(2027, 1, 1),
    ]);
    expect(dayList(new Date(Date.UTC(2026, 11, 25, 12)), env)).toEqual([D(2026, 12, 25)]);
    expect(dayList('2026-12-25, soon', env)).toBeInstanceOf(Bad);
  });
});

describe('text, lists, enums, links', () => {
  it('trims text and writes numbers and booleans as text', () => {
    expect(text('  Ada  ', env)).toBe('Ada');
    expect(text(1001, env)).toBe('1001');
    expect(text(true, env)).toBe('TRUE');
    expect(text(new Date(Date.UTC(2026, 10, 26, 12)), env)).toBe('2026-11-26');
  });

  it('splits lists on commas or lines and steps on lines', () => {
    expect(list('Grit, Curiosity,,  Listening ', env)).toEqual(['Grit', 'Curiosity', 'Listening']);
    expect(list('a\nb', env)).toEqual(['a', 'b']);
    expect(lines('Call 20 leads, daily\n\n Shadow a senior rep ', env)).toEqual([
      'Call 20 leads, daily',
      'Shadow a senior rep',
    ]);
  });

  it.each([
    ['Won', 'won'],
    ['CLOSED WON', 'won'],
    ['closed_won', 'won'],
    [' lost ', 'lost'],
  ])('matches enum %j case- and separator-insensitively as %s', (cell, expected) => {
    const status = oneOf(['open', 'won', 'lost'], { 'closed won': 'won' });
    expect(status(cell, env)).toBe(expected);
  });

  it('rejects an unknown enum value and lists the accepted ones', () => {
    const out = oneOf(['open', 'won', 'lost'])('pending', env);
    expect((out as Bad).fix).toBe('Use one of: open, won, lost.');
  });

  it.each([
    ['https://example.com/a.png', true],
    ['HTTPS://cdn.example.com/x?y=1', true],
    ['http://example.com/a.png', false],
    ['javascript:alert(1)', false],
    ['https://', false],
    ['https://exa mple.com', false],
  ])('https link %j accepted: %s', (cell, ok) => {
    expect(httpsUrl(cell, env) instanceof Bad).toBe(!ok);
  });
});
