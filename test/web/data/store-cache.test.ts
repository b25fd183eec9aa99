// The store with an asynchronous last-good cache (IndexedDB in the browser): restores, saves once per publish, says when it cannot.
import { describe, expect, it } from 'vitest';
import { type CachedSnapshot, type LastGoodCache, NOT_CACHED } from '../../../web/src/data/cache';
import { computeStamp } from '../../../web/src/data/staleness';
import { SnapshotStore } from '../../../web/src/data/store';
import { sampleSnapshot } from '../helpers';

class MemoryCache implements LastGoodCache {
  map = new Map<string, CachedSnapshot>();
  saves = 0;
  refuse = false;
  async read(url: string) {
    return this.map.get(url) ?? null;
  }
  async save(url: string, snapshot: CachedSnapshot['snapshot'], receivedAt: number) {
    this.saves++;
    if (this.refuse) return false;
    this.map.set(url, { snapshot, receivedAt });
    return true;
  }
}

function setup(cache: LastGoodCache) {
  const net = { up: true, body: sampleSnapshot() as unknown };
  const store = new SnapshotStore('u', {
    fetch: async () => {
      if (!net.up) throw new TypeError('offline');
      return new Response(JSON.stringify(net.body));
    },
    storage: null,
    cache,
    now: () => Date.parse('2026-11-20T09:05:00Z'),
    defer: (fn) => fn(),
  });
  return { store, net };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('SnapshotStore with an asynchronous cache', () => {
  it('a restart without network shows the cached copy, marked as from the cache', async () => {
    const cache = new MemoryCache();
    const first = setup(cache);
    await first.store.reload();
    await settle();
    expect(cache.saves).toBe(1);
    const restart = setup(cache);
    restart.net.up = false;
    const seen: boolean[] = [];
    restart.store.subscribe((s) => seen.push(s.fromCache));
    const state = await restart.store.reload();
    expect(state.snapshot?.generatedAt).toBe(sampleSnapshot().generatedAt);
    expect(state.fromCache).toBe(true);
    expect(state.error).toMatch(/could not be reached/);
    expect(seen[0]).toBe(true);
  });

  it('saves once per publish, not on every reload of the same one', async () => {
    const cache = new MemoryCache();
    const t = setup(cache);
    await t.store.reload();
    await t.store.reload();
    await settle();
    expect(cache.saves).toBe(1);
    t.net.body = { ...sampleSnapshot(), generatedAt: '2026-11-20T10:00:00.000Z' };
    await t.store.reload();
    await settle();
    expect(cache.saves).toBe(2);
  });

  it('says on the stamp when no copy can be kept, keeps saying it across reloads, and clears it once one is kept', async () => {
    const cache = new MemoryCache();
    cache.refuse = true;
    const t = setup(cache);
    await t.store.reload();
    await settle();
    expect(t.store.state.cacheNote).toBe(NOT_CACHED);
    await t.store.reload();
    expect(t.store.state.cacheNote).toBe(NOT_CACHED);
    const stamp = computeStamp(t.store.state, Date.parse('2026-11-20T09:06:00Z'), 3_600_000);
    expect(stamp?.note).toBe(NOT_CACHED);
    cache.refuse = false;
    t.net.body = { ...sampleSnapshot(), generatedAt: '2026-11-20T10:00:00.000Z' };
    await t.store.reload();
    await settle();
    expect(t.store.state.cacheNote).toBeNull();
  });

  it('a cache that throws counts as no copy and not saved, never as a failed load', async () => {
    const broken: LastGoodCache = {
      read: () => Promise.reject(new Error('blocked')),
      save: () => Promise.reject(new Error('quota')),
    };
    const t = setup(broken);
    const state = await t.store.reload();
    await settle();
    expect(state.error).toBeNull();
    expect(t.store.state.cacheNote).toBe(NOT_CACHED);
  });
});
