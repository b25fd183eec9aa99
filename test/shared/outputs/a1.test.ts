// Specs for A1 column letters: bijective base 26, as Sheets and Excel name columns.
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../../shared/outputs';

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('column %i is %s', (col, letters) => {
    expect(columnLetter(col)).toBe(letters);
  });
});
