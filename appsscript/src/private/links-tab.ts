// The manager's "Private Links" tab: each rep's personal link, written like every output tab (marked, staged, swapped in).
import type { PrivateLinkRow } from '../../../shared/private';
import type { Table } from '../../../shared/outputs';
import { findOutput } from '../adapters/output-marker';
import { type OutputReport, replaceOutputTabs } from '../adapters/replace-outputs';
import { indexSheets } from '../adapters/sheet-index';
import type { TableStyle } from '../adapters/write-table';
import type { Spreadsheet } from '../host';

export const LINKS_TAB = 'Private Links';
export const LINKS_HEADER = ['Rep ID', 'Name', 'Private link', 'Key made', 'Status'] as const;

const NOTE =
  "Each rep's personal link to their own private page: the key is in the link, so whoever has a link reads that page. " +
  'Hand each link to its rep privately; never post this tab. Bellringer rewrites it at every publish and rotation. ' +
  'A link that leaked: Extensions → Bellringer → Rotate one rep’s private link…, then publish.';

/** What a link's status says: published now, or new and waiting for the next publish. */
export type LinkState = 'published' | 'next_publish';

const STATUS: Record<LinkState, string> = {
  published: 'Works now',
  next_publish:
    'New link: works after the next publish (the old one works until then, and never after)',
};

/** The tab's rows, by rep id; `pending` reps have a key the published files do not use yet. */
export function linksTable(
  links: readonly PrivateLinkRow[],
  pending: ReadonlySet<string> = new Set(),
): Table {
  return {
    tab: LINKS_TAB,
    note: NOTE,
    header: [...LINKS_HEADER],
    rows: links.map((l) => [
      l.repId,
      l.name,
      l.link,
      l.since.slice(0, 10),
      STATUS[pending.has(l.repId) ? 'next_publish' : 'published'],
    ]),
    formats: { 'Rep ID': 'text', Name: 'text', 'Private link': 'text', 'Key made': 'text' },
  };
}

/**
 * Writes the tab through the output swap (only a tab carrying Bellringer's marker is ever
 * replaced; a user's own "Private Links" tab is left alone and this one is written beside it).
 * With no link to list, an existing tab is emptied and none is created.
 */
export function writeLinksTab(
  ss: Spreadsheet,
  table: Table,
  style: TableStyle,
): OutputReport | null {
  const index = indexSheets(ss);
  if (table.rows.length === 0 && findOutput(index, LINKS_TAB) === null) return null;
  return replaceOutputTabs(ss, index, [table], style);
}
