// Activities read as columns: the same rows, values and issues (tab, row, column) as the record reader, per kind of cell.
import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../../../../shared/issues';
import { dateWindow } from '../../../../shared/workbook/cells';
import type { Cell, Grid } from '../../../../shared/workbook/grid';
import { readTab } from '../../../../shared/workbook/read';
import { calendarOf, parseSettings } from '../../../../shared/workbook/settings';
import type { Lookups } from '../../../../shared/workbook/tab';
import { activitiesTab } from '../../../../shared/workbook/tabs/activities';
import { readActivityTable } from '../../../../shared/workbook/tabs/activity-table';

const HEADER = ['date', 'rep_id', 'type', 'count', 'deal_id', 'note'];

function lookups(): Lookups {
  const settings = parseSettings(undefined, { defaultTimeZone: 'UTC' }, []);
  return {
    env: { timeZone: 'UTC', dates: dateWindow(null) },
    settings,
    calendar: calendarOf(settings),
    repIds: new Set(['r1', 'r2']),
    badges: null,
    roles: new Map(),
  };
}

/** Both readers over the same grid: their records and their issues. */
function both(grid: Grid) {
  const recordIssues: DataIssue[] = [];
  const records = readTab(activitiesTab, grid, lookups(), recordIssues);
  const columnIssues: DataIssue[] = [];
  const table = readActivityTable(grid, lookups(), columnIssues);
  return { records, recordIssues, table, columnIssues };
}

const where = (issues: readonly DataIssue[]) =>
  issues.map((i) => [i.tab, i.row, i.column, i.severity]);

describe('readActivityTable', () => {
  it.each<[string, Cell[], number, [string, number | null, string | null, string][]]>([
    [
      'a date-time, a plural type and a blank count (read as 1)',
      ['2026-11-02 09:15', 'r1', 'Calls', '', 'd7', ' voicemail '],
      1,
      [],
    ],
    [
      'a date cell (a Date from Sheets) and a numeric count',
      [new Date(Date.UTC(2026, 10, 2)), 'r2', 'email', 3, null, null],
      1,
      [],
    ],
    [
      'a spreadsheet serial date and a custom type',
      [46328, 'r1', 'Site Visits', 2, null, null],
      1,
      [],
    ],
    [
      'a blank date (required)',
      ['', 'r1', 'call', 1, null, null],
      0,
      [['Activities', 2, 'date', 'error']],
    ],
    [
      'an impossible date',
      ['2026-02-30', 'r1', 'call', 1, null, null],
      0,
      [['Activities', 2, 'date', 'error']],
    ],
    [
      'a rep not in Reps',
      ['2026-11-02', 'zz', 'call', 1, null, null],
      0,
      [['Activities', 2, 'rep_id', 'error']],
    ],
    [
      'a blank type',
      ['2026-11-02', 'r1', '', 1, null, null],
      0,
      [['Activities', 2, 'type', 'error']],
    ],
    [
      'a negative count',
      ['2026-11-02', 'r1', 'call', -2, null, null],
      0,
      [['Activities', 2, 'count', 'error']],
    ],
    [
      'a count that is not a number',
      ['2026-11-02', 'r1', 'call', 'lots', null, null],
      0,
      [['Activities', 2, 'count', 'error']],
    ],
    [
      'a note over the length limit (cut, with a warning)',
      ['2026-11-02', 'r1', 'call', 1, null, 'n'.repeat(60_000)],
      1,
      [['Activities', 2, 'note', 'warning']],
    ],
    ['a blank row (skipped without a word)', ['', '', '', '', '', ''], 0, []],
  ])('%s: same rows and issues as the record reader', (_what, cells, kept, issues) => {
    const { records, recordIssues, table, columnIssues } = both([HEADER, cells]);
    expect(table.length).toBe(kept);
    expect([...table]).toEqual(records);
    expect(columnIssues).toEqual(recordIssues);
    expect(where(columnIssues)).toEqual(issues);
  });

  it('keeps sheet order and row numbers around left-out rows, with dense codes for reps and types', () => {
    const grid: Grid = [
      HEADER,
      ['2026-11-02', 'r2', 'call', 2, null, null],
      ['2026-11-02', 'zz', 'call', 1, null, null],
      [],
      ['2026-11-03 10:00', 'r1', 'emails', '', 'd1', null],
      ['2026-11-04', 'r2', 'call', 5, null, 'note'],
    ];
    const { records, recordIssues, table, columnIssues } = both(grid);
    expect([...table]).toEqual(records);
    expect(columnIssues).toEqual(recordIssues);
    const c = table.columns;
    expect(Array.from(c.row)).toEqual([2, 5, 6]);
    expect(c.repIds).toEqual(['r1', 'r2']);
    expect(Array.from(c.rep, (code) => c.repIds[code])).toEqual(['r2', 'r1', 'r2']);
    expect(c.types).toEqual(['call', 'email']);
    expect(Array.from(c.count)).toEqual([2, 1, 5]);
    expect(table.record(-1)).toEqual(records[2]);
    expect(table.record(3)).toBeUndefined();
  });

  it('reports a missing required column once and reads no row, as every tab does', () => {
    const grid: Grid = [
      ['date', 'type'],
      ['2026-11-02', 'call'],
    ];
    const { records, recordIssues, table, columnIssues } = both(grid);
    expect(table.length).toBe(records.length);
    expect(table.length).toBe(0);
    expect(columnIssues).toEqual(recordIssues);
    expect(where(columnIssues)).toEqual([['Activities', 1, 'rep_id', 'error']]);
  });
});
