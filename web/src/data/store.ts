// Holds the current snapshot: loads, keeps the last good one on failure, and tells listeners.
import {
  type PartWant,
  type Snapshot,
  type SnapshotPart,
  mergePart,
  partKeyFor,
} from '../../../shared/snapshot';
import { type LastGoodCache, NOT_CACHED, readLastGood, saveLastGood } from './cache';
import { FreshnessMemo } from './freshness';
import { type FetchFn, type LoadResult, loadSnapshot } from './load';
import { loadPart } from './parts';

export interface DataState {
  readonly snapshot: Snapshot | null;
  /** Client time the current snapshot was received (from the network or the cache). */
  readonly receivedAt: number | null;
  /** Reason the last load failed; null after a success. */
  readonly error: string | null;
  /** The failure is a brief, expected one (the add-on is republishing): no alarm, just retry. */
  readonly transient?: boolean;
  readonly fromCache: boolean;
  readonly loading: boolean;
  /** Set when the last good copy could not be kept for offline restarts (cache.ts NOT_CACHED). */
  readonly cacheNote?: string | null;
  /** generatedAt of the last snapshot refused for being older than the one shown; null when none. */
  readonly refusedOlder?: string | null;
}

/** Whether `next` was generated before `current` (an old copy from a cache or a stale mirror). */
export function olderThan(next: Snapshot, current: Snapshot): boolean {
  const a = Date.parse(next.generatedAt);
  const b = Date.parse(current.generatedAt);
  return Number.isFinite(a) && Number.isFinite(b) && a < b;
}

export interface StoreDeps {
  fetch: FetchFn;
  /** The synchronous localStorage copy, used when no `cache` is given (tests, older pages). */
  storage: Storage | null;
  /** An asynchronous cache (IndexedDB in the browser: web/src/data/idb-cache.ts); wins over `storage`. */
  cache?: LastGoodCache;
  now: () => number;
  /** Runs the cache write after the new data is on screen (default: the next task). */
  defer?: (fn: () => void) => void;
  /** Whether the address an answer finally came from (after redirects) may be read. */
  acceptFinalUrl?: (finalUrl: string) => boolean;
  /** Download progress of each load (bytes so far, announced size or null), for a loading screen. */
  onProgress?: (received: number, total: number | null) => void;
}

type Listener = (state: DataState, previous: Snapshot | null) => void;

export class SnapshotStore {
  state: DataState;
  private readonly listeners = new Set<Listener>();
  /** What the source last sent, so a poll of an unchanged snapshot downloads nothing new. */
  private readonly freshness = new FreshnessMemo<Extract<LoadResult, { ok: true }>>();
  private inflight: Promise<DataState> | null = null;
  private savedGeneratedAt: string | null = null;
  /** The part the current page needs (web/src/data/parts.ts wantFor), re-applied after reloads. */
  private wanted: PartWant | null = null;
  /** Parts loaded for the first load of `partsOf` (its generatedAt), by key. */
  private parts = new Map<string, SnapshotPart>();
  private partsOf: string | null = null;
  private partInflight: Promise<void> | null = null;
  /** Settles once the cached copy (if any) is in `state`; every reload waits for it. */
  readonly restored: Promise<void>;

  constructor(
    private readonly url: string,
    private readonly deps: StoreDeps,
  ) {
    const cached = deps.cache ? null : readLastGood(deps.storage, url);
    this.savedGeneratedAt = cached?.snapshot.generatedAt ?? null;
    this.partsOf = this.savedGeneratedAt;
    this.state = {
      snapshot: cached?.snapshot ?? null,
      receivedAt: cached?.receivedAt ?? null,
      error: null,
      fromCache: cached !== null,
      loading: false,
    };
    this.restored = deps.cache ? this.restore(deps.cache) : Promise.resolve();
  }

  private async restore(cache: LastGoodCache): Promise<void> {
    const cached = await cache.read(this.url).catch(() => null);
    // Data from the network may have arrived first: it is newer than any copy.
    if (!cached || this.state.snapshot) return;
    this.savedGeneratedAt = cached.snapshot.generatedAt;
    this.partsOf = this.savedGeneratedAt;
    this.state = {
      ...this.state,
      snapshot: cached.snapshot,
      receivedAt: cached.receivedAt,
      fromCache: true,
    };
    for (const listener of this.listeners) listener(this.state, null);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One load at a time: a slow source never piles up requests. */
  reload(): Promise<DataState> {
    if (!this.inflight) {
      this.inflight = this.doReload().finally(() => {
        this.inflight = null;
      });
    }
    return this.inflight;
  }

  private async doReload(): Promise<DataState> {
    await this.restored;
    const previous = this.state.snapshot;
    const result = await loadSnapshot(
      this.url,
      this.deps.fetch,
      undefined,
      this.deps.acceptFinalUrl,
      this.freshness,
      this.deps.onProgress,
    );
    if (result.ok && previous !== null && olderThan(result.snapshot, previous)) {
      // Never step back in time: keep the newer data on screen and say what was refused.
      this.state = {
        ...this.state,
        error: null,
        transient: false,
        loading: false,
        refusedOlder: result.snapshot.generatedAt,
      };
    } else if (result.ok) {
      const now = this.deps.now();
      if (result.snapshot.generatedAt !== this.partsOf) {
        this.parts.clear();
        this.partsOf = result.snapshot.generatedAt;
      }
      this.state = {
        // The same publish again: the parts a page loaded stay merged, so nothing flickers.
        snapshot: [...this.parts.values()].reduce(mergePart, result.snapshot),
        receivedAt: now,
        error: null,
        transient: false,
        fromCache: false,
        loading: false,
        cacheNote: this.state.cacheNote ?? null,
      };
      // Rewriting an unchanged snapshot every minute for weeks is pointless wear; a large one
      // costs tens of ms to serialise, so it waits until the new data is on screen.
      if (result.snapshot.generatedAt !== this.savedGeneratedAt || previous === null) {
        const snapshot = result.snapshot;
        (this.deps.defer ?? ((fn) => setTimeout(fn, 0)))(() => {
          if (this.state.snapshot?.generatedAt !== snapshot.generatedAt) return;
          void this.save(snapshot, now);
        });
      }
    } else {
      this.state = {
        ...this.state,
        error: result.reason,
        transient: result.transient === true,
        loading: false,
      };
    }
    for (const listener of this.listeners) listener(this.state, previous);
    if (result.ok) void this.fetchWanted();
    return this.state;
  }

  private async save(snapshot: Snapshot, receivedAt: number): Promise<void> {
    const { cache, storage } = this.deps;
    const saved = cache
      ? await cache.save(this.url, snapshot, receivedAt).catch(() => false)
      : saveLastGood(storage, this.url, snapshot, receivedAt);
    if (saved) this.savedGeneratedAt = snapshot.generatedAt;
    const cacheNote = saved ? null : NOT_CACHED;
    if ((this.state.cacheNote ?? null) === cacheNote) return;
    // Said on screen (the stamp's note), so a wall that could not keep its data is known before an outage.
    this.state = { ...this.state, cacheNote };
    for (const listener of this.listeners) listener(this.state, this.state.snapshot);
  }

  /**
   * The page now shown needs `want` (null: nothing beyond the first load). Its part is fetched
   * once per publish and merged into the snapshot listeners see; the cache keeps the first load
   * only. A part that fails to load leaves the page on the first load's data (recent awards).
   */
  want(want: PartWant | null): Promise<void> {
    this.wanted = want;
    return this.fetchWanted();
  }

  private fetchWanted(): Promise<void> {
    if (!this.partInflight) {
      this.partInflight = this.doFetchWanted().finally(() => {
        this.partInflight = null;
      });
    }
    return this.partInflight;
  }

  private async doFetchWanted(): Promise<void> {
    const want = this.wanted;
    const base = this.state.snapshot;
    if (!want || !base || base.generatedAt !== this.partsOf) return;
    const key = partKeyFor(base, want);
    if (key === null || this.parts.has(key)) return;
    const loaded = await loadPart(this.url, base, want, this.deps.fetch, this.deps.acceptFinalUrl);
    const current = this.state.snapshot;
    if (!loaded?.ok || !current || current.generatedAt !== loaded.part.generatedAt) return;
    if (this.parts.has(loaded.key)) return;
    this.parts.set(loaded.key, loaded.part);
    this.state = { ...this.state, snapshot: mergePart(current, loaded.part) };
    for (const listener of this.listeners) listener(this.state, current);
    // The page may have changed while this part loaded.
    if (this.wanted !== want) await this.doFetchWanted();
  }
}
