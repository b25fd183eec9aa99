// Recognition feed wording: what each entry says, derived from its kind, as plain text.
import { compareText } from '../../shared/order';
import type { RecognitionEntry } from '../../shared/snapshot';
import type { SnapshotIndex } from './model';

export const KIND_ICON: Record<RecognitionEntry['kind'], string> = {
  'hi-five': '🙌',
  'shout-out': '📣',
  award: '🏅',
  badge: '🎖️',
  contest_won: '🏆',
  big_deal: '🔔',
};

export function recognitionHeadline(index: SnapshotIndex, r: RecognitionEntry): string {
  const to = index.repName(r.toRepId);
  const badge = r.badgeId ? (index.badges.get(r.badgeId)?.name ?? 'a badge') : null;
  const contest = r.contestId ? (index.contests.get(r.contestId)?.name ?? 'a contest') : null;
  switch (r.kind) {
    case 'hi-five':
      return `Hi-five for ${to}${r.from ? ` from ${r.from}` : ''}`;
    case 'shout-out':
      return `Shout-out for ${to}${r.from ? ` from ${r.from}` : ''}`;
    case 'award':
      return `${to} received ${badge ?? 'an award'}${r.from ? ` from ${r.from}` : ''}`;
    case 'badge':
      return `${to} earned ${badge ?? 'a badge'}`;
    case 'contest_won':
      return `${to} won ${contest ?? 'a contest'}`;
    case 'big_deal':
      return `${to} closed a big deal`;
  }
}

/** Entries the engine writes itself; their message is a caption, not someone's words. */
export const AUTOMATIC: ReadonlySet<RecognitionEntry['kind']> = new Set([
  'badge',
  'contest_won',
  'big_deal',
]);

export interface RecognitionDetail {
  readonly text: string;
  /** Human words (hi-five, shout-out, award) are quoted; automatic captions are not. */
  readonly quote: boolean;
}

/**
 * What an automatic message adds after the words the headline already says ("Earned 🔥 On Fire
 * (bronze) for 2026-11." under "… earned On Fire" adds "Bronze for 2026-11"); null when nothing.
 * A message that does not start with the headline's phrase is kept whole.
 */
export function captionAfter(
  phrase: string,
  message: string,
  icon: string | null = null,
): string | null {
  let text = message;
  if (icon) text = text.split(icon).join(' ');
  text = text.replace(/\s+/g, ' ').trim();
  if (phrase !== '' && text.toLowerCase().startsWith(phrase.toLowerCase())) {
    text = text
      .slice(phrase.length)
      .replace(/[()]/g, '')
      .replace(/^[\s:;,.\u2013\u2014-]+/, '')
      .replace(/[\s.]+$/, '')
      .replace(/\s+/g, ' ');
  }
  return text === '' ? null : text.charAt(0).toUpperCase() + text.slice(1);
}

/** The line under a feed headline, or null when there is none or it would only repeat the headline. */
export function recognitionDetail(
  index: SnapshotIndex,
  r: RecognitionEntry,
): RecognitionDetail | null {
  if (!r.message) return null;
  if (!AUTOMATIC.has(r.kind)) return { text: r.message, quote: true };
  const headline = recognitionHeadline(index, r);
  const to = index.repName(r.toRepId);
  const phrase = headline.startsWith(`${to} `) ? headline.slice(to.length + 1) : headline;
  const icon = r.badgeId ? (index.badges.get(r.badgeId)?.icon ?? null) : null;
  const text = captionAfter(phrase, r.message, icon);
  return text === null ? null : { text, quote: false };
}

export function sortedFeed(entries: readonly RecognitionEntry[]): RecognitionEntry[] {
  return [...entries].sort((a, b) => compareText(b.date, a.date) || compareText(a.id, b.id));
}
