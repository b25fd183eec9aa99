// doGet serves a first load kept in the hidden publish sheet from the script cache: no property or sheet read per request, split under Google's limits, switched whole on publish.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { doGet } from '../../appsscript/src/handlers/web-app';
import { sheetFirstLoad } from '../../appsscript/src/publish/first-load-cache';
import { storePublication } from '../../appsscript/src/publish/publication';
import { splitSnapshot } from '../../shared/snapshot';
import { makeSnapshot } from '../web/fixtures/make-snapshot';
import { CACHE_KEY_LIMIT, CACHE_VALUE_LIMIT } from './fake/cache';
import { createFakeGoogle, type FakeGoogle } from './fake/runtime';

type Output = { getContent(): string };

let google: FakeGoogle;
beforeEach(() => {
  google = createFakeGoogle();
  for (const [name, value] of Object.entries(google.globals)) vi.stubGlobal(name, value);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * Script properties already holding about 320 kB of other values, so a 600-rep first load (about
 * 210 kB gzip base64, three cache values) does not fit beside them and goes to the sheet, as a
 * first load past ~450 reps does in an empty store (docs/scale.md).
 */
function crowdProperties(): void {
  const props = PropertiesService.getScriptProperties();
  for (let i = 0; i < 40; i++) props.setProperty(`other.${i}`, 'x'.repeat(8000));
}

const BIG = makeSnapshot(600, { generatedAt: '2026-11-18T17:00:00.000Z' });
const FIRST = JSON.parse(JSON.stringify(splitSnapshot(BIG).snapshot));

/** Calls doGet and counts the calls it made, by service. */
function get(parameter: Record<string, string> = {}) {
  const before = google.recorder.calls.length;
  const body = JSON.parse((doGet({ parameter }) as unknown as Output).getContent());
  const calls = google.recorder.calls.slice(before);
  const count = (services: readonly string[], method = /./) =>
    calls.filter((c) => services.includes(c.service) && method.test(c.method)).length;
  return {
    body,
    /** Script property reads: a daily quota (https://developers.google.com/apps-script/guides/services/quotas). */
    properties: count(['PropertiesService'], /^get(Property|Properties|Keys)$/),
    sheet: count(['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range']),
    /** Reads of cached values (getScriptCache itself fetches nothing). */
    cache: count(['CacheService'], /^get(All)?$/),
  };
}

function publishBig(at = '2026-11-18T17:05:00Z', snapshot = BIG) {
  crowdProperties();
  const stored = storePublication(snapshot, at, 1000);
  expect(stored.mainInSheet).toBe(true);
}

describe('doGet when the first load is in the hidden publish sheet', () => {
  it('serves every request from the script cache: no script property, no sheet, four cache calls', () => {
    publishBig();
    for (let i = 0; i < 5; i++) {
      const r = get();
      expect(r.body).toEqual(FIRST);
      expect([r.properties, r.sheet, r.cache]).toEqual([0, 0, 4]);
    }
    const v = get({ version: '' });
    expect(v.body).toEqual({ version: BIG.generatedAt });
    expect([v.properties, v.sheet]).toEqual([0, 0]);
  }, 60_000);

  it('keeps the copy in several values within Google’s key and value limits', () => {
    publishBig();
    const copy = [...google.cache.entries].filter(([k]) => k.startsWith('first.'));
    expect(copy.length).toBeGreaterThan(2);
    for (const [k, e] of copy) {
      expect(k.length).toBeLessThanOrEqual(CACHE_KEY_LIMIT);
      expect(e.value.length).toBeLessThanOrEqual(CACHE_VALUE_LIMIT);
    }
  }, 60_000);

  it('when Google drops the cache, one request reads the store and the sheet; the next ones neither', () => {
    publishBig();
    google.cache.evictAll();
    const first = get();
    expect(first.body).toEqual(FIRST);
    expect(first.properties).toBe(2);
    expect(first.sheet).toBeGreaterThan(0);
    const next = get();
    expect([next.properties, next.sheet]).toEqual([0, 0]);
    expect(next.body).toEqual(FIRST);
  }, 60_000);

  it('the publish’s copy lasts 6 hours, then the sheet is read once and cached again', () => {
    publishBig();
    google.cache.advanceSeconds(6 * 3600 - 1);
    expect(get().sheet).toBe(0);
    google.cache.advanceSeconds(1);
    const late = get();
    expect(late.body).toEqual(FIRST);
    expect(late.sheet).toBeGreaterThan(0);
    expect(get().sheet).toBe(0);
  }, 60_000);

  it('a new publish is served on the next request, whether it lands in the sheet or in script properties', () => {
    publishBig();
    expect(get().body.generatedAt).toBe(BIG.generatedAt);
    const next = makeSnapshot(600, { generatedAt: '2026-11-19T17:00:00.000Z', seed: 7 });
    publishBig('2026-11-19T17:05:00Z', next);
    const r = get();
    expect(r.body).toEqual(JSON.parse(JSON.stringify(splitSnapshot(next).snapshot)));
    expect([r.properties, r.sheet]).toEqual([0, 0]);
    // The others leave script properties: a small team's first load fits there again.
    const props = PropertiesService.getScriptProperties();
    for (let i = 0; i < 40; i++) props.deleteProperty(`other.${i}`);
    const small = makeSnapshot(20, { generatedAt: '2026-11-20T17:00:00.000Z' });
    expect(storePublication(small, '2026-11-20T17:05:00Z', 1000).mainInSheet).toBe(false);
    expect(get().body).toEqual(JSON.parse(JSON.stringify(splitSnapshot(small).snapshot)));
  }, 120_000);

  it('never caches under a publish’s name what a later publish wrote into the same sheet', () => {
    publishBig('2026-11-18T17:05:00Z');
    const old = JSON.parse(
      PropertiesService.getScriptProperties().getProperty('publication.sheet')!,
    );
    // Two more publishes: the third writes the same sheet as the first.
    for (const day of ['19', '20']) {
      const s = makeSnapshot(600, {
        generatedAt: `2026-11-${day}T17:00:00.000Z`,
        seed: Number(day),
      });
      publishBig(`2026-11-${day}T17:05:00Z`, s);
    }
    google.cache.evictAll();
    // A request that read the first publish's pointer before the others finished.
    expect(JSON.parse(sheetFirstLoad(old)!).generatedAt).toBe('2026-11-20T17:00:00.000Z');
    expect([...google.cache.entries.keys()].filter((k) => k.startsWith('first.'))).toEqual([]);
  }, 120_000);
});
