// Reads the input tabs once and runs the engine with the spreadsheet's time zone and the current time.
import { type EngineResult, runEngine } from '../../shared/engine';
import { readInputGrids } from './adapters/read-grids';
import type { SheetIndex } from './adapters/sheet-index';
import { now } from './clock';
import type { Spreadsheet } from './host';

export function runEngineOn(ss: Spreadsheet, index: SheetIndex): EngineResult {
  const timeZone = ss.getSpreadsheetTimeZone();
  const grids = readInputGrids(index, timeZone);
  return runEngine(grids, { now: now(), defaultTimeZone: timeZone });
}
