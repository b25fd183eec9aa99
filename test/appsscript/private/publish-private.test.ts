// Publish with private pages on, through the built bundle: keys kept in document properties, sealed files served by doGet, the links tab, the statement to the cent.
import { beforeAll, describe, expect, it } from 'vitest';
import { PAD_SIZES, parseFragment, validateBundle } from '../../../shared/private';
import { compareText } from '../../../shared/order';
import type { LoadedAddon } from '../fake/load-bundle';
import { addon, fill, WEB_APP_URL } from '../helpers';
import { linkRows, openLink, privateGrids, publishedAddon, SITE } from './helpers';

type Output = { getContent(): string };
const doGet = (a: LoadedAddon, parameter: Record<string, string>) =>
  JSON.parse((a.call('doGet', { parameter }) as Output).getContent());

describe('Publish leaderboard with private_pages', () => {
  let a: LoadedAddon;
  beforeAll(() => {
    a = publishedAddon();
  });

  it('lists one personal link per active rep in a Private Links tab: the site, the web app, and id and key in the fragment', () => {
    const rows = linkRows(a);
    const reps = a.google.spreadsheet.sheet('Reps')!.grid();
    const [id, active] = ['rep_id', 'active'].map((h) => reps[0]!.indexOf(h));
    const activeIds = reps
      .slice(1)
      .filter((r) => !['no', 'false'].includes(String(r[active!]).toLowerCase()))
      .map((r) => String(r[id!]));
    expect(rows.map((r) => r.repId)).toEqual([...activeIds].sort(compareText));
    for (const r of rows) {
      const url = new URL(r.link);
      expect(`${url.origin}${url.pathname}`).toBe(`${SITE}/private.html`);
      expect(url.searchParams.get('data')).toBe(WEB_APP_URL);
      expect(parseFragment(url.hash)).not.toBeNull();
      expect(r.status).toBe('Works now');
    }
    expect(new Set(rows.map((r) => new URL(r.link).hash)).size).toBe(rows.length);
  });

  it("opens each rep's link to that rep's own page, fetched from the web app and decrypted with the fragment's key", async () => {
    for (const r of linkRows(a)) {
      const opened = await openLink(a, r.link);
      expect(opened !== 'not_found' && opened.kind, r.repId).toBe('ok');
      if (opened === 'not_found' || opened.kind !== 'ok') continue;
      const page = validateBundle(JSON.parse(opened.json));
      expect(page?.name).toBe(r.name);
    }
  });

  it("refuses one rep's key on another rep's file", async () => {
    const [first, second] = linkRows(a);
    const mixed = `${new URL(first!.link).origin}/x#b=${parseFragment(new URL(first!.link).hash)!.id}&k=${parseFragment(new URL(second!.link).hash)!.key}`;
    const opened = await openLink(a, mixed);
    expect(opened !== 'not_found' && opened.kind).toBe('wrong_key');
  });

  it('serves each file in one of the pad sizes, and nothing for an id it did not publish or a malformed one', () => {
    const id = parseFragment(new URL(linkRows(a)[0]!.link).hash)!.id;
    const body = doGet(a, { bin: id });
    expect(PAD_SIZES).toContain(Buffer.from(body.bin, 'base64url').length);
    expect(doGet(a, { bin: 'f'.repeat(32) }).error).toBe('not_found');
    expect(doGet(a, { bin: '../main' }).error).toBe('not_found');
    // A sealed file is answered only through `bin`, never as an on-demand part.
    expect(doGet(a, { part: `private/${id}.bin` }).error).toBe('no_part');
  });

  it('keeps the keys in document properties only: not in script properties, the publish store or the snapshot', () => {
    const keys = linkRows(a).map((r) => parseFragment(new URL(r.link).hash)!.key);
    const docs = [...a.google.documentProperties.values()].join('');
    for (const k of keys) expect(docs).toContain(k);
    const served = [
      ...a.google.properties.values(),
      ...['Bellringer publish A', 'Bellringer publish B'].flatMap(
        (n) => a.google.spreadsheet.sheet(n)?.grid().flat().map(String) ?? [],
      ),
      (a.call('doGet', {}) as Output).getContent(),
    ].join('\n');
    for (const k of keys) expect(served).not.toContain(k);
  });

  it('keeps every link on the next publish (keys survive runs), with new files (a fresh IV each)', () => {
    const before = linkRows(a).map((r) => r.link);
    const id = parseFragment(new URL(before[0]!).hash)!.id;
    const firstFile = doGet(a, { bin: id }).bin;
    a.call('publishLeaderboard');
    expect(linkRows(a).map((r) => r.link)).toEqual(before);
    expect(doGet(a, { bin: id }).bin).not.toBe(firstFile);
  });

  it('says in the publish dialog how many private pages went out and where the links are', () => {
    const html = a.google.ui.dialogs.at(-1)!.output.getContent();
    expect(html).toMatch(/Published \d+ private pages, one per active rep\..*Private Links tab/);
  });
});

describe("the sidebar's rep panel", () => {
  it("offers the rep's link from the Private Links tab once published, and none before", () => {
    const a = publishedAddon();
    const [row] = linkRows(a);
    expect((a.call('getRepPanel', row!.repId) as { privateLink: string }).privateLink).toBe(
      row!.link,
    );
    const before = addon();
    fill(before.google.spreadsheet, privateGrids());
    expect((before.call('getRepPanel', row!.repId) as { privateLink: null }).privateLink).toBe(
      null,
    );
    // Opening the panel makes no key: only a publish does.
    expect([...before.google.documentProperties.keys()]).toEqual([]);
  });
});
