// The script cache's copy of a first load kept in the hidden publish sheet (past ~450 reps), so doGet reads the sheet once, not on every request.
import { splitChunks } from './chunks';
import { MAIN_KEY, readPackedPart, type SheetPointer, unpackPart } from './parts-sheet';
import { CACHE_CHUNK, CACHE_LONG_SECONDS } from './snapshot-cache';

/**
 * Limits (https://developers.google.com/apps-script/reference/cache/cache): a key of at most 250
 * characters, a value of at most 100 KB, at most 21,600 s; Google may drop any item early. So the
 * gzipped base64 text is cut in CACHE_CHUNK pieces (ASCII: characters are bytes) under keys named
 * by the publish (sheet, generatedAt, publishedAt): a new publish's pointer names other keys, so it
 * is never served an older copy, and a copy is written only under its own publish's keys. A copy
 * missing any piece is not used: the sheet answers and the copy is written again.
 */
const base = (p: SheetPointer) =>
  `first.${p.sheet.slice(-1)}.${p.generatedAt}.${p.publishedAt ?? ''}`;
const countKey = (p: SheetPointer) => `${base(p)}.n`;
const chunkKey = (p: SheetPointer, i: number) => `${base(p)}.c${i}`;

type Cache = GoogleAppsScript.Cache.Cache;

function scriptCache(): Cache | null {
  try {
    return CacheService.getScriptCache();
  } catch {
    return null;
  }
}

/** Keeps the publish's first load in the cache; a cache that refuses is only slower. */
export function cacheSheetFirstLoad(pointer: SheetPointer, packed: string): void {
  const cache = scriptCache();
  if (!cache) return;
  const values: Record<string, string> = {};
  const chunks = splitChunks(packed, CACHE_CHUNK);
  chunks.forEach((c, i) => {
    values[chunkKey(pointer, i)] = c;
  });
  // The count last: it is what a reader looks for first, so it never finds a partial copy (and
  // a count left by an equally named copy goes first).
  try {
    cache.remove(countKey(pointer));
    cache.putAll(values, CACHE_LONG_SECONDS);
    cache.put(countKey(pointer), String(chunks.length), CACHE_LONG_SECONDS);
  } catch {
    // The sheet answers instead.
  }
}

function cachedPacked(cache: Cache, pointer: SheetPointer): string | null {
  const count = Number(cache.get(countKey(pointer)));
  if (!(count >= 1)) return null;
  const keys = Array.from({ length: count }, (_, i) => chunkKey(pointer, i));
  const found = cache.getAll(keys);
  let packed = '';
  for (const k of keys) {
    const c = found[k];
    if (c === undefined) return null;
    packed += c;
  }
  return packed;
}

/**
 * The JSON text of the first load the sheet pointer names: from the cache when every piece is
 * there, else from the sheet (then cached, if the sheet still holds that publish). Null when the
 * sheet has none.
 */
export function sheetFirstLoad(pointer: SheetPointer): string | null {
  const cache = scriptCache();
  const hit = cache ? cachedPacked(cache, pointer) : null;
  if (hit !== null) return unpackPart(hit);
  const read = readPackedPart(pointer, MAIN_KEY);
  if (!read) return null;
  if (read.current) cacheSheetFirstLoad(pointer, read.packed);
  return unpackPart(read.packed);
}
