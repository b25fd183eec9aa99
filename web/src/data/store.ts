// Holds the current snapshot: loads, keeps the last good one on failure, and tells listeners.
import type { Snapshot } from '../../../shared/snapshot';
import { readLastGood, saveLastGood } from './cache';
import { type FetchFn, loadSnapshot } from './load';

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
}

export interface StoreDeps {
  fetch: FetchFn;
  storage: Storage | null;
  now: () => number;
  /** Runs the cache write after the new data is on screen (default: the next task). */
  defer?: (fn: () => void) => void;
  /** Whether the address an answer finally came from (after redirects) may be read. */
  acceptFinalUrl?: (finalUrl: string) => boolean;
}

type Listener = (state: DataState, previous: Snapshot | null) => void;

export class SnapshotStore {
  state: DataState;
  private readonly listeners = new Set<Listener>();
  private inflight: Promise<DataState> | null = null;
  private savedGeneratedAt: string | null = null;

  constructor(
    private readonly url: string,
    private readonly deps: StoreDeps,
  ) {
    const cached = readLastGood(deps.storage, url);
    this.savedGeneratedAt = cached?.snapshot.generatedAt ?? null;
    this.state = {
      snapshot: cached?.snapshot ?? null,
      receivedAt: cached?.receivedAt ?? null,
      error: null,
      fromCache: cached !== null,
      loading: false,
    };
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
    const previous = this.state.snapshot;
    const result = await loadSnapshot(
      this.url,
      this.deps.fetch,
      undefined,
      this.deps.acceptFinalUrl,
    );
    if (result.ok) {
      const now = this.deps.now();
      this.state = {
        snapshot: result.snapshot,
        receivedAt: now,
        error: null,
        transient: false,
        fromCache: false,
        loading: false,
      };
      // Rewriting an unchanged snapshot every minute for weeks is pointless wear; a large one
      // costs tens of ms to serialise, so it waits until the new data is on screen.
      if (result.snapshot.generatedAt !== this.savedGeneratedAt || previous === null) {
        const snapshot = result.snapshot;
        (this.deps.defer ?? ((fn) => setTimeout(fn, 0)))(() => {
          if (this.state.snapshot !== snapshot) return;
          if (saveLastGood(this.deps.storage, this.url, snapshot, now)) {
            this.savedGeneratedAt = snapshot.generatedAt;
          }
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
    return this.state;
  }
}
