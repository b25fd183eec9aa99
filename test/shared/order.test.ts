// Specs for the one text order and the one ranking rule (competition ranks 1, 2, 2, 4).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText, rankBy } from '../../shared/order';

describe('compareText', () => {
  it.each([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['same', 'same', 0],
    ['Zoe', 'adam', -1], // code units, not a locale: capitals first
    ['Émile', 'Zoe', 1],
    ['', 'a', -1],
    ['r10', 'r9', -1], // text, not numbers
  ])('compareText(%s, %s) = %d', (a, b, expected) => {
    expect(Math.sign(compareText(a, b))).toBe(expected);
  });
});

interface Row {
  readonly name: string;
  readonly value: number;
}
const byValue = (a: Row, b: Row) => b.value - a.value;
const byName = (a: Row, b: Row) => compareText(a.name, b.name);

describe('rankBy', () => {
  it.each([
    [[], []],
    [[5], [1]],
    [
      [3, 2, 1],
      [1, 2, 3],
    ],
    [
      [2, 2, 1],
      [1, 1, 3],
    ],
    [
      [3, 2, 2, 1],
      [1, 2, 2, 4],
    ],
    [
      [1, 1, 1],
      [1, 1, 1],
    ],
    [
      [4, 3, 3, 3, 0],
      [1, 2, 2, 2, 5],
    ],
  ])('values %j rank %j', (values, ranks) => {
    const rows = values.map((value, i) => ({ name: `r${i}`, value }));
    expect(rankBy(rows, byValue, byName).map((r) => r.rank)).toEqual(ranks);
  });

  it('lists tied items by the listing order, whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ name: fc.string(), value: fc.integer({ min: 0, max: 3 }) }), {
          selector: (r) => r.name,
        }),
        (rows) => {
          const a = rankBy(rows, byValue, byName);
          const b = rankBy([...rows].reverse(), byValue, byName);
          expect(b).toEqual(a);
          for (const r of a) {
            const first = a.findIndex((x) => x.item.value === r.item.value);
            expect(r.rank).toBe(first + 1);
          }
        },
      ),
    );
  });
});
