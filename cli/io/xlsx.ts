// .xlsx workbooks via exceljs: read into grids (dates as ISO wall-time text), write grids with real date cells.
import ExcelJS from 'exceljs';
import type { DataIssue } from '../../shared/issues';
import { columnLetter } from '../../shared/outputs';
import type { Cell, WorkbookGrids } from '../../shared/workbook';
import { inputTabOf } from './csv-issues';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * exceljs returns a date cell as a Date whose UTC fields are the wall time shown in the sheet,
 * so UTC getters give the ISO text the engine reads as local time ('YYYY-MM-DD' at midnight,
 * else 'YYYY-MM-DD HH:MM'; seconds are dropped).
 */
export function wallTimeText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  return h === 0 && m === 0 ? day : `${day} ${pad(h)}:${pad(m)}`;
}

/** One exceljs value as a grid cell: formulas give their result, rich text its plain text. */
export function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return wallTimeText(value);
  if (typeof value !== 'object') return value;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : cellOf(result as ExcelJS.CellValue);
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : cellOf(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}

export interface XlsxRead {
  readonly grids: WorkbookGrids;
  /** Merged cells holding a value on an input tab, one issue per merged area. */
  readonly issues: DataIssue[];
}

/** Reads every worksheet; grid row i is sheet row i+1, so blank rows keep their place. */
export async function readXlsx(path: string): Promise<WorkbookGrids> {
  return (await readXlsxWorkbook(path)).grids;
}

/**
 * Like readXlsx, and a merged area reads as its first cell only: exceljs answers every cell of
 * the area with the first one's value, which would copy one deal's amount or one rep's id down
 * every merged row. The other cells read as blank, and each merged area holding a value on an
 * input tab is reported (tab, range).
 */
export async function readXlsxWorkbook(path: string): Promise<XlsxRead> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  // Keyed by sheet names: no prototype, so a sheet called __proto__ is just a tab name.
  const grids: Record<string, Cell[][]> = Object.create(null);
  const issues: DataIssue[] = [];
  for (const sheet of workbook.worksheets) {
    const rows: Cell[][] = [];
    const merged = new Map<ExcelJS.Cell, MergedArea>();
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: Cell[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c);
        const master = cell.isMerged ? cell.master : cell;
        if (master !== cell) {
          grow(merged, master, r, c);
          cells.push(null);
        } else cells.push(cellOf(cell.value));
      }
      while (
        cells.length > 0 &&
        (cells[cells.length - 1] === null || cells[cells.length - 1] === '')
      )
        cells.pop();
      rows.push(cells);
    }
    grids[sheet.name] = rows;
    const tab = inputTabOf(sheet.name);
    if (tab !== null) issues.push(...mergedIssues(tab, merged));
  }
  return { grids, issues };
}

interface MergedArea {
  readonly top: number;
  readonly left: number;
  bottom: number;
  right: number;
}

function grow(areas: Map<ExcelJS.Cell, MergedArea>, master: ExcelJS.Cell, r: number, c: number) {
  const area = areas.get(master) ?? {
    top: Number(master.row),
    left: Number(master.col),
    bottom: Number(master.row),
    right: Number(master.col),
  };
  area.bottom = Math.max(area.bottom, r);
  area.right = Math.max(area.right, c);
  areas.set(master, area);
}

/** One warning per merged area whose first cell holds a value (empty merged areas are only formatting). */
function mergedIssues(tab: string, areas: Map<ExcelJS.Cell, MergedArea>): DataIssue[] {
  const out: DataIssue[] = [];
  for (const [master, a] of areas) {
    const value = cellOf(master.value);
    if (value === null || value === '') continue;
    const first = `${columnLetter(a.left)}${a.top}`;
    const range = `${first}:${columnLetter(a.right)}${a.bottom}`;
    out.push({
      tab,
      row: a.top,
      column: null,
      value: range,
      problem: `Cells ${range} of ${tab} are merged: only ${first} was read, and the other cells count as blank, not as copies of it.`,
      fix: 'Unmerge the cells (Format › Merge cells › Unmerge) and type the value in every row that needs it.',
      severity: 'warning',
    });
  }
  return out.sort((x, y) => (x.row ?? 0) - (y.row ?? 0));
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MINUTE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/;

/** ISO date text becomes a real date cell (UTC fields = wall time, as exceljs expects). */
function writeValue(cell: Cell): { value: ExcelJS.CellValue; numFmt?: string } {
  if (cell === null || cell === undefined || cell === '') return { value: null };
  if (cell instanceof Date) return { value: cell, numFmt: 'yyyy-mm-dd hh:mm' };
  if (typeof cell === 'string') {
    const d = ISO_DAY.exec(cell);
    if (d) return { value: new Date(Date.UTC(+d[1]!, +d[2]! - 1, +d[3]!)), numFmt: 'yyyy-mm-dd' };
    const t = ISO_MINUTE.exec(cell);
    if (t)
      return {
        value: new Date(Date.UTC(+t[1]!, +t[2]! - 1, +t[3]!, +t[4]!, +t[5]!)),
        numFmt: 'yyyy-mm-dd hh:mm',
      };
  }
  return { value: cell };
}

/** Writes the grids as worksheets in the given order; header row bold and frozen. */
export async function writeXlsx(
  path: string,
  grids: WorkbookGrids,
  order?: readonly string[],
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bellringer';
  // A fixed stamp keeps the file's metadata independent of the clock.
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  const tabs = order ? order.filter((t) => t in grids) : Object.keys(grids);
  for (const tab of tabs) {
    const sheet = workbook.addWorksheet(tab, { views: [{ state: 'frozen', ySplit: 1 }] });
    const grid = grids[tab]!;
    grid.forEach((row, r) => {
      const sheetRow = sheet.getRow(r + 1);
      row.forEach((cell, c) => {
        const { value, numFmt } = writeValue(cell);
        if (value === null) return;
        const target = sheetRow.getCell(c + 1);
        target.value = value;
        if (numFmt) target.numFmt = numFmt;
      });
      if (r === 0) sheetRow.font = { bold: true };
    });
    const header = grid[0] ?? [];
    header.forEach((h, c) => {
      sheet.getColumn(c + 1).width = Math.max(10, Math.min(40, String(h ?? '').length + 4));
    });
  }
  await workbook.xlsx.writeFile(path);
}
