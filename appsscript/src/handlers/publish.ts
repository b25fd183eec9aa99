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
import { publishPrivatePages } from '../private/publish-private';
import { storePublication } from '../publish/publication';
import { type WebApp, webApp } from '../publish/web-app-url';

export interface Published {
  readonly json: string;
  /** The web app the stored snapshot is for; `none`: nothing was stored. */
  readonly webApp: WebApp;
  /** Limits the publish came near (cells, run time), for the dialog. */
  readonly warnings: readonly string[];
  /** What was published besides the snapshot (private pages), said in a sentence each. */
  readonly notes: readonly string[];
}

/**
 * Stores the snapshot for doGet, but only where a web app of this script serves it (deployed, or
 * so far only in development mode: the deployment the manager makes next serves the same store).
 * Without one nothing could read it, and in a Marketplace add-on the script properties are shared
 * by every install, so one team's publish would overwrite another's: there the manager downloads
 * snapshot.json instead. The new copy goes to the web app's cache at once.
 */
export function publishResult(result: EngineResult, startedAt: Date = now()): Published {
  // A run that read nothing usable publishes nothing: the last good snapshot stays served.
  if (result.nothingUsable !== null)
    throw new UserError(
      `${result.nothingUsable} The leaderboard keeps its last published data.`,
      'Fix the problems listed in the Issues tab, then publish again.',
    );
  // The download is the whole snapshot (no parts): a file beside the site needs nothing else.
  const json = JSON.stringify(result.snapshot);
  const app = webApp();
  const at = now();
  // Private pages go out with the web app that serves them (their links carry its address).
  const pages = publishPrivatePages(result, app);
  const stored =
    app.kind !== 'none'
      ? storePublication(
          result.snapshot,
          at.toISOString(),
          at.getTime() - startedAt.getTime(),
          pages.entries,
        )
      : null;
  pages.afterStore();
  return { json, webApp: app, warnings: stored?.warnings ?? [], notes: pages.notes };
}

const DIALOG: Record<WebApp['kind'], { title: string; height: number }> = {
  deployed: { title: 'Leaderboard published', height: 380 },
  'dev-only': { title: 'Leaderboard ready: deploy the web app', height: 520 },
  none: { title: 'Leaderboard ready to download', height: 420 },
};

/** Menu: Publish leaderboard. */
export function publishLeaderboard(): void {
  withAlerts('Publish leaderboard', () => {
    const ss = activeSpreadsheet();
    toast(ss, 'Building the public snapshot…');
    const startedAt = now();
    const { result, published } = withLock(() => {
      const r = runEngineOn(ss, indexSheets(ss));
      return { result: r, published: publishResult(r, startedAt) };
    });
    const { json, webApp: app, warnings, notes } = published;
    const html = publishDialogHtml({
      webApp: app,
      json,
      warnings,
      notes,
      asOf: isoDay(result.asOf),
      reps: result.workbook.reps.filter((r) => r.active).length,
      kilobytes: Math.max(1, Math.round(json.length / 1024)),
    });
    const { title, height } = DIALOG[app.kind];
    const output = HtmlService.createHtmlOutput(html).setWidth(520).setHeight(height);
    SpreadsheetApp.getUi().showModalDialog(output, title);
  });
}
