// A rep's private page against the manager's tabs: the statement to the cent, and no planted private value in clear anywhere the publish wrote.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../../shared/demo';
import { validateBundle } from '../../../shared/private';
import { leaks, plant } from '../../shared/privacy-plant';
import type { LoadedAddon } from '../fake/load-bundle';
import { AS_OF, isDate, shownDay } from '../helpers';
import { linkRows, openLink, privateGrids, publishedAddon } from './helpers';

type Output = { getContent(): string };
const cents = (n: unknown) => Math.round(Number(n) * 100);

async function pages(a: LoadedAddon) {
  const out = [];
  for (const r of linkRows(a)) {
    const opened = await openLink(a, r.link);
    if (opened === 'not_found' || opened.kind !== 'ok') throw new Error(`${r.repId} did not open`);
    out.push({ repId: r.repId, page: validateBundle(JSON.parse(opened.json))! });
  }
  return out;
}

describe("a rep's private page published by the add-on", () => {
  it('shows the same statement as the Commissions tab: every period, total to the cent, the same explanation', async () => {
    const a = publishedAddon();
    a.call('recalculateNow');
    const grid = a.google.spreadsheet.sheet('Commissions')!.grid();
    const h = (name: string) => grid[0]!.indexOf(name);
    const day = (v: unknown) => (isDate(v) ? shownDay(v) : String(v));
    let periods = 0;
    for (const { repId, page } of await pages(a)) {
      const rows = grid.slice(1).filter((r) => r[h('rep_id')] === repId);
      expect(page.statement?.periods.length, repId).toBe(rows.length);
      for (const p of page.statement?.periods ?? []) {
        const row = rows.find(
          (r) => day(r[h('period_start')]) === p.start && r[h('status')] === p.status,
        );
        expect(row, `${repId} ${p.start}`).toBeDefined();
        expect(cents(p.total)).toBe(cents(row![h('total')]));
        expect(p.explanation).toBe(String(row![grid[0]!.length - 1]).replace(/^'/, ''));
        periods++;
      }
    }
    expect(periods).toBeGreaterThan(3);
  });
});

/** Every text a publish left where anyone but the manager could read it, unpacked. */
function publishedTexts(a: LoadedAddon): string {
  const texts: string[] = [...a.google.properties.values()];
  for (const name of ['Bellringer publish A', 'Bellringer publish B']) {
    for (const row of a.google.spreadsheet.sheet(name)?.grid().slice(1) ?? []) {
      const packed = row.slice(2, 2 + Number(row[1])).join('');
      if (packed !== '') texts.push(gunzipSync(Buffer.from(packed, 'base64')).toString('utf8'));
    }
  }
  texts.push((a.call('doGet', {}) as Output).getContent());
  for (const d of a.google.ui.dialogs) texts.push(d.output.getContent());
  return texts.join('\n');
}

describe('the add-on publish with private pages on, searched for planted private values', () => {
  it('holds none of them in clear: not the snapshot, its parts, the sealed files or the dialog', async () => {
    const planted = plant(generateDemoWorkbook({ seed: 11, asOf: AS_OF }), 'p');
    const a = publishedAddon(privateGrids(planted.grids));
    const published = publishedTexts(a);
    expect(linkRows(a).length).toBeGreaterThan(3);
    expect(leaks(planted, published, true)).toEqual([]);
    // The control: the same values are in the pages, so the search would see them in clear.
    const clear = (await pages(a)).map((p) => JSON.stringify(p.page)).join('\n');
    expect(planted.texts.filter((t) => clear.includes(t)).length).toBeGreaterThan(20);
  });
});
