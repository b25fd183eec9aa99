// Reading cells for the engine: date cells in the spreadsheet's zone, percent cells as percent points.
import { describe, expect, it } from 'vitest';
import {
  dateCellText,
  engineCells,
  isPercentFormat,
  percentPoints,
} from '../../appsscript/src/adapters/cell-values';
import { wallDate } from '../../appsscript/src/adapters/typed-cells';
import { CELL_TEXT_LIMIT, fitCellText, sheetCell } from '../../appsscript/src/adapters/write-table';
import { parseDateText } from '../../shared/time';

describe('dateCellText', () => {
  it.each([
    ['2026-11-26T23:00:00Z', 'Europe/Berlin', '2026-11-27'],
    ['2026-11-26T08:00:00Z', 'America/Los_Angeles', '2026-11-26'],
    ['2026-11-26T14:30:00Z', 'Europe/Berlin', '2026-11-26 15:30'],
  ])('%s in %s is %s', (iso, zone, text) => {
    expect(dateCellText(new Date(iso), zone)).toBe(text);
  });

  it('round-trips what Set up writes, across a daylight-saving switch', () => {
    for (const text of ['2026-03-29', '2026-10-25', '2026-03-29 02:30', '2026-11-26']) {
      const d = wallDate(parseDateText(text, 'Europe/Berlin')!, 'Europe/Berlin');
      const back = dateCellText(d, 'Europe/Berlin');
      // 02:30 does not exist on 29 March in Berlin: Sheets would show 03:30.
      expect(back).toBe(text === '2026-03-29 02:30' ? '2026-03-29 03:30' : text);
    }
  });
});

describe('percent cells', () => {
  it.each([
    ['0%', true],
    ['0.0#%', true],
    ['#,##0.00', false],
    ['0.0"%"', false],
    ['0\\%', false],
    ['@', false],
  ])('format %j shows a percent: %s', (format, yes) => {
    expect(isPercentFormat(format)).toBe(yes);
  });

  it('reads a percent cell as the points a person sees, without float noise', () => {
    expect(percentPoints(0.07)).toBe(7);
    expect(percentPoints(0.075)).toBe(7.5);
  });

  it('8%, 8 and "8%" read alike; a plain 0.08 stays 0.08', () => {
    const grid = [['base_rate'], [0.08], [8], ['8%'], [0.08]];
    const formats = [['@'], ['0%'], ['0.###############'], ['@'], ['0.###############']];
    expect(engineCells(grid, 'UTC', formats)).toEqual([['base_rate'], [8], [8], ['8%'], [0.08]]);
  });
});

describe('output text over the 50,000-character cell limit', () => {
  it('is cut below the limit with a marker saying how much was left out', () => {
    const text = 'x'.repeat(60_000);
    const cut = fitCellText(text);
    expect(cut.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(cut).toMatch(/… \[cut by Bellringer: \d+ more characters\]$/);
    const left = Number(/(\d+) more/.exec(cut)![1]);
    expect(cut.indexOf(' …') + left).toBe(60_000);
  });

  it('never splits a surrogate pair, and leaves text that fits alone', () => {
    const text = '😀'.repeat(30_000);
    const cut = fitCellText(text);
    expect(cut.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(/[\ud800-\udbff]$/.test(cut.slice(0, cut.indexOf(' …')))).toBe(false);
    expect(fitCellText('short')).toBe('short');
  });

  it('text that starts like a formula is escaped and still cut under the limit', () => {
    const cell = String(sheetCell(`=${'y'.repeat(70_000)}`));
    expect(cell.startsWith("'=")).toBe(true);
    expect(cell.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
  });
});
