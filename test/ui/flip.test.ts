// FLIP moves: which rows glide (and from how far), which fade in, and that still rows stay still.
import { describe, expect, it } from 'vitest';
import { flipMoves } from '../../ui';

const tops = (o: Record<string, number>) => new Map(Object.entries(o));
const now = (o: Record<string, number>) => Object.entries(o).map(([key, top]) => ({ key, top }));

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
    expect(flipMoves(tops(before), now(after))).toEqual({ moves, entered });
  });
});
