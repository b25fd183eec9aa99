// doGet serves from the script cache: no script property read on most requests, a new publish at once, ?version.
import { describe, expect, it } from 'vitest';
import { addon, demoGrids, fill } from './helpers';

type Output = { getContent(): string };

function published() {
  const a = addon();
  fill(a.google.spreadsheet, demoGrids());
  a.call('publishLeaderboard');
  return a;
}

/** Calls doGet and counts the script-property reads it made. */
function get(a: ReturnType<typeof addon>, parameter: Record<string, string> = {}) {
  const before = a.google.recorder.calls.length;
  const body = JSON.parse((a.call('doGet', { parameter }) as Output).getContent());
  const reads = a.google.recorder.calls
    .slice(before)
    .filter(
      (c) => c.service === 'PropertiesService' && /^get(Property|Properties|Keys)$/.test(c.method),
    ).length;
  return { body, reads };
}

describe('doGet with the script cache', () => {
  it('after a publish serves the snapshot without reading any script property', () => {
    const a = published();
    for (let i = 0; i < 5; i++) {
      const { body, reads } = get(a);
      expect(body).toHaveProperty('version');
      expect(reads).toBe(0);
    }
  });

  it('when Google drops the cache, reads the store once and serves the next requests from the cache again', () => {
    const a = published();
    a.google.cache.evictAll();
    const first = get(a);
    expect(first.body).toHaveProperty('version');
    expect(first.reads).toBe(1);
    expect(get(a).reads).toBe(0);
  });

  it('a pointer copied from the store by a request lives one minute: at most one store read a minute', () => {
    const a = published();
    a.google.cache.evictAll();
    get(a);
    a.google.cache.advanceSeconds(59);
    expect(get(a).reads).toBe(0);
    a.google.cache.advanceSeconds(1);
    // One store read (getProperties holds the pointer and the chunks), then cached again.
    expect(get(a).reads).toBe(1);
    expect(get(a).reads).toBe(0);
  });

  it('the copy a publish writes expires after 6 hours, then the store answers', () => {
    const a = published();
    a.google.cache.advanceSeconds(6 * 3600 - 1);
    expect(get(a).reads).toBe(0);
    a.google.cache.advanceSeconds(1);
    const late = get(a);
    expect(late.body).toHaveProperty('version');
    expect(late.reads).toBeGreaterThan(0);
  });

  it('a new publish is served on the next request, not the cached old one', () => {
    const a = published();
    const v1 = get(a, { version: '' }).body.version as string;
    a.call('publishLeaderboard');
    const v2 = get(a, { version: '' });
    expect(v2.body.version).not.toBe(v1);
    expect(v2.reads).toBe(0);
  });

  it('?version answers only the version, a few bytes, and the same one until the next publish', () => {
    const a = published();
    const out = (a.call('doGet', { parameter: { version: '' } }) as Output).getContent();
    expect(out.length).toBeLessThan(100);
    expect(Object.keys(JSON.parse(out))).toEqual(['version']);
    expect(get(a, { version: '' }).body).toEqual(JSON.parse(out));
  });

  it('?version before any publish answers not_published', () => {
    const a = addon();
    expect(get(a, { version: '' }).body.error).toBe('not_published');
  });
});
