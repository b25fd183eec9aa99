// Opening a private page from a link: each outcome of the fetch, the key and the schema, one state each.
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  base64url,
  type PrivateBundle,
  sealBundle,
  type SubtleLike,
} from '../../../shared/private';
import { openPage } from '../../../web/src/private/load';
import { MESSAGES } from '../../../web/src/private/messages';

const subtle = webcrypto.subtle as unknown as SubtleLike;
const KEY = new Uint8Array(32).fill(9);
const ID = 'c'.repeat(32);
const HASH = `#b=${ID}&k=${base64url(KEY)}`;
const BASE = 'https://team.example/board/private.html';

const PAGE: PrivateBundle = {
  schema: 'bellringer.private',
  version: 1,
  generatedAt: '2026-11-18T17:30:00.000Z',
  asOf: '2026-11-18',
  teamName: 'Summit Sales',
  currency: 'USD',
  name: 'Farah Brooks',
  target: null,
  tier: null,
  statement: null,
  coaching: null,
  training: null,
  actionPlan: null,
  badges: [],
};

const sealed = async (value: unknown) =>
  sealBundle(subtle, JSON.stringify(value), ID, KEY, new Uint8Array(12).fill(3));

function serve(body: Uint8Array | string, status = 200) {
  const asked: string[] = [];
  const fetcher = async (url: string) => {
    asked.push(url);
    return new Response(typeof body === 'string' ? body : Buffer.from(body), { status });
  };
  return { asked, fetcher };
}

describe('openPage', () => {
  it('fetches private/<id>.bin beside the page and shows the validated page', async () => {
    const { asked, fetcher } = serve(await sealed(PAGE));
    const state = await openPage(HASH, BASE, fetcher, subtle);
    expect(asked).toEqual([`https://team.example/board/private/${ID}.bin`]);
    expect(state).toEqual({ kind: 'ok', page: PAGE });
  });

  it.each([
    ['', 'no_link'],
    [`#b=${ID}`, 'no_link'],
    [`#k=${base64url(KEY)}`, 'no_link'],
  ])('reads %j as no_link without fetching anything', async (hash, kind) => {
    const { asked, fetcher } = serve('x');
    expect((await openPage(hash, BASE, fetcher, subtle)).kind).toBe(kind);
    expect(asked).toEqual([]);
  });

  it.each([
    [404, 'gone'],
    [410, 'gone'],
    [500, 'unreachable'],
    [403, 'unreachable'],
  ])('reads an answer %i as %s', async (status, kind) => {
    const { fetcher } = serve('not here', status);
    expect((await openPage(HASH, BASE, fetcher, subtle)).kind).toBe(kind);
  });

  it('reads a network failure and a web page instead of the file as unreachable', async () => {
    const down = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect((await openPage(HASH, BASE, down, subtle)).kind).toBe('unreachable');
    const { fetcher } = serve('<!doctype html><p>Single-page app fallback</p>');
    expect((await openPage(HASH, BASE, fetcher, subtle)).kind).toBe('unreachable');
  });

  it('reads a sealed file of another shape as unknown_format, never showing it', async () => {
    const { fetcher } = serve(await sealed({ ...PAGE, version: 2 }));
    expect((await openPage(HASH, BASE, fetcher, subtle)).kind).toBe('unknown_format');
  });

  it('reads another key as wrong_key and a changed byte as damaged', async () => {
    const file = await sealed(PAGE);
    const other = `#b=${ID}&k=${base64url(new Uint8Array(32).fill(1))}`;
    expect((await openPage(other, BASE, serve(file).fetcher, subtle)).kind).toBe('wrong_key');
    const changed = file.slice();
    changed[100] = (changed[100] ?? 0) ^ 1;
    expect((await openPage(HASH, BASE, serve(changed).fetcher, subtle)).kind).toBe('damaged');
  });
});

describe('openPage from the add-on web app (?data= in the link)', () => {
  const EXEC = 'https://script.google.com/macros/s/AKfy/exec';
  const PAGE_URL = `${BASE}?data=${encodeURIComponent(EXEC)}`;
  const answer = (body: unknown) => serve(JSON.stringify(body));

  it('asks the listed web app for ?bin=<id> (never the key) and opens the base64url file it answers', async () => {
    const { asked, fetcher } = answer({ bin: base64url(await sealed(PAGE)) });
    const state = await openPage(HASH, PAGE_URL, fetcher, subtle, [EXEC]);
    expect(asked).toEqual([`${EXEC}?bin=${ID}`]);
    expect(asked.join('')).not.toContain(base64url(KEY));
    expect(state).toEqual({ kind: 'ok', page: PAGE });
  });

  it("reads the web app's not_found (a rotated link) as gone", async () => {
    const { fetcher } = answer({ error: 'not_found', message: 'x' });
    expect((await openPage(HASH, PAGE_URL, fetcher, subtle, [EXEC])).kind).toBe('gone');
  });

  it('refuses a web app the site owner did not list, fetching nothing', async () => {
    const { asked, fetcher } = answer({ bin: base64url(await sealed(PAGE)) });
    expect((await openPage(HASH, PAGE_URL, fetcher, subtle, [])).kind).toBe('unreachable');
    expect(asked).toEqual([]);
  });

  it('reads an answer without a file (an old add-on, an error page) as unreachable', async () => {
    const { fetcher } = answer({ error: 'unavailable' });
    expect((await openPage(HASH, PAGE_URL, fetcher, subtle, [EXEC])).kind).toBe('unreachable');
  });
});

describe('MESSAGES', () => {
  it('gives every problem its own heading', () => {
    const headings = Object.values(MESSAGES).map(
      (m) => (m as (s: unknown) => { heading: string })({ detail: 'x' }).heading,
    );
    expect(new Set(headings).size).toBe(headings.length);
  });
});
