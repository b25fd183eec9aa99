// The last good snapshot in IndexedDB: a 1,000-rep snapshot is megabytes, past what localStorage holds.
import { validateSnapshot } from '../../../shared/snapshot';
import { type LastGoodCache, cacheKey, readLastGood } from './cache';

const DB = 'bellringer';
const STORE = 'last-good';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  const r = factory.open(DB, 1);
  r.onupgradeneeded = () => r.result.createObjectStore(STORE);
  return request(r);
}

/** Waits for the transaction to be durable: a save is reported only once the browser committed it. */
function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
  });
}

/**
 * One record per data address, stored as an object (structured clone, no JSON text to build).
 * Any failure (private mode, quota, a blocked database) reads as "no copy" and "not saved":
 * the store then says so on screen. A copy an older site left in localStorage is read once and
 * removed after the first save here (it is Bellringer's own key).
 */
export function indexedDbCache(factory: IDBFactory | null, legacy: Storage | null): LastGoodCache {
  let db: Promise<IDBDatabase> | null = null;
  const database = () => {
    if (!factory) return Promise.reject(new Error('IndexedDB is not available'));
    db ??= open(factory);
    return db;
  };
  return {
    async read(url) {
      try {
        const tx = (await database()).transaction(STORE, 'readonly');
        const raw = (await request(tx.objectStore(STORE).get(url))) as
          | { receivedAt?: unknown; snapshot?: unknown }
          | undefined;
        if (raw) {
          const check = validateSnapshot(raw.snapshot);
          if (check.ok && typeof raw.receivedAt === 'number')
            return { snapshot: check.snapshot, receivedAt: raw.receivedAt };
        }
      } catch {
        // Fall through to the legacy copy.
      }
      return readLastGood(legacy, url);
    },
    async save(url, snapshot, receivedAt) {
      try {
        const tx = (await database()).transaction(STORE, 'readwrite');
        tx.objectStore(STORE).put({ receivedAt, snapshot }, url);
        await done(tx);
      } catch {
        return false;
      }
      try {
        legacy?.removeItem(cacheKey(url));
      } catch {
        // Nothing to free.
      }
      return true;
    },
  };
}
