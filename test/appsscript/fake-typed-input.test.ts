// The fake parses written text the way a Sheets spreadsheet of each locale does (fake/typed-input.ts).
import { describe, expect, it } from 'vitest';
import { createFakeGoogle, type FakeLocale } from './fake';
import { isDate } from './helpers';

/** Writes `text` into A1 of a new sheet and reads it back with getValues, plus the cell's format. */
function written(text: string, locale: FakeLocale, timeZone = 'Europe/Berlin', format?: string) {
  const google = createFakeGoogle({ locale, timeZone });
  const sheet = google.spreadsheet.insertSheet('T');
  if (format) sheet.getRange(1, 1).setNumberFormat(format);
  sheet.getRange(1, 1).setValues([[text]]);
  return { value: sheet.getRange(1, 1).getValues()[0]![0], format: sheet.formatAt(1, 1) };
}

describe('setValues parses text like a person typing it (en_US)', () => {
  it.each([
    ['007', 7],
    ['1,200.50', 1200.5],
    ['-5', -5],
    ['$1,200.50', 1200.5],
    ['8%', 0.08],
    ['12.5%', 0.125],
    ['TRUE', true],
    ['false', false],
    ['1,5', '1,5'],
    ['2026-W48', '2026-W48'],
    ['R01', 'R01'],
    ['mon,tue,wed', 'mon,tue,wed'],
    ['2026-13', '2026-13'],
    ["'007", '007'],
  ])('%j is stored as %j', (text, value) => {
    expect(written(text, 'en_US').value).toBe(value);
  });

  it.each([
    ['2026-11-26', '2026-11-25T23:00:00.000Z'],
    ['2026-11', '2026-10-31T23:00:00.000Z'],
    ['11/26/2026', '2026-11-25T23:00:00.000Z'],
    ['2026-07-01 14:30', '2026-07-01T12:30:00.000Z'],
  ])('%j becomes a date cell at that wall time in the spreadsheet zone (%s)', (text, iso) => {
    const { value } = written(text, 'en_US');
    expect(isDate(value)).toBe(true);
    expect((value as Date).toISOString()).toBe(iso);
  });

  it('gives a parsed percent a percent format, so the cell shows 8%', () => {
    expect(written('8%', 'en_US').format).toBe('0%');
  });
});

describe('setValues parses text the de_DE way in a de_DE spreadsheet', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['8 %', 0.08],
    ['8,5%', 0.085],
    ['1.200,50 €', 1200.5],
    ['WAHR', true],
    ['FALSCH', false],
    ['TRUE', 'TRUE'],
    ['007', 7],
  ])('%j is stored as %j', (text, value) => {
    expect(written(text, 'de_DE').value).toBe(value);
  });

  it.each([
    ['26.11.2026', '2026-11-25T23:00:00.000Z'],
    ['2026-11-26', '2026-11-25T23:00:00.000Z'],
  ])('%j becomes a date cell', (text, iso) => {
    expect((written(text, 'de_DE').value as Date).toISOString()).toBe(iso);
  });
});

describe('a plain-text cell keeps what was written', () => {
  it.each(['2026-11', '007', '8%', 'TRUE', '2026-11-26'])('%j stays text under "@"', (text) => {
    expect(written(text, 'en_US', 'Europe/Berlin', '@').value).toBe(text);
  });
});

describe('getValues answers a date cell at midnight in the spreadsheet zone', () => {
  it.each([
    ['America/Los_Angeles', '2026-11-26T08:00:00.000Z'],
    ['Europe/Berlin', '2026-11-25T23:00:00.000Z'],
    ['Asia/Tokyo', '2026-11-25T15:00:00.000Z'],
  ])('in %s', (zone, iso) => {
    expect((written('2026-11-26', 'en_US', zone).value as Date).toISOString()).toBe(iso);
  });
});

describe('formulas', () => {
  it('text starting with = is a formula, and a leading apostrophe makes it text', () => {
    const google = createFakeGoogle();
    const sheet = google.spreadsheet.insertSheet('T');
    sheet.getRange(1, 1, 1, 2).setValues([['=1+1', "'=1+1"]]);
    expect(sheet.formulas.has('1,1')).toBe(true);
    expect(sheet.formulas.has('1,2')).toBe(false);
    expect(sheet.getRange(1, 2).getValue()).toBe('=1+1');
  });
});
