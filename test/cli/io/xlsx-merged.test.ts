// Merged cells in an .xlsx are reported (tab, range) and read as one value, never copied down the merged rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxWorkbook } from '../../../cli/io/xlsx';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bellringer-merged-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DEALS = [
  ['deal_id', 'rep_id', 'amount', 'status'],
  ['D1', 'r1', 5000, 'won'],
  ['D2', 'r2', 700, 'won'],
  ['D3', 'r3', 800, 'won'],
  ['D4', 'r4', 900, 'won'],
];

/** A workbook written in the test: the Deals grid above with the given areas merged. */
async function withMerges(name: string, sheet: string, merges: readonly string[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  DEALS.forEach((row, r) => {
    row.forEach((v, c) => {
      ws.getCell(r + 1, c + 1).value = v;
    });
  });
  for (const m of merges) ws.mergeCells(m);
  const path = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(path);
  return readXlsxWorkbook(path);
}

describe('merged cells', () => {
  // [what, sheet, merged areas, the amount column as read, the ranges reported]
  it.each([
    ['none', 'Deals', [], [5000, 700, 800, 900], []],
    ['an amount merged down three rows', 'Deals', ['C2:C4'], [5000, null, null, 900], ['C2:C4']],
    ['a rep id merged down', 'Deals', ['B2:B5'], [5000, 700, 800, 900], ['B2:B5']],
    ['a block of two columns', 'Deals', ['B2:C3'], [null, null, 800, 900], ['B2:C3']],
    [
      'two areas, reported in row order',
      'Deals',
      ['C4:C5', 'A2:A3'],
      [5000, 700, 800, null],
      ['A2:A3', 'C4:C5'],
    ],
    [
      'a tab Bellringer does not read: read, not reported',
      'Notes',
      ['C2:C4'],
      [5000, null, null, 900],
      [],
    ],
  ])('%s', async (what, sheet, merges, amounts, ranges) => {
    const { grids, issues } = await withMerges(what.replace(/\W+/g, '-'), sheet, merges);
    const grid = grids[sheet]!;
    expect(grid.slice(1).map((r) => r[2] ?? null)).toEqual(amounts);
    expect(issues.map((i) => i.value)).toEqual(ranges);
    for (const i of issues) {
      expect(i).toMatchObject({ tab: 'Deals', column: null, severity: 'warning' });
      expect(i.problem).toMatch(
        new RegExp(`Cells ${i.value} of Deals are merged: only \\w+\\d+ was read`),
      );
    }
  });

  it('reads a merged rep id as one rep, not four', async () => {
    const { grids } = await withMerges('rep-ids', 'Deals', ['B2:B5']);
    expect(grids.Deals!.slice(1).map((r) => r[1] ?? null)).toEqual(['r1', null, null, null]);
  });

  it('does not report a merged area that holds nothing (only formatting)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Deals');
    ws.getCell('A1').value = 'deal_id';
    ws.getCell('A2').value = 'D1';
    ws.mergeCells('D5:F6');
    const path = join(dir, 'empty-merge.xlsx');
    await wb.xlsx.writeFile(path);
    expect((await readXlsxWorkbook(path)).issues).toEqual([]);
  });
});
