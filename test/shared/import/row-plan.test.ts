// planRows: the add-on's in-place edits; only rows an import wrote are updated or removed, never a hand-typed row.
import { describe, expect, it } from 'vitest';
import { type ImportOutcome, type MappedDeal, planRows } from '../../../shared/import';
import { EMPTY_MAPPING } from '../../../shared/import';

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

function outcome(
  deals: MappedDeal[],
  ignoredIds: string[] = [],
): Extract<ImportOutcome, { kind: 'mapped' }> {
  return {
    kind: 'mapped',
    importKind: 'deals',
    deals,
    activities: [],
    ignoredIds,
    newReps: [],
    counts: {
      rows: deals.length,
      used: deals.length,
      leftOut: 0,
      ignored: 0,
      notDone: 0,
      otherCurrencies: [],
    },
    owners: [],
    stages: [],
    mapping: EMPTY_MAPPING,
    issues: [],
  };
}

// Rows 2, 3 and 5 were written by an import; row 4 was typed by hand.
const TAB = [
  ['deal_id', 'rep_id', 'amount', 'my_formula'],
  ['D-1', 'ana', 100, '=C2*2'],
  ['D-2', 'ana', 200, '=C3*2'],
  ['HAND-1', 'ben', 50, ''],
  ['D-3', 'ana', 300, ''],
];
const IMPORTED = new Set([2, 3, 5]);
const imported = (row: number) => IMPORTED.has(row);

describe('planRows', () => {
  it.each([
    // mode, export, ignored, updated rows, appended ids, removed rows, kept (not in export)
    ['append', ['D-1', 'D-4'], [], [2], ['D-4'], [], 2],
    ['replace', ['D-1', 'D-4'], [], [2], ['D-4'], [3, 5], 0],
    ['append', ['D-1'], ['D-2'], [2], [], [3], 1],
    ['replace', [], ['D-9'], [], [], [2, 3, 5], 0],
  ] as const)(
    '%s of %j (ignored %j): updates %j, appends %j, removes %j, keeps %d',
    (mode, ids, ignored, updates, appends, removes, kept) => {
      const plan = planRows(
        TAB,
        imported,
        outcome(
          ids.map((id) => deal(id, 1)),
          [...ignored],
        ),
        mode,
      );
      expect(plan.updates.map((u) => u.row)).toEqual(updates);
      expect(plan.appends.map((r) => r.record.deal_id)).toEqual(appends);
      expect(plan.removes).toEqual(removes);
      expect(plan.notInExport).toBe(kept);
      expect(plan.handRows).toEqual([]);
    },
  );

  it('leaves a hand-typed row with an id of the export as it is, and does not add the export row (no double count)', () => {
    for (const mode of ['append', 'replace'] as const) {
      const plan = planRows(TAB, imported, outcome([deal('HAND-1', 999)]), mode);
      expect(plan.handRows).toEqual([{ row: 4, id: 'HAND-1' }]);
      expect(plan.appends).toEqual([]);
      expect(plan.updates).toEqual([]);
      expect(plan.removes).not.toContain(4);
    }
  });

  it("writes only the import's columns: the manager's own column maps to nothing, missing ones are added at the end", () => {
    const plan = planRows(TAB, imported, outcome([deal('D-1', 1)]), 'append');
    expect(plan.keys.slice(0, 4)).toEqual(['deal_id', 'rep_id', 'amount', null]);
    expect(plan.header.slice(0, 4)).toEqual(TAB[0]);
    expect(plan.addedColumns).toEqual(plan.header.slice(4));
    expect(plan.addedColumns).toContain('close_date');
  });

  it('on an empty tab writes the whole header and appends every deal once', () => {
    const plan = planRows(undefined, () => false, outcome([deal('A', 1), deal('B', 2)]), 'append');
    expect(plan.addedColumns).toEqual(plan.header);
    expect(plan.appends.map((r) => [r.record.deal_id, r.record.amount])).toEqual([
      ['A', 1],
      ['B', 2],
    ]);
  });
});
