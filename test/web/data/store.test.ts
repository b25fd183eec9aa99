// The snapshot store keeps the last good data on failure, caches it for offline reloads, and recovers.
import { describe, expect, it } from 'vitest';
import { cacheKey, readLastGood } from '../../../web/src/data/cache';
import { computeStamp } from '../../../web/src/data/staleness';
import { SnapshotStore } from '../../../web/src/data/store';
import { sampleSnapshot } from '../helpers';

class MemoryStorage {
  map = new Map<string, string>();
  writes = 0;
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.writes++;
    this.map.set(k, v);
  }
}

function setup(storage = new MemoryStorage()) {
  let mode: 'ok' | 'fail' = 'ok';
  let body: unknown = sampleSnapshot();
  let now = Date.parse('2026-11-20T09:05:00Z');
  const store = new SnapshotStore('u', {
    fetch: async () => {
      if (mode === 'fail') throw new TypeError('offline');
      return new Response(JSON.stringify(body));
    },
    storage: storage as unknown as Storage,
    now: () => now,
    defer: (fn) => fn(),
  });
  return {
    store,
    storage,
    setMode: (m: 'ok' | 'fail') => (mode = m),
    setBody: (b: unknown) => (body = b),
    advance: (ms: number) => (now += ms),
    now: () => now,
  };
}

describe('SnapshotStore', () => {
  it('keeps the last good snapshot when a reload fails, with the reason, then recovers', async () => {
    const t = setup();
    const first = await t.store.reload();
    expect(first.error).toBeNull();
    t.setMode('fail');
    const failed = await t.store.reload();
    expect(failed.snapshot).toBe(first.snapshot);
    expect(failed.error).toMatch(/could not be reached/);
    t.setMode('ok');
    const back = await t.store.reload();
    expect(back.error).toBeNull();
  });

  it('a wrong-version answer does not replace good data', async () => {
    const t = setup();
    const good = await t.store.reload();
    t.setBody({ ...sampleSnapshot(), version: 7 });
    const after = await t.store.reload();
    expect(after.snapshot).toBe(good.snapshot);
    expect(after.error).toMatch(/version 7/);
  });

  it('an add-on republishing keeps the last good data as a transient failure, then recovers', async () => {
    const t = setup();
    const good = await t.store.reload();
    t.setBody({ error: 'publishing', message: 'A new leaderboard is being published right now.' });
    const busy = await t.store.reload();
    expect(busy.snapshot).toBe(good.snapshot);
    expect(busy.error).toBe('The leaderboard is being republished; trying again shortly.');
    expect(busy.transient).toBe(true);
    t.setBody(sampleSnapshot());
    const back = await t.store.reload();
    expect(back).toMatchObject({ error: null, transient: false });
  });

  it('any other failure is not transient', async () => {
    const t = setup();
    await t.store.reload();
    t.setBody({ error: 'not_published', message: 'No leaderboard has been published yet.' });
    const failed = await t.store.reload();
    expect(failed).toMatchObject({
      error: 'No leaderboard has been published yet.',
      transient: false,
    });
  });

  it('a new page with no network starts from the cached last good snapshot', async () => {
    const t = setup();
    await t.store.reload();
    const offline = setup(t.storage);
    offline.setMode('fail');
    expect(offline.store.state.snapshot?.generatedAt).toBe('2026-11-20T09:00:00.000Z');
    expect(offline.store.state.fromCache).toBe(true);
    const state = await offline.store.reload();
    expect(state.snapshot).not.toBeNull();
    expect(state.error).not.toBeNull();
  });

  it('does not rewrite the cache when the snapshot has not changed', async () => {
    const t = setup();
    await t.store.reload();
    await t.store.reload();
    await t.store.reload();
    expect(t.storage.writes).toBe(1);
    t.setBody({ ...sampleSnapshot(), generatedAt: '2026-11-20T10:00:00.000Z' });
    await t.store.reload();
    expect(t.storage.writes).toBe(2);
  });

  it('joins concurrent reloads into one request', async () => {
    const t = setup();
    const [a, b] = await Promise.all([t.store.reload(), t.store.reload()]);
    expect(a).toBe(b);
  });

  it('ignores a corrupted cache entry', () => {
    const storage = new MemoryStorage();
    storage.setItem(cacheKey('u'), '{not json');
    expect(readLastGood(storage as unknown as Storage, 'u')).toBeNull();
    storage.setItem(cacheKey('u'), JSON.stringify({ receivedAt: 1, snapshot: { schema: 'x' } }));
    expect(readLastGood(storage as unknown as Storage, 'u')).toBeNull();
  });

  it.each([
    // offered generatedAt, kept (the one shown stays when the offer is older)
    ['2026-11-20T08:59:59.000Z', 'refused', '2026-11-20T09:00:00.000Z'],
    ['2026-11-20T09:00:00.000Z', 'accepted', '2026-11-20T09:00:00.000Z'],
    ['2026-11-20T10:00:00.000Z', 'accepted', '2026-11-20T10:00:00.000Z'],
  ])('a snapshot generated at %s after one of 09:00 is %s', async (offered, verdict, shown) => {
    const t = setup();
    await t.store.reload();
    t.setBody({ ...sampleSnapshot(), generatedAt: offered });
    const after = await t.store.reload();
    expect(after.snapshot?.generatedAt).toBe(shown);
    expect(after.refusedOlder ?? null).toBe(verdict === 'refused' ? offered : null);
    expect(after.error).toBeNull();
  });

  it('refuses an older snapshot than the cached one it starts from, and keeps the cache', async () => {
    const storage = new MemoryStorage();
    const first = setup(storage);
    first.setBody({ ...sampleSnapshot(), generatedAt: '2026-11-20T10:00:00.000Z' });
    await first.store.reload();
    const second = setup(storage);
    expect(second.store.state.snapshot?.generatedAt).toBe('2026-11-20T10:00:00.000Z');
    const after = await second.store.reload();
    expect(after.snapshot?.generatedAt).toBe('2026-11-20T10:00:00.000Z');
    expect(after.refusedOlder).toBe('2026-11-20T09:00:00.000Z');
    expect(readLastGood(storage as unknown as Storage, 'u')?.snapshot.generatedAt).toBe(
      '2026-11-20T10:00:00.000Z',
    );
  });

  it('notifies listeners with the previous snapshot', async () => {
    const t = setup();
    const seen: (string | null)[] = [];
    t.store.subscribe((_, prev) => seen.push(prev?.generatedAt ?? null));
    await t.store.reload();
    await t.store.reload();
    expect(seen).toEqual([null, '2026-11-20T09:00:00.000Z']);
  });
});

describe('computeStamp', () => {
  const snapshot = sampleSnapshot();
  const generated = Date.parse(snapshot.generatedAt);
  const base = { snapshot, receivedAt: generated, error: null, fromCache: false, loading: false };

  it('is fresh and counts minutes since the snapshot was generated', () => {
    expect(computeStamp(base, generated + 7 * 60_000, 3_600_000)).toMatchObject({
      ageMinutes: 7,
      stale: false,
      warning: null,
    });
  });
  it('warns when older than the stale limit', () => {
    expect(computeStamp(base, generated + 2 * 3_600_000, 3_600_000)?.stale).toBe(true);
  });
  it('warns while the source is failing, whatever the age', () => {
    const s = computeStamp(
      { ...base, error: 'The data source could not be reached (u).' },
      generated + 60_000,
      3_600_000,
    );
    expect(s?.stale).toBe(true);
    expect(s?.warning).toMatch(/last good data: The data source could not be reached/);
  });
  it('a republish is a calm note, not a warning, while the data is fresh', () => {
    const busy = {
      ...base,
      error: 'The leaderboard is being republished; trying again shortly.',
      transient: true,
    };
    const s = computeStamp(busy, generated + 60_000, 3_600_000);
    expect(s).toMatchObject({ stale: false, warning: null, note: busy.error });
  });
  it('a republish that outlasts the stale limit warns like any failure', () => {
    const busy = {
      ...base,
      error: 'The leaderboard is being republished; trying again shortly.',
      transient: true,
    };
    const s = computeStamp(busy, generated + 2 * 3_600_000, 3_600_000);
    expect(s?.stale).toBe(true);
    expect(s?.warning).toMatch(/last good data: The leaderboard is being republished/);
    expect(s?.note).toBeNull();
  });
  it('is absent without data', () => {
    expect(computeStamp({ ...base, snapshot: null }, 0, 1)).toBeNull();
  });
});
