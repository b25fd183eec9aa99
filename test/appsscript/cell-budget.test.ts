// The 10 million cell limit: a warning in Issues, the summary and the sidebar from 80 % of it.
import { describe, expect, it } from 'vitest';
import { CELL_LIMIT, cellLimitIssue, cellWarning } from '../../appsscript/src/adapters/cell-budget';
import { addon, demoGrids, fill } from './helpers';

describe('cellWarning', () => {
  it.each([
    [7_999_999, null],
    [8_000_000, /8,000,000 of Google Sheets' 10,000,000 cells \(80 %\)/],
    [9_990_000, /\(99 %\)/],
  ])('%i cells: %s', (cells, expected) => {
    const w = cellWarning(cells);
    if (expected === null) expect(w).toBeNull();
    else expect(w).toMatch(expected);
  });

  it('is a workbook-level warning in Issues, with what to do', () => {
    expect(cellLimitIssue(CELL_LIMIT * 0.9)).toMatchObject({
      tab: 'Workbook',
      row: null,
      severity: 'warning',
      fix: expect.stringMatching(/Delete empty rows and columns/),
    });
  });
});

describe('A workbook near the cell limit', () => {
  function nearLimit() {
    const a = addon();
    fill(a.google.spreadsheet, demoGrids());
    // A user's archive tab: 320,000 rows × 26 columns = 8.32 M cells, mostly blank.
    a.google.spreadsheet.addSheet('Archive', [['old']]).maxRows = 320_000;
    a.call('recalculateNow');
    return a;
  }

  it('is told in Issues, in the summary and in the sidebar', () => {
    const a = nearLimit();
    const issues = a.google.spreadsheet.sheet('Issues')!.grid();
    expect(issues[1]!.slice(0, 2)).toEqual(['warning', 'Workbook']);
    expect(String(issues[1]![5])).toMatch(/of Google Sheets' 10,000,000 cells/);
    expect(a.google.ui.alerts.at(-1)!.message).toMatch(/10,000,000 cells.*Delete empty rows/s);
    const d = a.call('getDashboardData', true) as { cellWarning: string | null };
    expect(d.cellWarning).toMatch(/10,000,000 cells/);
  });

  it('a small workbook gets no such warning', () => {
    const a = addon();
    fill(a.google.spreadsheet, demoGrids());
    a.call('recalculateNow');
    const issues = a.google.spreadsheet.sheet('Issues')!.grid();
    expect(issues.some((r) => r[1] === 'Workbook')).toBe(false);
    expect((a.call('getDashboardData') as { cellWarning: unknown }).cellWarning).toBeNull();
  });
});

describe('The sidebar between recalculations', () => {
  it('answers from the model the last Recalculate stored, without reading the sheet', () => {
    const a = addon();
    fill(a.google.spreadsheet, demoGrids());
    a.call('recalculateNow');
    a.google.recorder.clear();
    const d = a.call('getDashboardData') as { teamName: string };
    expect(d.teamName).toBe('Summit Sales');
    expect(a.google.recorder.calls.filter((c) => c.method === 'getValues')).toEqual([]);
  });

  it("keeps the last run's numbers until the next Recalculate; Refresh reads the inputs again", () => {
    const a = addon();
    fill(a.google.spreadsheet, demoGrids());
    a.call('recalculateNow');
    const settings = a.google.spreadsheet.sheet('Settings')!;
    const row = settings.grid().findIndex((r) => r[0] === 'team_name') + 1;
    settings.getRange(row, 2).setValue('Renamed Team');
    expect((a.call('getDashboardData') as { teamName: string }).teamName).toBe('Summit Sales');
    expect((a.call('getDashboardData', true) as { teamName: string }).teamName).toBe(
      'Renamed Team',
    );
    a.call('recalculateNow');
    expect((a.call('getDashboardData') as { teamName: string }).teamName).toBe('Renamed Team');
  });

  it('computes the model again when the cache dropped it', () => {
    const a = addon();
    fill(a.google.spreadsheet, demoGrids());
    a.call('recalculateNow');
    a.google.documentCache.evictAll();
    a.google.recorder.clear();
    a.call('getDashboardData');
    expect(a.google.recorder.calls.some((c) => c.method === 'getValues')).toBe(true);
  });
});
