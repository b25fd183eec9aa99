// CSV-like text grids and Sheets-like typed grids give the same records.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, Grid } from '../../../shared/workbook';
import { parseWorkbook, TAB_NAMES, TAB_SPECS } from '../../../shared/workbook';
import { isNotComputed } from './helpers';

// The same workbook twice: as CSV gives it (all text) and as Sheets gives it (typed cells).
// 2026-11-02 09:30 in New York is 14:30Z (EST); midnight local is 05:00Z.
const ny = (h: number, m = 0, d = 2) => new Date(Date.UTC(2026, 10, d, h + 5, m));

const csv: Record<string, Grid> = {
  Settings: [
    ['setting', 'value'],
    ['time_zone', 'America/New_York'],
    ['publish_amounts', 'FALSE'],
    ['holidays', '2026-11-26'],
  ],
  Reps: [
    ['rep_id', 'name', 'active', 'start_date'],
    ['1001', 'Ada', 'TRUE', '2026-01-05'],
    ['1002', 'Bo', 'no', ''],
  ],
  Activities: [
    ['date', 'rep_id', 'type', 'count'],
    ['2026-11-02 09:30', '1001', 'calls', '3'],
    ['2026-11-02', '1002', 'Email', ''],
  ],
  Deals: [
    ['deal_id', 'rep_id', 'amount', 'stage', 'close_date'],
    ['d1', '1001', '1,200.50', 'Closed Won', '2026-11-02 09:30'],
  ],
  Contests: [
    ['contest_id', 'name', 'kind', 'metric', 'start', 'end', 'goal', 'public'],
    ['c1', 'Blitz', 'first_to', 'calls', '2026-11-02', '2026-11-06', '50', 'yes'],
  ],
};

const sheets: Record<string, Grid> = {
  Settings: [
    ['setting', 'value'],
    ['time_zone', 'America/New_York'],
    ['publish_amounts', false],
    ['holidays', ny(0, 0, 26)],
  ],
  Reps: [
    ['rep_id', 'name', 'active', 'start_date'],
    [1001, 'Ada', true, new Date(Date.UTC(2026, 0, 5, 5))],
    [1002, 'Bo', false, null],
  ],
  Activities: [
    ['date', 'rep_id', 'type', 'count'],
    [ny(9, 30), 1001, 'calls', 3],
    [ny(0), 1002, 'Email', null],
  ],
  Deals: [
    ['deal_id', 'rep_id', 'amount', 'stage', 'close_date'],
    ['d1', 1001, 1200.5, 'Closed Won', ny(9, 30)],
  ],
  Contests: [
    ['contest_id', 'name', 'kind', 'metric', 'start', 'end', 'goal', 'public'],
    ['c1', 'Blitz', 'first_to', 'calls', ny(0), ny(0, 0, 6), 50, true],
  ],
};

describe('CSV-like and Sheets-like grids', () => {
  it('give the same records', () => {
    const a = parseWorkbook(csv, { defaultTimeZone: 'UTC' });
    const b = parseWorkbook(sheets, { defaultTimeZone: 'UTC' });
    // The small Deals tab has no created_date: only its "not computed" error is expected.
    expect(a.issues.filter((i) => !isNotComputed(i))).toEqual([]);
    expect(b.issues.filter((i) => !isNotComputed(i))).toEqual([]);
    expect(b.workbook).toEqual(a.workbook);
    expect(a.workbook.reps.map((r) => [r.repId, r.active])).toEqual([
      ['1001', true],
      ['1002', false],
    ]);
    expect([...a.workbook.activities].map((x) => x.count)).toEqual([3, 1]);
    expect(a.workbook.deals[0]?.amount).toBe(1200.5);
    expect(a.workbook.settings.publishAmounts).toBe(false);
  });
});

describe('TAB_SPECS', () => {
  it('lists every input tab in order; only Reps is required', () => {
    expect(TAB_SPECS.map((t) => t.name)).toEqual([...TAB_NAMES]);
    expect(TAB_SPECS.filter((t) => t.required).map((t) => t.name)).toEqual(['Reps']);
  });

  it('gives every column a header, a note and a validation hint; rep columns validate as rep ids', () => {
    for (const t of TAB_SPECS) {
      expect(new Set(t.columns.map((c) => c.header)).size).toBe(t.columns.length);
      for (const c of t.columns) {
        expect(c.header).toMatch(/^[a-z_]+$/);
        expect(c.note.length).toBeGreaterThan(3);
      }
    }
    const deals = TAB_SPECS.find((t) => t.name === 'Deals')!;
    expect(deals.columns.find((c) => c.header === 'rep_id')?.validation).toEqual({ kind: 'repId' });
    expect(deals.columns.find((c) => c.header === 'status')?.validation).toEqual({
      kind: 'list',
      values: ['open', 'won', 'lost'],
    });
    const plans = TAB_SPECS.find((t) => t.name === 'Commission Plans')!;
    expect(plans.columns.map((c) => c.header)).toEqual(
      expect.arrayContaining(['tier_mode', 'draw']),
    );
  });

  it('a workbook made of the spec headers alone parses without issues', () => {
    const grids = Object.fromEntries(
      TAB_SPECS.map((t) => [t.name, [t.columns.map((c) => c.header)]]),
    );
    const { workbook, issues } = parseWorkbook(grids, { defaultTimeZone: 'UTC' });
    expect(issues).toEqual([]);
    expect(workbook.tabs.size).toBe(TAB_NAMES.length);
  });
});

describe('parseWorkbook never throws', () => {
  const cell: fc.Arbitrary<Cell> = fc.oneof(
    fc.constantFrom<Cell>(
      null,
      undefined,
      '',
      ' ',
      'yes',
      'won',
      'r1',
      'r2',
      'call',
      'most',
      'award',
      'manual',
      '2026-11-02',
      '2026-02-30',
      '2026-11',
      '2026-W53',
      '$1,200',
      '-5',
      '100:1.5',
      'Europe/Paris',
      'ae',
      '__proto__',
      'constructor',
    ),
    fc.string({ maxLength: 12 }),
    fc.double(),
    fc.integer({ min: -100000, max: 100000 }),
    fc.boolean(),
    fc.date({ noInvalidDate: false }),
  );
  const headers = [...new Set(TAB_SPECS.flatMap((t) => t.columns.map((c) => c.header)))];
  const row = fc.array(cell, { maxLength: 10 });
  const headerRow = fc.array(
    fc.oneof(fc.constantFrom(...headers, 'Grit', 'setting', 'value'), cell),
    { maxLength: 10 },
  );
  const grid = fc
    .tuple(headerRow, fc.array(row, { maxLength: 8 }))
    .map(([h, rows]) => [h, ...rows] as Grid);
  const name = fc.oneof(
    fc.constantFrom(...TAB_NAMES, 'reps', 'action_plans', 'Scorecard'),
    fc.string({ maxLength: 8 }),
  );
  const grids = fc.dictionary(name, fc.oneof(grid, fc.constant([] as Grid)), { maxKeys: 8 });

  it('on arbitrary cell grids, and every issue is well formed', () => {
    fc.assert(
      fc.property(
        grids,
        fc.constantFrom('UTC', 'America/New_York', 'nope', ''),
        fc.option(fc.constantFrom('Asia/Tokyo', 'bad')),
        (g, zone, override) => {
          const { workbook, issues } = parseWorkbook(
            g,
            override === null
              ? { defaultTimeZone: zone }
              : { defaultTimeZone: zone, timeZone: override },
          );
          expect(Array.isArray(workbook.reps)).toBe(true);
          for (const i of issues) {
            expect(TAB_NAMES as readonly string[]).toContain(i.tab);
            expect(['error', 'warning']).toContain(i.severity);
            expect(i.problem.length).toBeGreaterThan(0);
            // No row fell through to the last-resort catch: every odd value has a real message.
            expect(i.problem).not.toContain('could not be read');
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is deterministic: the same grids give the same result', () => {
    fc.assert(
      fc.property(grids, (g) => {
        expect(parseWorkbook(g, { defaultTimeZone: 'UTC' })).toEqual(
          parseWorkbook(g, { defaultTimeZone: 'UTC' }),
        );
      }),
      { numRuns: 100 },
    );
  });
});
