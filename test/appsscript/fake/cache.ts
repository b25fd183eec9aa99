// Fake of CacheService: script and document caches with Google's key, value, expiry and item limits, and a clock tests advance.
import type { Recorder } from './recorder';

/**
 * Limits from https://developers.google.com/apps-script/reference/cache/cache (put, putAll):
 * a key is at most 250 characters, a value at most 100 KB, an expiry at most 21,600 seconds
 * (6 hours; 600 seconds when none is given), and a cache holds at most 1,000 items
 * (https://developers.google.com/apps-script/guides/services/quotas, "Cache"): past that the
 * oldest go. Google only promises an item may be gone early, never that it stays: `evictAll()`
 * lets a test take everything away, as Google may at any time.
 */
export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_MAX_EXPIRY_SECONDS = 21_600;
export const CACHE_DEFAULT_EXPIRY_SECONDS = 600;
export const CACHE_ITEM_LIMIT = 1000;

interface Entry {
  readonly value: string;
  readonly expiresAtMs: number;
}

export class FakeCacheState {
  readonly entries = new Map<string, Entry>();
  /** The cache's clock, in ms since the epoch; tests move it with `advanceSeconds`. */
  nowMs: number;
  constructor(nowMs: number) {
    this.nowMs = nowMs;
  }
  advanceSeconds(seconds: number): void {
    this.nowMs += seconds * 1000;
  }
  evictAll(): void {
    this.entries.clear();
  }
}

function cacheOver(rec: (method: string) => void, state: FakeCacheState) {
  const live = (key: string): string | null => {
    const e = state.entries.get(key);
    if (!e) return null;
    if (e.expiresAtMs <= state.nowMs) {
      state.entries.delete(key);
      return null;
    }
    return e.value;
  };
  const check = (key: string, value: string, seconds: number) => {
    if (key.length > CACHE_KEY_LIMIT) throw new Error('Exception: Argument too large: key');
    if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_LIMIT)
      throw new Error('Exception: Argument too large: value');
    if (!(seconds >= 1 && seconds <= CACHE_MAX_EXPIRY_SECONDS))
      throw new Error(
        `Exception: Invalid argument: expirationInSeconds (must be 1 to ${CACHE_MAX_EXPIRY_SECONDS})`,
      );
  };
  const store = (key: string, value: string, seconds: number) => {
    state.entries.delete(key);
    state.entries.set(key, { value, expiresAtMs: state.nowMs + seconds * 1000 });
    while (state.entries.size > CACHE_ITEM_LIMIT) {
      const oldest = state.entries.keys().next().value as string;
      state.entries.delete(oldest);
    }
  };
  const cache = {
    get(key: string): string | null {
      rec('get');
      return live(key);
    },
    getAll(keys: string[]): Record<string, string> {
      rec('getAll');
      const out: Record<string, string> = {};
      for (const k of keys) {
        const v = live(k);
        if (v !== null) out[k] = v;
      }
      return out;
    },
    put(key: string, value: string, seconds = CACHE_DEFAULT_EXPIRY_SECONDS): void {
      rec('put');
      check(key, String(value), seconds);
      store(key, String(value), seconds);
    },
    putAll(values: Record<string, string>, seconds = CACHE_DEFAULT_EXPIRY_SECONDS): void {
      rec('putAll');
      // All or nothing: a value over a limit fails the call before anything is stored.
      for (const [k, v] of Object.entries(values)) check(k, String(v), seconds);
      for (const [k, v] of Object.entries(values)) store(k, String(v), seconds);
    },
    remove(key: string): void {
      rec('remove');
      state.entries.delete(key);
    },
    removeAll(keys: string[]): void {
      rec('removeAll');
      for (const k of keys) state.entries.delete(k);
    },
  };
  return cache;
}

/**
 * The script cache and the document cache are different caches; getDocumentCache answers null
 * outside a containing document
 * (https://developers.google.com/apps-script/reference/cache/cache-service#getDocumentCache()).
 */
export function createCacheService(
  recorder: Recorder,
  state: FakeCacheState,
  documentState: FakeCacheState = new FakeCacheState(state.nowMs),
  hasDocument: () => boolean = () => true,
) {
  const rec = (method: string) => recorder.record({ service: 'CacheService', method });
  const script = cacheOver(rec, state);
  const document = cacheOver(rec, documentState);
  return {
    getScriptCache: () => {
      rec('getScriptCache');
      return script;
    },
    getDocumentCache: () => {
      rec('getDocumentCache');
      return hasDocument() ? document : null;
    },
  };
}
