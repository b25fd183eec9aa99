// The fake CacheService keeps Google's limits: 250-character keys, 100 KB values, 6-hour expiry, 1,000 items.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CACHE_ITEM_LIMIT,
  CACHE_MAX_EXPIRY_SECONDS,
  CACHE_VALUE_LIMIT,
  createCacheService,
  FakeCacheState,
} from './fake/cache';
import { Recorder } from './fake/recorder';

let state: FakeCacheState;
let cache: ReturnType<ReturnType<typeof createCacheService>['getScriptCache']>;
beforeEach(() => {
  state = new FakeCacheState(0);
  cache = createCacheService(new Recorder(), state).getScriptCache();
});

describe('fake script cache', () => {
  it('keeps a value until its expiry, then answers null', () => {
    cache.put('k', 'v', 60);
    state.advanceSeconds(59);
    expect(cache.get('k')).toBe('v');
    state.advanceSeconds(1);
    expect(cache.get('k')).toBeNull();
  });

  it('expires a value put without an expiry after 10 minutes', () => {
    cache.put('k', 'v');
    state.advanceSeconds(599);
    expect(cache.get('k')).toBe('v');
    state.advanceSeconds(1);
    expect(cache.get('k')).toBeNull();
  });

  it.each([
    ['a value of 100 KB', 'x'.repeat(CACHE_VALUE_LIMIT), 60, null],
    ['a value over 100 KB', 'x'.repeat(CACHE_VALUE_LIMIT + 1), 60, /too large: value/],
    [
      'a value over 100 KB in bytes (UTF-8), under it in characters',
      'é'.repeat(60_000),
      60,
      /too large: value/,
    ],
    ['an expiry of 6 hours', 'v', CACHE_MAX_EXPIRY_SECONDS, null],
    ['an expiry over 6 hours', 'v', CACHE_MAX_EXPIRY_SECONDS + 1, /expirationInSeconds/],
  ])('put with %s', (_what, value, seconds, error) => {
    if (error) expect(() => cache.put('k', value, seconds)).toThrow(error);
    else expect(() => cache.put('k', value, seconds)).not.toThrow();
  });

  it('refuses a key over 250 characters', () => {
    expect(() => cache.put('k'.repeat(251), 'v', 60)).toThrow(/too large: key/);
  });

  it('putAll stores nothing when one value is over the limit', () => {
    expect(() => cache.putAll({ a: 'ok', b: 'x'.repeat(CACHE_VALUE_LIMIT + 1) }, 60)).toThrow();
    expect(cache.getAll(['a', 'b'])).toEqual({});
  });

  it('holds at most 1,000 items: the oldest go first', () => {
    for (let i = 0; i <= CACHE_ITEM_LIMIT; i++) cache.put(`k${i}`, 'v', 600);
    expect(cache.get('k0')).toBeNull();
    expect(cache.get(`k${CACHE_ITEM_LIMIT}`)).toBe('v');
  });
});
