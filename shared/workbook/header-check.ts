// Headers a tab does not know: each is reported with the nearest known column, and one that may be a privacy column keeps the tab's rows private.

import type { DataIssue } from '../issues';
import type { HeaderMap } from './headers';
import { headerKey } from './headers';
import { looseKey, nearestName } from './nearest';
import { issue } from './read-issue';
import type { TabName } from './spec';

/** Words that make an unknown header look like a yes/no about publishing. */
const PRIVACY_WORDS = /public|private|publish|visib|hidden|hide|show|anonym|secret|confidential/;

export interface UnknownHeader {
  /** The header as written, and its column index. */
  readonly text: string;
  readonly column: number;
  /** The closest known column, or null. */
  readonly near: string | null;
}

/** The headers of row 1 that are none of `known` (spec headers), with their nearest known one. */
export function unknownHeaders(header: HeaderMap, known: readonly string[]): UnknownHeader[] {
  const keys = new Set(known.map(headerKey));
  const out: UnknownHeader[] = [];
  header.texts.forEach((text, column) => {
    const key = headerKey(text);
    if (key === '' || keys.has(key)) return;
    out.push({ text, column, near: nearestName(text, known) });
  });
  return out;
}

export interface HeaderReport {
  /** True when a header may be a misspelt privacy column: every row must then stay private. */
  readonly forcePrivate: boolean;
}

/**
 * Reports each unknown header of a tab. `privacy` is the tab's privacy column (`public`), if it
 * has one; `extraColumns` tabs report only headers close to a known column.
 */
export function reportHeaders(
  tab: TabName,
  header: HeaderMap,
  known: readonly string[],
  privacy: string | null,
  extraColumns: boolean,
  issues: DataIssue[],
): HeaderReport {
  let forcePrivate = false;
  for (const u of unknownHeaders(header, known)) {
    const shown = u.text.length > 60 ? `${u.text.slice(0, 60)}…` : u.text;
    const suspect =
      privacy !== null && (u.near === privacy || PRIVACY_WORDS.test(looseKey(u.text)));
    if (suspect) {
      forcePrivate = true;
      issues.push(
        issue(
          tab,
          1,
          shown,
          shown,
          `The column "${shown}" is not a ${tab} column but may say what is public${u.near !== null && u.near !== privacy ? ` (the nearest column is "${u.near}")` : ''}; until it is fixed, every row of ${tab} is kept private.`,
          `Rename it to "${privacy}" (yes or no) if that is what it holds; otherwise give it a name that is not about publishing.`,
          'error',
        ),
      );
    } else if (u.near !== null) {
      issues.push(
        issue(
          tab,
          1,
          shown,
          shown,
          `The column "${shown}" is not a ${tab} column, so it is ignored; the nearest is "${u.near}".`,
          `Rename it to "${u.near}" if that is what it holds; otherwise leave it (your own columns are ignored).`,
          'warning',
        ),
      );
    } else if (!extraColumns) {
      issues.push(
        issue(
          tab,
          1,
          shown,
          shown,
          `The column "${shown}" is not a ${tab} column, so it is ignored.`,
          `Nothing to do if it is your own column. ${tab} reads: ${known.join(', ')}.`,
          'warning',
        ),
      );
    }
  }
  return { forcePrivate };
}
