// The web app's copy of the published snapshot in CacheService, so most requests read no script property.
import { splitChunks } from './chunks';
import { loadPacked, type Packed, PUBLISHING_BODY, type StoredPointer } from './snapshot-store';

/**
 * Script properties are the truth (they survive); the cache is a copy that Google may drop at any
 * time. Limits (https://developers.google.com/apps-script/reference/cache/cache): a value holds at
 * most 100 KB and lives at most 21,600 s (6 hours). Property reads are a daily quota (50,000 a day
 * on a personal account, https://developers.google.com/apps-script/guides/services/quotas): about
 * 70 screens polling each minute would use it up if every request read the store.
 */
export const CACHE_POINTER_KEY = 'snapshot.version';
const chunkKey = (generation: number, i: number) => `snapshot.${generation}.c${i}`;
/** How many cache chunks a generation has: kept beside them, so a pointer read from the store finds them. */
const countKey = (generation: number) => `snapshot.${generation}.count`;
/** Characters per cached chunk: base64 is ASCII, so this is bytes, under the 100 KB value limit. */
export const CACHE_CHUNK = 90_000;
/** The longest Google allows: what a publish writes. */
export const CACHE_LONG_SECONDS = 21_600;
/**
 * A pointer doGet copies from the store lives one minute only: a request that read the store just
 * before a publish finished could copy the old pointer after the publish wrote the new one, and
 * the site must see a new snapshot within a minute. At most one store read a minute, whatever the
 * number of screens.
 */
export const CACHE_POINTER_FILL_SECONDS = 60;

type Cache = GoogleAppsScript.Cache.Cache;

function scriptCache(): Cache | null {
  try {
    return CacheService.getScriptCache();
  } catch {
    return null;
  }
}

/** The version a site compares to know whether to download again: generation and publish time. */
export function versionOf(pointer: StoredPointer): string {
  return `${pointer.generation}@${pointer.publishedAt}`;
}

function put(cache: Cache, stored: Packed, pointerSeconds: number): void {
  const values: Record<string, string> = {};
  const chunks = splitChunks(stored.packed, CACHE_CHUNK);
  chunks.forEach((c, i) => {
    values[chunkKey(stored.pointer.generation, i)] = c;
  });
  values[countKey(stored.pointer.generation)] = String(chunks.length);
  // A cache that refuses is only slower: the store still answers.
  try {
    cache.putAll(values, CACHE_LONG_SECONDS);
    cache.put(CACHE_POINTER_KEY, JSON.stringify(stored.pointer), pointerSeconds);
  } catch {
    // Nothing to undo: without its pointer a chunk is never read.
  }
}

/** After a publish: the new snapshot goes to the cache at once, so doGet serves it on its next request. */
export function cachePublished(stored: Packed): void {
  const cache = scriptCache();
  if (cache) put(cache, stored, CACHE_LONG_SECONDS);
}

/** Drops the cached pointer, so the next request asks the store (see forgetStoredSnapshot). */
export function forgetCachedSnapshot(): void {
  try {
    scriptCache()?.remove(CACHE_POINTER_KEY);
  } catch {
    // A cached pointer lives at most 6 hours; the store is the truth after that.
  }
}

/**
 * The cached pointer's value when the first load is in the hidden publish sheet, not in script
 * properties (first-load-cache.ts): doGet then asks neither the store nor, while cached, the sheet.
 */
const IN_SHEET = 'in-sheet';

/**
 * Says the first load is in the sheet: in one put that replaces the old pointer, so the switch is
 * atomic. `seconds`: CACHE_LONG_SECONDS after a publish, CACHE_POINTER_FILL_SECONDS when a request
 * learnt it from the store (see that constant for the race it bounds).
 */
export function markFirstLoadInSheet(seconds: number): void {
  const cache = scriptCache();
  try {
    cache?.put(CACHE_POINTER_KEY, IN_SHEET, seconds);
  } catch {
    // An older pointer must not outlive the publish: without one, the store answers.
    forgetCachedSnapshot();
  }
}

function cachedPointer(cache: Cache): StoredPointer | 'in-sheet' | null {
  const raw = cache.get(CACHE_POINTER_KEY);
  if (!raw) return null;
  if (raw === IN_SHEET) return IN_SHEET;
  try {
    return JSON.parse(raw) as StoredPointer;
  } catch {
    return null;
  }
}

/** The packed text of the pointer's generation, if every cache chunk of it is still there. */
function cachedChunks(cache: Cache, pointer: StoredPointer): Packed | null {
  const count = Number(cache.get(countKey(pointer.generation)));
  if (!(count >= 1)) return null;
  const keys = Array.from({ length: count }, (_, i) => chunkKey(pointer.generation, i));
  const found = cache.getAll(keys);
  let packed = '';
  for (const k of keys) {
    const c = found[k];
    if (c === undefined) return null;
    packed += c;
  }
  return { pointer, packed };
}

export type Served =
  | { readonly kind: 'snapshot'; readonly packed: string; readonly version: string }
  | { readonly kind: 'publishing'; readonly json: string }
  /** The cache says the first load is in the hidden sheet: no store read was made. */
  | { readonly kind: 'in-sheet' }
  /** The store holds no first load (read just now): in the sheet, or nothing was published. */
  | { readonly kind: 'none' };

/** What doGet answers: from the cache when it holds the snapshot, else from the store (and cached). */
export function servedSnapshot(): Served {
  const cache = scriptCache();
  const pointer = cache ? cachedPointer(cache) : null;
  if (pointer === IN_SHEET) return { kind: 'in-sheet' };
  const hit = cache && pointer ? cachedChunks(cache, pointer) : null;
  if (hit) return { kind: 'snapshot', packed: hit.packed, version: versionOf(hit.pointer) };
  return servedFromStore();
}

/** The store's answer, copied to the cache for a minute (CACHE_POINTER_FILL_SECONDS). */
export function servedFromStore(): Served {
  const cache = scriptCache();
  // One store read, whatever the cache still holds: the quota counts calls.
  const stored = loadPacked();
  if (stored === null) return { kind: 'none' };
  if (stored === 'publishing') return { kind: 'publishing', json: PUBLISHING_BODY };
  if (cache) put(cache, stored, CACHE_POINTER_FILL_SECONDS);
  return { kind: 'snapshot', packed: stored.packed, version: versionOf(stored.pointer) };
}
