// The site finds a part beside its first load, loads it for the page that needs it, and merges it once per publish.
import { describe, expect, it } from 'vitest';
import { type Snapshot, splitSnapshot } from '../../../shared/snapshot';
import { partUrl, wantFor } from '../../../web/src/data/parts';
import { SnapshotStore } from '../../../web/src/data/store';
import { sampleSnapshot } from '../helpers';

describe('partUrl', () => {
  it.each([
    ['https://x.org/site/snapshot.json', 'r3', 'https://x.org/site/snapshot.parts/r3.json'],
    ['https://x.org/data.json?v=2', 'holders', 'https://x.org/data.parts/holders.json?v=2'],
    [
      'https://script.google.com/macros/s/ID/exec',
      'c0',
      'https://script.google.com/macros/s/ID/exec?part=c0',
    ],
    ['https://x.org/api?team=a', 'r1', 'https://x.org/api?team=a&part=r1'],
  ])('%s, part %s → %s', (url, key, expected) => {
    expect(partUrl(url, key)).toBe(expected);
  });
});

describe('wantFor', () => {
  it.each([
    [{ view: 'rep', id: 'R1' } as const, { kind: 'rep', id: 'R1' }],
    [{ view: 'contest', id: 'C1' } as const, { kind: 'contest', id: 'C1' }],
    [{ view: 'badges' } as const, { kind: 'holders' }],
    [{ view: 'contests' } as const, null],
    [{ view: 'leaderboard', period: null, lens: null } as const, null],
  ])('%o needs %o', (route, want) => {
    expect(wantFor(route)).toEqual(want);
  });
});

/** A split of the sample with every award before the window, so the rep page needs its part. */
function published(generatedAt: string) {
  const full: Snapshot = { ...sampleSnapshot(), generatedAt };
  return splitSnapshot(full);
}

function serve() {
  let current = published('2026-11-20T09:00:00Z');
  const asked: string[] = [];
  const store = new SnapshotStore('https://x.org/snapshot.json', {
    fetch: async (url) => {
      asked.push(url);
      if (url.endsWith('/snapshot.json')) return new Response(JSON.stringify(current.snapshot));
      const key = /parts\/([a-z0-9-]+)\.json$/.exec(url)?.[1];
      const part = current.parts.find((p) => p.key === key);
      return part ? new Response(JSON.stringify(part.part)) : new Response('', { status: 404 });
    },
    storage: null,
    now: () => 0,
    defer: (fn) => fn(),
  });
  return { store, asked, publish: (at: string) => (current = published(at)) };
}

describe('SnapshotStore parts', () => {
  const kept = new Set(published('g').snapshot.awards.map((a) => JSON.stringify(a)));
  const old = sampleSnapshot().awards.find((a) => !kept.has(JSON.stringify(a)))!;

  it('the sample has an award older than the first load keeps (so the merge is observable)', () => {
    expect(old).toBeDefined();
  });

  it('loads the rep page’s part, merges its awards, and keeps them across a reload of the same publish', async () => {
    const t = serve();
    await t.store.reload();
    expect(t.store.state.snapshot!.awards).not.toContainEqual(old);
    await t.store.want({ kind: 'rep', id: old.repId });
    expect(t.store.state.snapshot!.awards).toContainEqual(old);
    const partFetches = () => t.asked.filter((u) => u.includes('.parts/')).length;
    expect(partFetches()).toBe(1);
    await t.store.reload();
    expect(t.store.state.snapshot!.awards).toContainEqual(old);
    expect(partFetches()).toBe(1);
  });

  it('after a new publish, fetches the page’s part again for the new first load', async () => {
    const t = serve();
    await t.store.reload();
    await t.store.want({ kind: 'rep', id: old.repId });
    t.publish('2026-11-20T10:00:00Z');
    await t.store.reload();
    await new Promise((r) => setTimeout(r, 0));
    expect(t.store.state.snapshot!.generatedAt).toBe('2026-11-20T10:00:00Z');
    expect(t.store.state.snapshot!.awards).toContainEqual(old);
    expect(t.asked.filter((u) => u.includes('.parts/')).length).toBe(2);
  });

  it('never merges a part of another publish, and a missing part leaves the first load as it is', async () => {
    const t = serve();
    await t.store.reload();
    t.publish('2026-11-20T11:00:00Z'); // the server moved on; the store still holds the old first load
    await t.store.want({ kind: 'rep', id: old.repId });
    expect(t.store.state.snapshot!.awards).not.toContainEqual(old);
    await t.store.want({ kind: 'rep', id: 'nobody' });
    expect(t.store.state.error).toBeNull();
  });
});
