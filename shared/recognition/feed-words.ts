// Manager words for feed captions: what an automatic entry says in the add-on and the CLI (amounts shown).
import { formatMoney } from '../format';
import type { FeedCaption, FeedCaptionKind, FeedEntry } from './types';

/** The badge fields a caption names. */
export interface CaptionBadge {
  readonly name: string;
  readonly icon: string | null;
  readonly tier: string | null;
}

type Words = {
  readonly [K in FeedCaptionKind]: (
    caption: Extract<FeedCaption, { kind: K }>,
    badge: CaptionBadge | undefined,
    currency: string,
  ) => string;
};

/** `Earned 🚀 Personal Best (gold) for Q4 2026.`: shared by the manager's and the public words. */
export function badgeEarnedText(
  caption: Extract<FeedCaption, { kind: 'badge_earned' }>,
  badge: CaptionBadge | undefined,
): string {
  const name = badge?.name ?? caption.badgeId;
  const icon = badge?.icon ? badge.icon + ' ' : '';
  const tier = badge?.tier ? ' (' + badge.tier + ')' : '';
  return `Earned ${icon}${name}${tier}${caption.window === null ? '' : ' for ' + caption.window.name}.`;
}

/** `Won October Comeback.`, `Won Team Relay with team North.` */
export function contestWonText(caption: Extract<FeedCaption, { kind: 'contest_won' }>): string {
  return caption.team === null
    ? `Won ${caption.contestName}.`
    : `Won ${caption.contestName} with team ${caption.team}.`;
}

const CAPTION_WORDS: Words = {
  badge_earned: (c, badge) => badgeEarnedText(c, badge),
  contest_won: (c) => contestWonText(c),
  big_deal: (c, _badge, currency) => `Closed a big deal: ${formatMoney(c.amount, currency)}.`,
};

/** The entry's text for the manager: a person's message as typed, or the caption's words. */
export function feedWords(
  entry: Pick<FeedEntry, 'message' | 'caption'>,
  badges: ReadonlyMap<string, CaptionBadge>,
  currency: string,
): string | null {
  const c = entry.caption;
  if (c === null) return entry.message;
  const badge = c.kind === 'badge_earned' ? badges.get(c.badgeId) : undefined;
  return (
    CAPTION_WORDS[c.kind] as (c: FeedCaption, b: CaptionBadge | undefined, cur: string) => string
  )(c, badge, currency);
}
