// Times a real read and write on a scratch tab Bellringer makes and removes, the input read, the engine and a publish dry run.
import { type EngineResult, runEngine } from '../../../shared/engine';
import { TAB_NAMES } from '../../../shared/workbook';
import { workbookCells } from '../adapters/cell-budget';
import { markSheet } from '../adapters/output-marker';
import { readInputGrids } from '../adapters/read-grids';
import type { SheetIndex } from '../adapters/sheet-index';
import { now } from '../clock';
import type { Sheet, Spreadsheet } from '../host';
import type { Measured } from './estimate';

/** The scratch block: 4,000 cells, about what a small output tab holds. */
export const SCRATCH_ROWS = 200;
export const SCRATCH_COLUMNS = 20;
export const SCRATCH_NAME = 'bellringer-diagnostics';

export interface Diagnosis extends Measured {
  readonly tabs: number;
  readonly readBackMs: number;
  readonly result: EngineResult;
  readonly publish: {
    readonly ms: number;
    readonly jsonBytes: number;
    readonly packedBytes: number;
  };
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = now().getTime();
  const value = fn();
  return { value, ms: now().getTime() - start };
}

/** A name no tab has: the scratch tab never takes (or deletes) a user's tab. */
function freeName(index: SheetIndex): string {
  const taken = new Set(index.sheets.map((s) => s.name.toLowerCase()));
  let name = SCRATCH_NAME;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${SCRATCH_NAME} ${i}`;
  return name;
}

/**
 * Writes a block to a new hidden tab and reads it back, then deletes that tab (the one it made,
 * by reference). It is marked as Bellringer's staging tab first, so if the run dies in between, the
 * next Recalculate removes it as a leftover.
 */
function scratchWriteRead(ss: Spreadsheet, index: SheetIndex) {
  const name = freeName(index);
  const sheet: Sheet = ss.insertSheet(name, ss.getNumSheets());
  try {
    sheet.hideSheet();
    markSheet(sheet, {
      v: 1,
      tab: 'Diagnostics',
      state: 'staging',
      sheetId: sheet.getSheetId(),
      name,
    });
    const block = Array.from({ length: SCRATCH_ROWS }, (_, r) =>
      Array.from({ length: SCRATCH_COLUMNS }, (_, c) =>
        c % 2 === 0 ? r * SCRATCH_COLUMNS + c : `r${r}c${c}`,
      ),
    );
    const range = sheet.getRange(1, 1, SCRATCH_ROWS, SCRATCH_COLUMNS);
    const write = timed(() => {
      range.setValues(block);
      SpreadsheetApp.flush();
    });
    const read = timed(() => range.getValues());
    return { writeMs: write.ms, readBackMs: read.ms };
  } finally {
    ss.deleteSheet(sheet);
  }
}

function sizes(index: SheetIndex) {
  const sheetCells = workbookCells(index);
  let rows = 0;
  let weighted = 0;
  const inputs = new Set(TAB_NAMES.map((t) => index.find(t)));
  for (const { sheet } of index.sheets) {
    if (inputs.has(sheet)) {
      const cols = sheet.getMaxColumns();
      const r = Math.max(0, sheet.getLastRow() - 1);
      rows += r;
      weighted += r * cols;
    }
  }
  return { sheetCells, inputRows: rows, cellsPerInputRow: rows > 0 ? weighted / rows : 26 };
}

/** Everything Diagnostics times; the caller holds the lock. Writes only to the scratch tab it removes. */
export function diagnose(ss: Spreadsheet, index: SheetIndex): Diagnosis {
  const size = sizes(index);
  const timeZone = ss.getSpreadsheetTimeZone();
  const read = timed(() => readInputGrids(index, timeZone));
  const engine = timed(() => runEngine(read.value, { now: now(), defaultTimeZone: timeZone }));
  const result = engine.value;
  const outputCells = result.tables.reduce((n, t) => n + (t.rows.length + 1) * t.header.length, 0);
  const publish = timed(() => {
    const json = JSON.stringify(result.snapshot);
    const packed = Utilities.base64Encode(
      Utilities.gzip(Utilities.newBlob(json, 'application/json')).getBytes(),
    );
    return { jsonBytes: json.length, packedBytes: packed.length };
  });
  const scratch = scratchWriteRead(ss, index);
  return {
    ...size,
    tabs: index.sheets.length,
    readMs: read.ms,
    engineMs: engine.ms,
    outputCells,
    writeCells: SCRATCH_ROWS * SCRATCH_COLUMNS,
    writeMs: scratch.writeMs,
    readBackMs: scratch.readBackMs,
    result,
    publish: { ms: publish.ms, ...publish.value },
  };
}
