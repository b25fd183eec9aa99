// The web-app store: the snapshot switched in whole, in two copies when they fit and in place when not.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  loadSnapshot,
  POINTER_KEY,
  PUBLISHING_BODY,
  storeSnapshot,
} from '../../appsscript/src/publish/snapshot-store';
import { createFakeGoogle, type FakeGoogle } from './fake/runtime';
import { PROPERTY_STORE_LIMIT, PROPERTY_VALUE_LIMIT } from './fake/properties';

/** JSON that gzip cannot shrink much: `chars` pseudo-random letters, so sizes are predictable. */
function noisy(tag: string, chars: number): string {
  const abc = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/';
  let x = 0x9e3779b9 ^ tag.length;
  const out: string[] = [];
  for (let i = 0; i < chars; i++) {
    // xorshift32: every bit is random enough that gzip keeps about 6 bits per letter.
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out.push(abc[(x >>> 8) & 63]!);
  }
  return JSON.stringify({ tag, s: out.join('') });
}

let google: FakeGoogle;
/** What loadSnapshot answered after each write or delete of the publish under test. */
let seen: string[];
let failNextSetProperties = false;

function watch(labels: ReadonlyMap<string, string>) {
  const props = (
    google.globals.PropertiesService as {
      getScriptProperties(): GoogleAppsScript.Properties.Properties;
    }
  ).getScriptProperties();
  let reading = false;
  const observe = () => {
    if (reading) return;
    reading = true;
    const body = loadSnapshot()?.json ?? 'none';
    reading = false;
    seen.push(labels.get(body) ?? (body === PUBLISHING_BODY ? 'publishing' : 'other'));
  };
  const wrapped = {
    getProperty: (k: string) => props.getProperty(k),
    getProperties: () => props.getProperties(),
    setProperty: (k: string, v: string) => {
      props.setProperty(k, v);
      observe();
      return wrapped;
    },
    setProperties: (values: Record<string, string>) => {
      if (failNextSetProperties) {
        failNextSetProperties = false;
        throw new Error('Exception: Service unavailable');
      }
      props.setProperties(values);
      observe();
      return wrapped;
    },
    deleteProperty: (k: string) => {
      props.deleteProperty(k);
      observe();
      return wrapped;
    },
  };
  vi.stubGlobal('PropertiesService', { getScriptProperties: () => wrapped });
}

function storeSize(): number {
  let total = 0;
  for (const [k, v] of google.properties) {
    expect(k.length + v.length).toBeLessThanOrEqual(PROPERTY_VALUE_LIMIT);
    total += k.length + v.length;
  }
  return total;
}

function snapshotKeys(): string[] {
  return [...google.properties.keys()].filter(
    (k) => k.startsWith('snapshot.') && k !== POINTER_KEY,
  );
}

beforeEach(() => {
  google = createFakeGoogle();
  seen = [];
  failNextSetProperties = false;
  vi.stubGlobal('Utilities', google.globals.Utilities);
  vi.stubGlobal('PropertiesService', google.globals.PropertiesService);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('storeSnapshot', () => {
  it.each([
    ['small copies, both fitting at once', 20_000, 30_000, ['old', 'new', 'new']],
    [
      'large copies, only one fitting at a time',
      280_000,
      300_000,
      ['publishing', 'publishing', 'new'],
    ],
  ])(
    'switches in %s: doGet reads the old, "publishing" or the new snapshot, never a part',
    (_what, a, b, states) => {
      const old = noisy('old', a);
      const next = noisy('new', b);
      storeSnapshot(old, '2026-11-25T10:00:00Z');
      watch(
        new Map([
          [old, 'old'],
          [next, 'new'],
        ]),
      );
      storeSnapshot(next, '2026-11-26T10:00:00Z');
      // Consecutive repeats collapsed: the readers' view moves forward only.
      const steps = seen.filter((s, i) => s !== seen[i - 1]);
      expect(steps).toEqual(states.filter((s, i) => s !== states[i - 1]));
      expect(seen).not.toContain('other');
      expect(seen).not.toContain('none');
      expect(loadSnapshot()).toEqual({ json: next, publishedAt: '2026-11-26T10:00:00Z' });
      expect(snapshotKeys().every((k) => k.startsWith('snapshot.2.'))).toBe(true);
      expect(storeSize()).toBeLessThanOrEqual(PROPERTY_STORE_LIMIT);
    },
  );

  it('keeps no gap when both copies fit', () => {
    const old = noisy('old', 20_000);
    const next = noisy('new', 30_000);
    storeSnapshot(old, 't1');
    watch(
      new Map([
        [old, 'old'],
        [next, 'new'],
      ]),
    );
    storeSnapshot(next, 't2');
    expect(seen).not.toContain('publishing');
  });

  it('refuses a snapshot larger than the whole store, and keeps serving the old one', () => {
    const old = noisy('old', 10_000);
    storeSnapshot(old, 't1');
    expect(() => storeSnapshot(noisy('huge', 600_000), 't2')).toThrow(/too large to publish/);
    expect(loadSnapshot()?.json).toBe(old);
  });

  it('leaves other settings alone and counts them against the room', () => {
    google.properties.set('setting.other', 'x'.repeat(8000));
    storeSnapshot(noisy('one', 200_000), 't1');
    storeSnapshot(noisy('two', 200_000), 't2');
    expect(google.properties.get('setting.other')).toBe('x'.repeat(8000));
    expect(loadSnapshot()?.json).toBe(noisy('two', 200_000));
  });

  it('clears the chunks of an interrupted publish', () => {
    google.properties.set(
      POINTER_KEY,
      JSON.stringify({ publishing: true, generation: 7, publishedAt: 't0' }),
    );
    google.properties.set('snapshot.7.0', 'half');
    google.properties.set('snapshot.6.3', 'stale');
    expect(loadSnapshot()?.json).toBe(PUBLISHING_BODY);
    storeSnapshot(noisy('new', 1000), 't1');
    expect(snapshotKeys()).toEqual(['snapshot.8.0']);
    expect(loadSnapshot()?.json).toBe(noisy('new', 1000));
  });

  it('says "not published" rather than "publishing" when the in-place write fails', () => {
    storeSnapshot(noisy('old', 280_000), 't1');
    watch(new Map());
    failNextSetProperties = true;
    expect(() => storeSnapshot(noisy('new', 300_000), 't2')).toThrow(/Service unavailable/);
    expect(loadSnapshot()).toBeNull();
    expect(snapshotKeys()).toEqual([]);
  });
});

describe('loadSnapshot', () => {
  it('is null before the first publish', () => {
    expect(loadSnapshot()).toBeNull();
  });

  it('reads a pointer written before the in-place path existed', () => {
    storeSnapshot(noisy('one', 100), 't1');
    const pointer = JSON.parse(google.properties.get(POINTER_KEY)!);
    expect(Object.keys(pointer).sort()).toEqual(['bytes', 'chunks', 'generation', 'publishedAt']);
    expect(loadSnapshot()?.json).toBe(noisy('one', 100));
  });
});
