// A publish through the web app: the first load in script properties when it fits, the parts (and a first load that does not) in a hidden sheet.
import { type Snapshot, splitSnapshot } from '../../../shared/snapshot';
import { UserError } from '../errors';
import { CELLS_WARNING, MAIN_KEY, SPREADSHEET_CELLS, commitParts, stageParts } from './parts-sheet';
import { cacheSheetFirstLoad } from './first-load-cache';
import { CACHE_LONG_SECONDS, cachePublished, markFirstLoadInSheet } from './snapshot-cache';
import { forgetStoredSnapshot, storeSnapshot } from './snapshot-store';

/** Apps Script stops a run after 6 minutes (https://developers.google.com/apps-script/guides/services/quotas). */
export const RUN_LIMIT_MS = 6 * 60_000;
/** Past half of it, the publish warns: the next year of data may not fit in one run. */
export const RUN_WARNING = 0.5;

export interface Stored {
  /** Said to the manager after the publish: limits being neared, in plain words. */
  readonly warnings: readonly string[];
  readonly mainInSheet: boolean;
}

/**
 * Order, so a failure at any step leaves the last good publish served: (1) the parts and the
 * first load go to the hidden sheet not served now; (2) the first load goes to script
 * properties when it fits (their own switch: snapshot-store.ts); (3) the sheet pointer moves.
 * Between (2) and (3) the site may read the new first load beside the old parts: it refuses parts
 * of another publish (their generatedAt) and asks again on its next refresh. When the first load
 * is in the sheet, (4) the cached pointer says so (one put) and the older copy in script
 * properties is dropped, so doGet serves the sheet's, from the script cache while it holds it
 * (first-load-cache.ts).
 */
export function storePublication(
  full: Snapshot,
  publishedAt: string,
  elapsedMs: number,
  /** Sealed private pages (`private/<id>.bin`): switched in with the parts, so a rotated id is gone at once. */
  privateFiles: readonly { readonly key: string; readonly json: string }[] = [],
): Stored {
  const { snapshot, parts } = splitSnapshot(full);
  const firstJson = JSON.stringify(snapshot);
  const staged = stageParts(
    [
      { key: MAIN_KEY, json: firstJson },
      ...parts.map((p) => ({ key: p.key, json: JSON.stringify(p.part) })),
      ...privateFiles,
    ],
    snapshot.generatedAt,
  );
  let mainInSheet = false;
  try {
    cachePublished(storeSnapshot(firstJson, publishedAt));
  } catch (error) {
    // Too large for script properties (the only UserError it throws): the sheet serves it.
    if (!(error instanceof UserError)) throw error;
    mainInSheet = true;
  }
  // The sheet's first load goes to the script cache before its pointer names it, so the first
  // request after the publish is served from the cache too.
  if (mainInSheet && staged.packedMain !== null)
    cacheSheetFirstLoad(
      { sheet: staged.sheet, generatedAt: staged.generatedAt, main: true, publishedAt },
      staged.packedMain,
    );
  commitParts(staged, mainInSheet, publishedAt);
  // doGet serves the properties' first load while there is one: the cached pointer switches to
  // the sheet in one put, then the older copy in the store goes.
  if (mainInSheet) {
    markFirstLoadInSheet(CACHE_LONG_SECONDS);
    forgetStoredSnapshot();
  }
  const warnings: string[] = [];
  if (staged.workbookCells > SPREADSHEET_CELLS * CELLS_WARNING)
    warnings.push(
      `The workbook now uses ${Math.round((staged.workbookCells / SPREADSHEET_CELLS) * 100)} % of Google's 10 million cells. Archive past years of Activities and Deals before it fills (docs/scale.md).`,
    );
  if (elapsedMs > RUN_LIMIT_MS * RUN_WARNING)
    warnings.push(
      `This publish took ${Math.round(elapsedMs / 1000)} s of the 360 s Google allows one run. Log calls and emails as daily totals or archive past years before it runs out (docs/scale.md).`,
    );
  return { warnings, mainInSheet };
}
