// .xlsx reading: a workbook written by the demo command reads back cell for cell (dates, numbers, booleans).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemo } from '../../../cli/commands/demo';
import { cellOf, readXlsx, wallTimeText } from '../../../cli/io/xlsx';
import type { Cell, WorkbookGrids } from '../../../shared/workbook/grid';

describe('reading an .xlsx written by the demo command', () => {
  let dir: string;
  let written: WorkbookGrids;
  let read: WorkbookGrids;
  let sheetTypes: Map<string, ExcelJS.ValueType>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bellringer-xlsx-'));
    const files = await writeDemo(dir, 'xlsx', '2026-11-18', 'demo');
    written = files.grids;
    read = await readXlsx(files.xlsxPath!);
    // What exceljs itself says the stored cells are, independent of our reader.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files.xlsxPath!);
    sheetTypes = new Map();
    for (const [tab, address] of [
      ['Deals', 'H2'],
      ['Deals', 'E2'],
      ['Reps', 'H2'],
      ['Activities', 'A2'],
    ] as const) {
      sheetTypes.set(`${tab}!${address}`, wb.getWorksheet(tab)!.getCell(address).type);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores dates as real date cells, amounts as numbers and flags as booleans', () => {
    expect(sheetTypes.get('Deals!H2')).toBe(ExcelJS.ValueType.Date);
    expect(sheetTypes.get('Deals!E2')).toBe(ExcelJS.ValueType.Number);
    expect(sheetTypes.get('Reps!H2')).toBe(ExcelJS.ValueType.Boolean);
    expect(sheetTypes.get('Activities!A2')).toBe(ExcelJS.ValueType.Date);
  });

  it('reads every tab back in the written order', () => {
    expect(Object.keys(read)).toEqual(Object.keys(written));
  });

  it('reads every cell back as written: ISO date text, date-times, numbers, booleans, blanks', () => {
    const norm = (c: Cell) => (c === '' || c === undefined ? null : c);
    for (const tab of Object.keys(written)) {
      const expected = written[tab]!.map((row) => {
        const cells = row.map(norm);
        while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
        return cells;
      });
      const actual = read[tab]!.map((row) => row.map(norm));
      expect(actual, tab).toEqual(expected);
    }
  });

  it('keeps multi-line text intact', () => {
    const steps = read['Action Plans']![1]![7];
    expect(String(steps).split('\n')).toHaveLength(4);
  });
});

describe('cellOf (one exceljs value as a grid cell)', () => {
  it.each<[string, ExcelJS.CellValue, Cell]>([
    ['a date at midnight as an ISO day', new Date(Date.UTC(2026, 10, 26)), '2026-11-26'],
    [
      'a date-time as ISO day and minute',
      new Date(Date.UTC(2026, 10, 26, 14, 30, 59)),
      '2026-11-26 14:30',
    ],
    ['a formula as its result', { formula: 'A1*2', result: 42 }, 42],
    [
      'a formula with a date result',
      { formula: 'TODAY()', result: new Date(Date.UTC(2026, 0, 2)) },
      '2026-01-02',
    ],
    ['a formula not yet calculated as blank', { formula: 'A1' }, null],
    [
      'rich text as plain text',
      { richText: [{ text: 'Big ' }, { text: 'deal', font: { bold: true } }] },
      'Big deal',
    ],
    ['a hyperlink as its text', { text: 'profile', hyperlink: 'https://example.com' }, 'profile'],
    ['an error as its code', { error: '#N/A' }, '#N/A'],
    ['a number', 1200.5, 1200.5],
    ['a boolean', true, true],
    ['an empty cell', null, null],
  ])('reads %s', (_name, value, expected) => {
    expect(cellOf(value)).toEqual(expected);
  });

  it('uses the wall time stored in the date, whatever the machine zone', () => {
    expect(wallTimeText(new Date(Date.UTC(2026, 2, 29, 2, 30)))).toBe('2026-03-29 02:30');
  });
});
