// The CSV reader's cell pool: every value comes back unchanged, whatever its length, column or repetition.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellPool } from '../../../cli/io/cell-pool';
import { readCsv } from '../../../cli/io/csv';

describe('CellPool.share', () => {
  it.each([
    ['an empty cell', ''],
    ['a short date', '2026-11-18'],
    ['a date-time (13+ characters: pooled as a copy)', '2026-11-18 09:30'],
    ['text with accents and an emoji (surrogate pair)', 'Zoë Müller 🎉 Ltd'],
    ['text longer than the pooled length', 'x'.repeat(200)],
  ])('returns %s unchanged, first and later reads', (_what, text) => {
    const pool = new CellPool();
    expect(pool.share(0, text)).toBe(text);
    expect(pool.share(0, `${text}`)).toBe(text);
    expect(pool.share(1, text)).toBe(text);
  });

  it('keeps returning each value after a column of unique values stops being pooled', () => {
    const pool = new CellPool();
    const ids = Array.from({ length: 10_000 }, (_, i) => `D-${String(i).padStart(6, '0')}`);
    expect(ids.map((id) => pool.share(0, id))).toEqual(ids);
    expect(ids.map((id) => pool.share(0, id))).toEqual(ids);
  });
});

describe('readCsv with pooled cells', () => {
  it('reads the same rows as the cells written, for any repeated and unique values', () => {
    const cell = fc.oneof(
      fc.constantFrom('2026-11-18', '2026-11-18 09:30', 'R001', 'call', ''),
      fc.string({ unit: fc.constantFrom('a', 'é', '1', ' ', '-'), maxLength: 40 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 60 }),
        (rows) => {
          const text = rows.map((r) => r.join(',')).join('\n');
          const read = readCsv(`a,b,c\n${text}\n`).rows.slice(1);
          expect(read).toEqual(rows);
        },
      ),
    );
  });
});
