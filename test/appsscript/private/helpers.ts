// Shared set-up for the add-on's private-page tests: a workbook with pages on, its links tab, and opening a link through doGet.
import { webcrypto } from 'node:crypto';
import {
  fromBase64url,
  type Opened,
  openBundle,
  parseFragment,
  type SubtleLike,
} from '../../../shared/private';
import type { WorkbookGrids } from '../../../shared/workbook';
import type { LoadedAddon } from '../fake/load-bundle';
import { addon, demoGrids, fill } from '../helpers';

export const SITE = 'https://team.example.org/board';
export const subtle = webcrypto.subtle as unknown as SubtleLike;

export function withSettings(grids: WorkbookGrids, values: Record<string, string>): WorkbookGrids {
  const rows = (grids.Settings ?? [['setting', 'value']]).filter((r) => !(String(r[0]) in values));
  return { ...grids, Settings: [...rows, ...Object.entries(values).map(([k, v]) => [k, v])] };
}

/** The demo with every private part on and the site's address set. */
export function privateGrids(grids: WorkbookGrids = demoGrids()): WorkbookGrids {
  return withSettings(grids, { private_pages: 'all', site_url: SITE });
}

export function publishedAddon(grids: WorkbookGrids = privateGrids()): LoadedAddon {
  const a = addon();
  fill(a.google.spreadsheet, grids);
  a.call('publishLeaderboard');
  return a;
}

export interface LinkRow {
  readonly repId: string;
  readonly name: string;
  readonly link: string;
  readonly status: string;
}

/** The Private Links tab's rows (header first in the sheet). */
export function linkRows(a: LoadedAddon): LinkRow[] {
  const sheet = a.google.spreadsheet.sheet('Private Links');
  if (!sheet) return [];
  return sheet
    .grid()
    .slice(1)
    .map((r) => ({
      repId: String(r[0]),
      name: String(r[1]),
      link: String(r[2]),
      status: String(r[4]),
    }));
}

type Output = { getContent(): string };

/** What the private page does with a link: fetch `?bin=<id>` from the web app, then decrypt with the fragment's key. */
export async function openLink(a: LoadedAddon, link: string): Promise<Opened | 'not_found'> {
  const f = parseFragment(new URL(link).hash);
  if (!f) throw new Error(`not a private link: ${link}`);
  const body = JSON.parse((a.call('doGet', { parameter: { bin: f.id } }) as Output).getContent());
  if (body.error === 'not_found') return 'not_found';
  const file = fromBase64url(String(body.bin));
  if (!file) throw new Error('the web app did not answer base64url');
  return openBundle(subtle, file, f.id, fromBase64url(f.key) as Uint8Array);
}
