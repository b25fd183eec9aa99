// doGet: the latest published snapshot as JSON (or just its version), for a site on any origin.
import { BIN_PARAM, bundlePath, ID_PATTERN, PRIVATE_DIR } from '../../../shared/private';
import { sheetFirstLoad } from '../publish/first-load-cache';
import { MAIN_KEY, readSheetPointer, servedPart } from '../publish/parts-sheet';
import {
  CACHE_POINTER_FILL_SECONDS,
  markFirstLoadInSheet,
  type Served,
  servedFromStore,
  servedSnapshot,
} from '../publish/snapshot-cache';
import { unpack } from '../publish/snapshot-store';

type TextOutput = GoogleAppsScript.Content.TextOutput;

function json(body: string): TextOutput {
  return ContentService.createTextOutput(body).setMimeType(ContentService.MimeType.JSON);
}

const NOT_PUBLISHED = JSON.stringify({
  error: 'not_published',
  message:
    'No leaderboard has been published yet. In the team workbook choose Extensions → Bellringer → Publish leaderboard.',
});

const NO_PART = JSON.stringify({
  error: 'no_part',
  message: 'This part of the leaderboard is not in the latest publish. Reload the page.',
});

/** A private page's file that is not in the latest publish: rotated, or pages turned off. */
const NO_BIN = JSON.stringify({
  error: 'not_found',
  message: 'This private page is not published (its link was replaced, or private pages are off).',
});

interface WebRequest {
  readonly parameter?: Readonly<Record<string, string | undefined>>;
}

/**
 * Web app entry. `?version` answers only `{ "version": … }`, a few bytes, so a screen polling each
 * minute downloads the snapshot again only when it changed (Apps Script web apps send no ETag).
 * Never throws: a failure is a JSON error the site can show.
 */
export function doGet(e?: WebRequest): TextOutput {
  try {
    // An on-demand part (`?part=<key>`, web/src/data/parts.ts): from the hidden sheet
    // (appsscript/src/publish/parts-sheet.ts), as is a first load too large for script properties.
    const part = e?.parameter?.part;
    // A sealed private page (`?bin=<id>`, web/src/private/load.ts): its bytes in base64url inside
    // JSON, or not_found. Only a well-formed id is looked up; the key never reaches this server.
    const bin = e?.parameter?.[BIN_PARAM];
    if (bin !== undefined)
      return json((ID_PATTERN.test(bin) ? servedPart(bundlePath(bin)) : null) ?? NO_BIN);
    // Private files are answered only by `bin` above, never as a part.
    if (part?.startsWith(`${PRIVATE_DIR}/`)) return json(NO_PART);
    if (part !== undefined && part !== MAIN_KEY) return json(servedPart(part) ?? NO_PART);
    return json(firstLoad(servedSnapshot(), e?.parameter?.version !== undefined));
  } catch (error) {
    return json(
      JSON.stringify({
        error: 'unavailable',
        message: `The published leaderboard could not be read (${error instanceof Error ? error.message : String(error)}). Publish it again from the workbook.`,
      }),
    );
  }
}

/**
 * The first load (or its version). From script properties' copy as before; when it lives in the
 * hidden publish sheet (past ~450 reps), the cached pointer says so and the cache holds the sheet's
 * copy (first-load-cache.ts), so a request reads neither script properties nor the sheet.
 */
function firstLoad(served: Served, version: boolean): string {
  switch (served.kind) {
    case 'snapshot':
      return version ? JSON.stringify({ version: served.version }) : unpack(served.packed);
    case 'publishing':
      return served.json;
    case 'in-sheet':
    case 'none': {
      const sheet = readSheetPointer();
      if (!sheet?.main)
        // A mark that outlived a later publish to script properties: ask the store.
        return served.kind === 'in-sheet' ? firstLoad(servedFromStore(), version) : NOT_PUBLISHED;
      // The store was read and holds none: say so in the cache, so the next requests do not ask.
      if (served.kind === 'none') markFirstLoadInSheet(CACHE_POINTER_FILL_SECONDS);
      if (version) return JSON.stringify({ version: sheet.generatedAt });
      return sheetFirstLoad(sheet) ?? NOT_PUBLISHED;
    }
  }
}
