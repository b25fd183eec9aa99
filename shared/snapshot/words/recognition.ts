// Public words for feed captions (badges earned, contests won, big deals), money only through the public policy.
import type { CaptionBadge } from '../../recognition';
import { badgeEarnedText, contestWonText } from '../../recognition';
import type { FeedCaption, FeedCaptionKind } from '../../recognition';
import { type PublicPolicy, publicMoneyText } from '../public-policy';

type Words = {
  readonly [K in FeedCaptionKind]: (
    caption: Extract<FeedCaption, { kind: K }>,
    badge: CaptionBadge | undefined,
    policy: PublicPolicy,
  ) => string;
};

const PUBLIC_CAPTION_WORDS: Words = {
  badge_earned: (c, badge) => badgeEarnedText(c, badge),
  contest_won: (c) => contestWonText(c),
  // The deal's account (customer data) is never in the caption; the amount only when published.
  big_deal: (c, _badge, p) => {
    const amount = publicMoneyText(p, c.amount);
    return amount === null ? 'Closed a big deal.' : `Closed a big deal: ${amount}.`;
  },
};

/** The caption for the public feed; `badges` are the public badges by id. */
export function publicCaptionWords(
  caption: FeedCaption,
  badges: ReadonlyMap<string, CaptionBadge>,
  policy: PublicPolicy,
): string {
  const badge = caption.kind === 'badge_earned' ? badges.get(caption.badgeId) : undefined;
  const words = PUBLIC_CAPTION_WORDS[caption.kind] as (
    c: FeedCaption,
    b: CaptionBadge | undefined,
    p: PublicPolicy,
  ) => string;
  return words(caption, badge, policy);
}
