// doGet: the latest published snapshot as JSON (or just its version), for a site on any origin.
import { BIN_PARAM, bundlePath, ID_PATTERN, PRIVATE_DIR } from '../../../shared/private';
import { MAIN_KEY, readSheetPointer, servedPart } from '../publish/parts-sheet';
import { servedSnapshot } from '../publish/snapshot-cache';
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
    const served = servedSnapshot();
    if (served.kind === 'none') {
      // Script properties hold no first load: it is in the sheet, or nothing was published.
      const sheet = readSheetPointer();
      if (!sheet?.main) return json(NOT_PUBLISHED);
      if (e?.parameter?.version !== undefined)
        return json(JSON.stringify({ version: sheet.generatedAt }));
      return json(servedPart(MAIN_KEY) ?? NOT_PUBLISHED);
    }
    if (served.kind === 'publishing') return json(served.json);
    if (e?.parameter?.version !== undefined)
      return json(JSON.stringify({ version: served.version }));
    return json(unpack(served.packed));
  } catch (error) {
    return json(
      JSON.stringify({
        error: 'unavailable',
        message: `The published leaderboard could not be read (${error instanceof Error ? error.message : String(error)}). Publish it again from the workbook.`,
      }),
    );
  }
}
