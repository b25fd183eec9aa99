// Owner → rep: id, email, exact name, then a close name (asked), else a new private rep with a stable id.
import { describe, expect, it } from 'vitest';
import { newRepId, ownerMatcher } from '../../../shared/import';

const REPS = [
  { repId: 'ana', name: 'Ana Pérez', email: 'ana@example.com' },
  { repId: 'john', name: 'John Smith', email: null },
];

describe('ownerMatcher', () => {
  const match = ownerMatcher(
    REPS,
    new Map([
      ['Jon S.', 'john'],
      ['Someone', 'new'],
    ]),
  );
  it.each([
    ['ana', null, { kind: 'rep', repId: 'ana', how: 'id' }],
    ['ANA@example.com', null, { kind: 'rep', repId: 'ana', how: 'email' }],
    ['Ana', 'ana@example.com', { kind: 'rep', repId: 'ana', how: 'email' }],
    ['ana perez', null, { kind: 'rep', repId: 'ana', how: 'name' }],
    ['Pérez, Ana', null, { kind: 'rep', repId: 'ana', how: 'name' }],
    ['Jon Smith', null, { kind: 'close', repId: 'john', name: 'John Smith' }],
    ['Jon S.', null, { kind: 'rep', repId: 'john', how: 'answer' }],
    ['Someone', null, { kind: 'new' }],
    ['Zoë Dubois', null, { kind: 'new' }],
  ] as const)('matches %s (email %s) as %j', (owner, email, expected) => {
    expect(match(owner, email)).toEqual(expected);
  });
});

describe('newRepId', () => {
  it.each([
    ['Jürgen Müller', [], 'jurgen-muller'],
    ['Müller, Jürgen', [], 'jurgen-muller'],
    ['zoe.dubois@example.com', [], 'zoe-dubois'],
    ['Ana Pérez', ['ana-perez'], 'ana-perez-2'],
    ['???', [], 'rep'],
  ] as const)('names %s (taken %j) %s', (owner, taken, id) => {
    expect(newRepId(owner, new Set(taken))).toBe(id);
  });
});
