// Publish's private pages in the add-on: when they are sealed, what the publish store gets, and the links tab after.
import type { EngineResult } from '../../../shared/engine';
import { plural } from '../../../shared/format';
import { privateRepIds } from '../../../shared/private';
import type { TableStyle } from '../adapters/write-table';
import { activeSpreadsheet } from '../host';
import type { WebApp } from '../publish/web-app-url';
import { linksTable, writeLinksTab } from './links-tab';
import { type BinEntry, sealPages } from './seal-pages';

export interface PrivateStep {
  /** Sealed files for the publish store (none when pages are off or cannot be served). */
  readonly entries: readonly BinEntry[];
  /** What the publish dialog says about private pages. */
  readonly notes: readonly string[];
  /** After the store switched the files in: the Private Links tab, so it never lists a link before its file. */
  readonly afterStore: () => void;
}

const NOTHING: PrivateStep = { entries: [], notes: [], afterStore: () => {} };

export function tableStyle(result: EngineResult): TableStyle {
  const s = result.settings;
  return { currency: s.currency, tierAMinPct: s.tierAMinPct, tierBMinPct: s.tierBMinPct };
}

/**
 * Pages are sealed only where their links can work: a deployed web app serves the files (its
 * `/exec` address goes into each link) and `site_url` says where private.html is. Otherwise the
 * keys are left as they are and the dialog says what is missing.
 */
export function publishPrivatePages(result: EngineResult, app: WebApp): PrivateStep {
  const wanted = privateRepIds(result).length;
  if (wanted > 0 && app.kind !== 'deployed')
    return {
      ...NOTHING,
      notes: [
        'Private pages were not published: their files are served by this workbook’s deployed web app, and there is none yet (see above). Your keys and links are kept as they are.',
      ],
    };
  if (wanted > 0 && result.settings.siteUrl === null)
    return {
      ...NOTHING,
      notes: [
        'Private pages were not published: set site_url in Settings to the address your site is published at, so each link can open private.html there.',
      ],
    };
  if (app.kind !== 'deployed') return NOTHING;
  const sealed = sealPages(result, app.url);
  const n = sealed.entries.length;
  return {
    entries: sealed.entries,
    notes:
      n === 0
        ? []
        : [
            `Published ${n} private ${plural('page', n)}, one per active rep. Each rep's personal link is in the Private Links tab: hand it to that rep privately.`,
          ],
    afterStore: () => {
      writeLinksTab(activeSpreadsheet(), linksTable(sealed.links), tableStyle(result));
    },
  };
}
