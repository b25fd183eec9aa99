// Publish leaderboard: store the public snapshot where doGet serves it, and offer it as a file.
import type { EngineResult } from '../../../shared/engine';
import { isoDay } from '../../../shared/time';
import { indexSheets } from '../adapters/sheet-index';
import { now } from '../clock';
import { runEngineOn } from '../engine-run';
import { withAlerts, withLock } from '../guard';
import { activeSpreadsheet, toast } from '../host';
import { publishDialogHtml } from '../html/publish-dialog';
import { storeSnapshot } from '../publish/snapshot-store';

export function publishResult(result: EngineResult): string {
  const json = JSON.stringify(result.snapshot);
  storeSnapshot(json, now().toISOString());
  return json;
}

/** The deployed web app's URL; null when not deployed (or the service cannot tell). */
function webAppUrl(): string | null {
  try {
    return ScriptApp.getService().getUrl() || null;
  } catch {
    return null;
  }
}

/** Menu: Publish leaderboard. */
export function publishLeaderboard(): void {
  withAlerts('Publish leaderboard', () => {
    const ss = activeSpreadsheet();
    toast(ss, 'Building the public snapshot…');
    const { result, json } = withLock(() => {
      const r = runEngineOn(ss, indexSheets(ss));
      return { result: r, json: publishResult(r) };
    });
    const html = publishDialogHtml({
      url: webAppUrl(),
      json,
      asOf: isoDay(result.asOf),
      reps: result.workbook.reps.filter((r) => r.active).length,
      kilobytes: Math.max(1, Math.round(json.length / 1024)),
    });
    const output = HtmlService.createHtmlOutput(html).setWidth(520).setHeight(380);
    SpreadsheetApp.getUi().showModalDialog(output, 'Leaderboard published');
  });
}
