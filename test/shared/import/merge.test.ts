// Merging imported rows: deals updated by id (never counted twice), removed when ignored upstream, hand-typed rows and extra columns kept.
import { describe, expect, it } from 'vitest';
import { type MappedDeal, mergeDeals, mergeReps } from '../../../shared/import';

const deal = (dealId: string, amount: number): MappedDeal => ({
  sourceRow: 2,
  dealId,
  repId: 'ana',
  account: null,
  product: null,
  amount,
  stage: 'Won',
  status: 'won',
  created: null,
  close: { at: 19_895 * 1440, hasTime: false },
  expectedClose: null,
});

const EXISTING = [
  ['deal_id', 'rep_id', 'amount', 'status', 'close_date', 'my_note'],
  ['D-1', 'ana', 100, 'won', '2024-06-01', 'keep me'],
  ['HAND-1', 'ben', 50, 'won', '2024-06-02', ''],
  ['D-9', 'ana', 900, 'won', '2024-06-03', ''],
];

describe('mergeDeals', () => {
  it('appends: updates ids already there (their other cells kept), adds new ones, keeps the rest', () => {
    const m = mergeDeals(EXISTING, [deal('D-1', 120), deal('D-2', 30)], [], 'append');
    expect(m).toMatchObject({ added: 1, updated: 1, removed: 0, notInExport: 2 });
    const rows = m.grid.slice(1).map((r) => [r[0], r[2], r[5]]);
    expect(rows).toEqual([
      ['D-1', 120, 'keep me'],
      ['HAND-1', 50, ''],
      ['D-9', 900, ''],
      ['D-2', 30, null],
    ]);
  });

  it('imports the same export twice without counting a deal twice', () => {
    const once = mergeDeals(undefined, [deal('D-1', 10), deal('D-2', 20)], [], 'append');
    const twice = mergeDeals(once.grid, [deal('D-1', 10), deal('D-2', 20)], [], 'append');
    expect(twice.grid).toEqual(once.grid);
    expect(twice).toMatchObject({ added: 0, updated: 2 });
  });

  it('removes a deal the export marks deleted or ignored', () => {
    const m = mergeDeals(EXISTING, [], ['D-9'], 'append');
    expect(m.grid.map((r) => r[0])).toEqual(['deal_id', 'D-1', 'HAND-1']);
    expect(m.removed).toBe(1);
  });

  it('replaces: the tab holds only this export', () => {
    const m = mergeDeals(EXISTING, [deal('D-2', 30)], [], 'replace');
    expect(m.grid.slice(1).map((r) => r[0])).toEqual(['D-2']);
  });
});

describe('mergeReps', () => {
  it('adds new owners as private reps, once', () => {
    const rep = { repId: 'zoe', name: 'Zoë Dubois', email: null, owner: 'Zoë Dubois' };
    const m = mergeReps(
      [
        ['rep_id', 'name'],
        ['ana', 'Ana'],
      ],
      [rep, rep],
    );
    expect(m.grid).toEqual([
      ['rep_id', 'name', 'email', 'active', 'public'],
      ['ana', 'Ana'],
      ['zoe', 'Zoë Dubois', null, 'yes', 'no'],
    ]);
  });
});
