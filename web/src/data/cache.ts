// The last good snapshot in localStorage, so a TV that reloads with no network still shows data.
import { type Snapshot, validateSnapshot } from '../../../shared/snapshot';

export interface CachedSnapshot {
  readonly snapshot: Snapshot;
  readonly receivedAt: number;
}

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
