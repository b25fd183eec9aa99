// Publish leaderboard: store the public snapshot where a web app serves it, and offer it as a file.
import type { EngineResult } from '../../../shared/engine';
import { isoDay } from '../../../shared/time';
import { indexSheets } from '../adapters/sheet-index';
import { now } from '../clock';
import { UserError } from '../errors';
import { runEngineOn } from '../engine-run';
import { withAlerts, withLock } from '../guard';
import { activeSpreadsheet, toast } from '../host';
import { publishDialogHtml } from '../html/publish-dialog';
import { storeSnapshot } from '../publish/snapshot-store';

/** The deployed web app's URL; null when none is deployed (always so in an add-on install). */
function webAppUrl(): string | null {
  try {
    return ScriptApp.getService().getUrl() || null;
  } catch {
    return null;
  }
}

export interface Published {
  readonly json: string;
  /** The web app that serves the stored snapshot, or null: nothing was stored. */
  readonly url: string | null;
}

/**
 * Stores the snapshot for doGet, but only where a web app serves it: without one nothing could
 * read it, and in a Marketplace add-on the script properties are shared by every install, so one
 * team's publish would overwrite another's. Then the manager downloads snapshot.json instead.
 */
export function publishResult(result: EngineResult): Published {
  // A run that read nothing usable publishes nothing: the last good snapshot stays served.
  if (result.nothingUsable !== null)
    throw new UserError(
      `${result.nothingUsable} The leaderboard keeps its last published data.`,
      'Fix the problems listed in the Issues tab, then publish again.',
    );
  const json = JSON.stringify(result.snapshot);
  const url = webAppUrl();
  if (url) storeSnapshot(json, now().toISOString());
  return { json, url };
}

/** Menu: Publish leaderboard. */
export function publishLeaderboard(): void {
  withAlerts('Publish leaderboard', () => {
    const ss = activeSpreadsheet();
    toast(ss, 'Building the public snapshot…');
    const { result, published } = withLock(() => {
      const r = runEngineOn(ss, indexSheets(ss));
      return { result: r, published: publishResult(r) };
    });
    const { json, url } = published;
    const html = publishDialogHtml({
      url,
      json,
      asOf: isoDay(result.asOf),
      reps: result.workbook.reps.filter((r) => r.active).length,
      kilobytes: Math.max(1, Math.round(json.length / 1024)),
    });
    const output = HtmlService.createHtmlOutput(html)
      .setWidth(520)
      .setHeight(url ? 380 : 420);
    const title = url ? 'Leaderboard published' : 'Leaderboard ready to download';
    SpreadsheetApp.getUi().showModalDialog(output, title);
  });
}
