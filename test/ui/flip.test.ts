// FLIP moves: which rows glide (and from how far), which fade in, and that still rows stay still.
import { describe, expect, it } from 'vitest';
import { flipMoves } from '../../ui';

/** Rows stacked in a list: only their tops differ. */
const tops = (o: Record<string, number>) =>
  new Map(Object.entries(o).map(([key, top]) => [key, { left: 0, top }]));

interface Case {
  name: string;
  before: Record<string, number>;
  after: Record<string, number>;
  moves: { key: string; dy: number }[];
  entered: string[];
}

describe('flipMoves', () => {
  it.each<Case>([
    {
      name: 'two reps swapping ranks glide from each other’s place',
      before: { a: 0, b: 40, c: 80 },
      after: { b: 0, a: 40, c: 80 },
      moves: [
        { key: 'b', dy: 40 },
        { key: 'a', dy: -40 },
      ],
      entered: [],
    },
    {
      name: 'a rep climbing from 3rd to 1st moves up two rows, the others down one',
      before: { a: 0, b: 40, c: 80 },
      after: { c: 0, a: 40, b: 80 },
      moves: [
        { key: 'c', dy: 80 },
        { key: 'a', dy: -40 },
        { key: 'b', dy: -40 },
      ],
      entered: [],
    },
    {
      name: 'nothing changed: nothing moves',
      before: { a: 0, b: 40 },
      after: { a: 0, b: 40 },
      moves: [],
      entered: [],
    },
    {
      name: 'sub-pixel rounding is not a move',
      before: { a: 0, b: 40 },
      after: { a: 0.3, b: 39.6 },
      moves: [],
      entered: [],
    },
    {
      name: 'a rep new to the list fades in; one who left is simply gone',
      before: { a: 0, b: 40 },
      after: { a: 0, n: 40 },
      moves: [],
      entered: ['n'],
    },
  ])('$name', ({ before, after, moves, entered }) => {
    expect(flipMoves(tops(before), tops(after))).toEqual({
      moves: moves.map((m) => ({ ...m, dx: 0 })),
      entered,
    });
  });

  it('podium steps side by side: a new #1 moves sideways into the middle step', () => {
    const before = new Map([
      ['b', { left: 0, top: 20 }],
      ['a', { left: 300, top: 0 }],
      ['c', { left: 600, top: 40 }],
    ]);
    const after = new Map([
      ['a', { left: 0, top: 20 }],
      ['c', { left: 300, top: 0 }],
      ['b', { left: 600, top: 40 }],
    ]);
    expect(flipMoves(before, after).moves).toEqual([
      { key: 'a', dx: 300, dy: -20 },
      { key: 'c', dx: 300, dy: 40 },
      { key: 'b', dx: -600, dy: -20 },
    ]);
  });
});
