// The last good snapshot, so a TV that reloads with no network still shows data: the cache contract and the localStorage copy.
import { type Snapshot, validateSnapshot } from '../../../shared/snapshot';

export interface CachedSnapshot {
  readonly snapshot: Snapshot;
  readonly receivedAt: number;
}

/** Where the store keeps its last good copy (web/src/data/idb-cache.ts in the browser). */
export interface LastGoodCache {
  read(url: string): Promise<CachedSnapshot | null>;
  /** False when the copy could not be kept (quota, private mode, no storage). */
  save(url: string, snapshot: Snapshot, receivedAt: number): Promise<boolean>;
}

/** What the screen says when no copy can be kept: a reload without network would show nothing. */
export const NOT_CACHED =
  'This screen cannot keep a copy of the data (the browser refused the storage), so after a restart without network it will have nothing to show until the data source answers.';

const PREFIX = 'bellringer:last-good:';

export function cacheKey(url: string): string {
  return PREFIX + url;
}

export function saveLastGood(
  storage: Storage | null,
  url: string,
  snapshot: Snapshot,
  receivedAt: number,
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(cacheKey(url), JSON.stringify({ receivedAt, snapshot }));
    return true;
  } catch {
    // Quota or privacy mode: the site still works, it just cannot survive a reload offline.
    return false;
  }
}

export function readLastGood(storage: Storage | null, url: string): CachedSnapshot | null {
  if (!storage) return null;
  let raw: string | null;
  try {
    raw = storage.getItem(cacheKey(url));
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as { receivedAt?: unknown; snapshot?: unknown };
    const check = validateSnapshot(parsed.snapshot);
    if (!check.ok || typeof parsed.receivedAt !== 'number') return null;
    return { snapshot: check.snapshot, receivedAt: parsed.receivedAt };
  } catch {
    return null;
  }
}
