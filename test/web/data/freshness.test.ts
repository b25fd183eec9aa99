// Polling an unchanged snapshot downloads nothing new: HTTP revalidation on a static host, ?version on the add-on's web app.
import { describe, expect, it } from 'vitest';
import { FreshnessMemo, isAppsScriptWebApp, versionUrl } from '../../../web/src/data/freshness';
import { type LoadResult, loadSnapshot } from '../../../web/src/data/load';
import { sampleSnapshot } from '../helpers';

type Loaded = Extract<LoadResult, { ok: true }>;
const body = JSON.stringify(sampleSnapshot());

/** A fetch that answers from a script of responses and records what was asked. */
function scripted(answers: ((url: string, init?: RequestInit) => Response)[]) {
  const asked: { url: string; cache: RequestCache | undefined }[] = [];
  const fetchFn = async (url: string, init?: RequestInit) => {
    asked.push({ url, cache: init?.cache });
    const next = answers.shift();
    if (!next) throw new Error(`unexpected request ${url}`);
    return next(url, init);
  };
  return { asked, fetchFn };
}

const ok =
  (headers: Record<string, string> = {}, text = body) =>
  () =>
    new Response(text, { status: 200, headers });
/** A 200 whose body must not be read (the copy already parsed). */
const unreadable = (headers: Record<string, string>) => () => {
  const r = new Response('{"this body": "must not be read"}', { status: 200, headers });
  Object.defineProperty(r, 'text', { value: () => Promise.reject(new Error('body read')) });
  return r;
};

describe('a static host', () => {
  it('is asked to revalidate after the first load, and a 304 is the same snapshot, unchanged', async () => {
    const memo = new FreshnessMemo<Loaded>();
    const { asked, fetchFn } = scripted([
      ok({ etag: '"a"' }),
      () => new Response(null, { status: 304 }),
    ]);
    const first = await loadSnapshot('s.json', fetchFn, 1000, undefined, memo);
    const second = await loadSnapshot('s.json', fetchFn, 1000, undefined, memo);
    expect(asked.map((a) => a.cache)).toEqual(['no-cache', 'no-cache']);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.unchanged).toBe(true);
    expect(second.snapshot).toBe(first.snapshot);
  });

  it.each([
    ['the same ETag', { etag: '"a"' }, { etag: '"a"' }],
    [
      'the same Last-Modified',
      { 'last-modified': 'Thu, 26 Nov 2026 15:00:00 GMT' },
      { 'last-modified': 'Thu, 26 Nov 2026 15:00:00 GMT' },
    ],
  ])("a 200 with %s (the browser's cached copy) is not read or parsed again", async (_, h1, h2) => {
    const memo = new FreshnessMemo<Loaded>();
    const { fetchFn } = scripted([ok(h1), unreadable(h2)]);
    await loadSnapshot('s.json', fetchFn, 1000, undefined, memo);
    const second = await loadSnapshot('s.json', fetchFn, 1000, undefined, memo);
    expect(second).toMatchObject({ ok: true, unchanged: true });
  });

  it('a new ETag is a new snapshot: downloaded and parsed', async () => {
    const memo = new FreshnessMemo<Loaded>();
    const next = JSON.stringify({ ...sampleSnapshot(), generatedAt: '2026-11-26T16:00:00.000Z' });
    const { fetchFn } = scripted([ok({ etag: '"a"' }), ok({ etag: '"b"' }, next)]);
    await loadSnapshot('s.json', fetchFn, 1000, undefined, memo);
    const second = await loadSnapshot('s.json', fetchFn, 1000, undefined, memo);
    expect(second.ok && second.unchanged).toBeFalsy();
    expect(second.ok && second.snapshot.generatedAt).toBe('2026-11-26T16:00:00.000Z');
  });

  it('control: without validators every answer is parsed', async () => {
    const memo = new FreshnessMemo<Loaded>();
    const { fetchFn } = scripted([ok(), ok()]);
    await loadSnapshot('s.json', fetchFn, 1000, undefined, memo);
    const second = await loadSnapshot('s.json', fetchFn, 1000, undefined, memo);
    expect(second.ok && second.unchanged).toBeFalsy();
  });
});

describe("the add-on's web app", () => {
  const EXEC = 'https://script.google.com/macros/s/ABC/exec';
  const version = (v: string) => () => new Response(JSON.stringify({ version: v }));

  it('is asked ?version first; the same version downloads nothing more', async () => {
    const memo = new FreshnessMemo<Loaded>();
    const { asked, fetchFn } = scripted([version('1@t1'), ok(), version('1@t1')]);
    const first = await loadSnapshot(EXEC, fetchFn, 1000, undefined, memo);
    const second = await loadSnapshot(EXEC, fetchFn, 1000, undefined, memo);
    expect(asked.map((a) => a.url)).toEqual([versionUrl(EXEC), EXEC, versionUrl(EXEC)]);
    expect(second).toMatchObject({ ok: true, unchanged: true });
    expect(first.ok && second.ok && second.snapshot === first.snapshot).toBe(true);
  });

  it('a new version (a publish) downloads the snapshot again', async () => {
    const memo = new FreshnessMemo<Loaded>();
    const { asked, fetchFn } = scripted([version('1@t1'), ok(), version('2@t2'), ok()]);
    await loadSnapshot(EXEC, fetchFn, 1000, undefined, memo);
    const second = await loadSnapshot(EXEC, fetchFn, 1000, undefined, memo);
    expect(asked).toHaveLength(4);
    expect(second.ok && second.unchanged).toBeFalsy();
  });

  it('an older add-on that answers ?version with the whole snapshot is read whole each time', async () => {
    const memo = new FreshnessMemo<Loaded>();
    const { asked, fetchFn } = scripted([ok(), ok(), ok(), ok()]);
    await loadSnapshot(EXEC, fetchFn, 1000, undefined, memo);
    const second = await loadSnapshot(EXEC, fetchFn, 1000, undefined, memo);
    expect(asked).toHaveLength(4);
    expect(second.ok).toBe(true);
  });
});

describe('isAppsScriptWebApp', () => {
  it.each([
    ['https://script.google.com/macros/s/ABC/exec', true],
    ['https://script.google.com/a/macros/example.com/s/ABC/exec', true],
    ['https://script.google.com/macros/s/ABC/dev', false],
    ['https://example.org/macros/s/ABC/exec', false],
    ['snapshot.json', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppsScriptWebApp(url)).toBe(expected);
  });
});
