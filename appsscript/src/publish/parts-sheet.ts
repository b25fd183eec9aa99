// Stores the snapshot's on-demand parts (and a first load too large for script properties) in two hidden sheets, switched by one pointer.
import { UserError } from '../errors';
import { activeSpreadsheet, type Sheet } from '../host';
import { splitChunks } from './chunks';

/**
 * Why a sheet: it needs no OAuth scope beyond spreadsheets.currentonly, which the add-on already
 * has (a Drive file would need drive.file), and it holds megabytes where script properties hold
 * 500 kB. Two sheets, A and B: a publish fills the one not served, then moves the pointer, so a
 * publish that fails at any step leaves the last good parts served. Bellringer created both
 * (their first cell says so); a sheet of that name without the marker is never touched.
 */
export const PART_SHEETS = ['Bellringer publish A', 'Bellringer publish B'] as const;
export const PARTS_POINTER_KEY = 'publication.sheet';
const MARKER = 'bellringer-publish';
/** The key under which the first load is kept when script properties cannot hold it. */
export const MAIN_KEY = 'main';

/** A cell holds at most 50,000 characters (https://support.google.com/docs/answer/37603). */
export const CELL_LIMIT = 50_000;
const CELL_CHUNK = 45_000;
/** A spreadsheet holds at most 10 million cells (same page); past 80 % the publish warns. */
export const SPREADSHEET_CELLS = 10_000_000;
export const CELLS_WARNING = 0.8;

export interface SheetPointer {
  readonly sheet: string;
  readonly generatedAt: string;
  /** The first load is in the sheet (too large for script properties). */
  readonly main: boolean;
  /**
   * When this publish was made: with the sheet and generatedAt it names this publish's copy in the
   * script cache (first-load-cache.ts). Absent in pointers written before it existed.
   */
  readonly publishedAt?: string;
}

export interface StagedParts {
  readonly sheet: string;
  readonly generatedAt: string;
  /** Cells the workbook will use once this publish is in, of SPREADSHEET_CELLS. */
  readonly workbookCells: number;
  /** Characters stored, gzipped and base64. */
  readonly packedChars: number;
  /** The first load's gzipped base64 text, when it was staged: what the script cache keeps. */
  readonly packedMain: string | null;
}

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getScriptProperties();
}

function scriptCache(): GoogleAppsScript.Cache.Cache | null {
  try {
    return CacheService.getScriptCache();
  } catch {
    return null;
  }
}

function parse(raw: string | null): SheetPointer | null {
  if (!raw || raw === 'none') return null;
  try {
    return JSON.parse(raw) as SheetPointer;
  } catch {
    return null;
  }
}

/**
 * The served sheet's pointer, read the way snapshot-cache.ts reads its own: from the script cache
 * when there, else from script properties (a daily quota) and kept in the cache for a minute, so
 * a screen polling each minute costs no property read (https://developers.google.com/apps-script/guides/services/quotas).
 */
export function readSheetPointer(): SheetPointer | null {
  const cache = scriptCache();
  const cached = cache?.get(PARTS_POINTER_KEY) ?? null;
  if (cached !== null) return parse(cached);
  const raw = props().getProperty(PARTS_POINTER_KEY);
  try {
    cache?.put(PARTS_POINTER_KEY, raw ?? 'none', 60);
  } catch {
    // Only slower.
  }
  return parse(raw);
}

function pack(json: string): string {
  return Utilities.base64Encode(
    Utilities.gzip(Utilities.newBlob(json, 'application/json')).getBytes(),
  );
}

function ownSheet(name: string): Sheet {
  const ss = activeSpreadsheet();
  const found = ss.getSheetByName(name);
  if (!found) {
    const sheet = ss.insertSheet(name, ss.getNumSheets());
    sheet.hideSheet();
    return sheet;
  }
  if (String(found.getRange(1, 1).getValue()) !== MARKER)
    throw new UserError(
      `The tab "${name}" was not made by Bellringer, so the leaderboard's parts cannot be stored there.`,
      `Rename that tab, then publish again; Bellringer creates its own "${name}" and hides it.`,
    );
  return found;
}

function cellsInUse(exclude: string): number {
  return activeSpreadsheet()
    .getSheets()
    .filter((s) => s.getName() !== exclude)
    .reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
}

/**
 * Writes every entry (part key → JSON) into the sheet not served now. Nothing served changes:
 * commitParts switches it in. Throws a UserError when the workbook would pass its cell limit.
 */
export function stageParts(
  entries: readonly { readonly key: string; readonly json: string }[],
  generatedAt: string,
): StagedParts {
  const served = readSheetPointer()?.sheet;
  const name = served === PART_SHEETS[0] ? PART_SHEETS[1] : PART_SHEETS[0];
  const packed = entries.map((e) => ({
    key: e.key,
    chunks: splitChunks(pack(e.json), CELL_CHUNK),
  }));
  const width = 2 + Math.max(1, ...packed.map((p) => p.chunks.length));
  const rows = [
    [MARKER, generatedAt, ...Array<string>(width - 2).fill('')],
    ...packed.map((p) => [
      p.key,
      p.chunks.length,
      ...p.chunks,
      ...Array<string>(width - 2 - p.chunks.length).fill(''),
    ]),
  ];
  const workbookCells = cellsInUse(name) + rows.length * width;
  if (workbookCells > SPREADSHEET_CELLS)
    throw new UserError(
      `Publishing needs ${rows.length * width} cells and the workbook would hold ${workbookCells} of Google's 10,000,000; the last published leaderboard stays served.`,
      'Archive past years of Activities and Deals (docs/scale.md), then publish again.',
    );
  const sheet = ownSheet(name);
  // The rectangle written covers what an earlier, larger publish left, so no stale cell remains.
  const height = Math.max(rows.length, sheet.getLastRow());
  const across = Math.max(width, sheet.getLastColumn());
  const grid = Array.from({ length: height }, (_, r) => {
    const row: (string | number)[] = rows[r] ?? [];
    return row.length < across ? [...row, ...Array<string>(across - row.length).fill('')] : row;
  });
  if (sheet.getMaxRows() < height)
    sheet.insertRowsAfter(sheet.getMaxRows(), height - sheet.getMaxRows());
  if (sheet.getMaxColumns() < across)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), across - sheet.getMaxColumns());
  sheet.getRange(1, 1, height, across).setValues(grid);
  SpreadsheetApp.flush();
  const packedChars = packed.reduce((n, p) => n + p.chunks.reduce((m, c) => m + c.length, 0), 0);
  const main = packed.find((p) => p.key === MAIN_KEY);
  return {
    sheet: name,
    generatedAt,
    workbookCells,
    packedChars,
    packedMain: main ? main.chunks.join('') : null,
  };
}

/** Switches the staged sheet in: from now on doGet serves its parts (and its first load if `main`). */
export function commitParts(staged: StagedParts, main: boolean, publishedAt: string): SheetPointer {
  const pointer: SheetPointer = {
    sheet: staged.sheet,
    generatedAt: staged.generatedAt,
    main,
    publishedAt,
  };
  const text = JSON.stringify(pointer);
  props().setProperty(PARTS_POINTER_KEY, text);
  const cache = scriptCache();
  try {
    // The longest Google allows (21,600 s); the property stays the truth.
    cache?.put(PARTS_POINTER_KEY, text, 21_600);
  } catch {
    // A cached older pointer would be served for hours: drop it, doGet reads the property instead.
    try {
      cache?.remove(PARTS_POINTER_KEY);
    } catch {
      // Nothing more to do: the cached pointer lives at most a minute when a request filled it.
    }
  }
  return pointer;
}

/**
 * The gzipped base64 text of one entry of the pointer's sheet, or null when there is none, and
 * whether the sheet still holds the pointer's publish (its header's generatedAt): a request that
 * read an old pointer while a later publish rewrote that sheet must not cache what it read.
 */
export function readPackedPart(
  pointer: SheetPointer,
  key: string,
): { readonly packed: string; readonly current: boolean } | null {
  const sheet = activeSpreadsheet().getSheetByName(pointer.sheet);
  if (!sheet) return null;
  const last = sheet.getLastRow();
  if (last < 2) return null;
  // One read for the header and the index: the quota counts calls.
  const index = sheet.getRange(1, 1, last, 2).getValues();
  const at = index.findIndex((r, i) => i > 0 && r[0] === key);
  if (at < 0) return null;
  const count = Number(index[at]![1]);
  const packed = sheet
    .getRange(at + 1, 3, 1, count)
    .getValues()[0]!
    .join('');
  return { packed, current: String(index[0]![1]) === pointer.generatedAt };
}

/** JSON text from the gzipped base64 text a publish stores. */
export function unpackPart(packed: string): string {
  const blob = Utilities.newBlob(Utilities.base64Decode(packed), 'application/x-gzip');
  return Utilities.ungzip(blob).getDataAsString();
}

/** The JSON text of one stored entry of the served sheet, or null when there is none. */
export function servedPart(key: string): string | null {
  const pointer = readSheetPointer();
  const found = pointer ? readPackedPart(pointer, key) : null;
  return found ? unpackPart(found.packed) : null;
}
