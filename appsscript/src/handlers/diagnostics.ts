// Menu: Diagnostics: times this workbook's real reads, writes, engine and publish, and estimates Recalculate as it grows.
import { indexSheets } from '../adapters/sheet-index';
import { now } from '../clock';
import { estimateRecalc } from '../diagnostics/estimate';
import { diagnose } from '../diagnostics/measure';
import { diagnosticsReport } from '../diagnostics/report';
import { withAlerts, withLock } from '../guard';
import { activeSpreadsheet, toast } from '../host';
import { diagnosticsDialogHtml } from '../html/diagnostics-dialog';
import { STORE_LIMIT } from '../publish/snapshot-store';
import { readSchedule, withRun, writeSchedule } from '../schedule/state';
import { autoRecalculateInfo } from './hourly';

/** The most a packed snapshot may take so two copies fit while a publish switches (docs/addon.md). */
const STORE_ROOM = Math.floor((STORE_LIMIT - 8 * 1024) / 2);

/** The spreadsheet's locale (how Sheets parses typed text), or 'unknown' if it cannot be read. */
function localeOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  try {
    return ss.getSpreadsheetLocale();
  } catch {
    return 'unknown';
  }
}

export function showDiagnostics(): void {
  withAlerts('Diagnostics', () => {
    const ss = activeSpreadsheet();
    toast(ss, 'Measuring reads, writes, the engine and a publish…');
    const { d, e } = withLock(() => {
      const d = diagnose(ss, indexSheets(ss));
      return { d, e: estimateRecalc(d) };
    });
    // The estimate is a measured run time too: auto-recalculate plans with it.
    writeSchedule(withRun(readSchedule(), e.nowMs));
    const report = diagnosticsReport(d, e, {
      at: now().toISOString(),
      timeZone: ss.getSpreadsheetTimeZone(),
      locale: localeOf(ss),
      auto: autoRecalculateInfo(),
      storeRoomBytes: STORE_ROOM,
    });
    const output = HtmlService.createHtmlOutput(diagnosticsDialogHtml(report))
      .setWidth(640)
      .setHeight(540);
    SpreadsheetApp.getUi().showModalDialog(output, 'Bellringer diagnostics');
  });
}
