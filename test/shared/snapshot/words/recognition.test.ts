// Feed captions in words: the manager's always with the amount, the public's through the policy.
import { describe, expect, it } from 'vitest';
import { type FeedCaption, feedWords } from '../../../../shared/recognition';
import { publicCaptionWords } from '../../../../shared/snapshot/words/recognition';

const BADGES = new Map([['pb', { name: 'Personal Best', icon: '🚀', tier: 'gold' }]]);

const CAPTIONS: { readonly [K in FeedCaption['kind']]: readonly [FeedCaption, string, string] } = {
  badge_earned: [
    { kind: 'badge_earned', badgeId: 'pb', window: { label: '2026-Q4', name: 'Q4 2026' } },
    'Earned 🚀 Personal Best (gold) for Q4 2026.',
    'Earned 🚀 Personal Best (gold) for Q4 2026.',
  ],
  contest_won: [
    { kind: 'contest_won', contestId: 'C1', contestName: 'Relay', team: 'East' },
    'Won Relay with team East.',
    'Won Relay with team East.',
  ],
  big_deal: [
    { kind: 'big_deal', amount: 8765432, source: { tab: 'Deals', row: 7 } },
    'Closed a big deal: $8,765,432.',
    'Closed a big deal.',
  ],
};

describe('feed caption words', () => {
  it.each(Object.keys(CAPTIONS) as FeedCaption['kind'][])('%s', (kind) => {
    const [caption, shown, hidden] = CAPTIONS[kind];
    expect(feedWords({ message: null, caption }, BADGES, 'USD')).toBe(shown);
    expect(publicCaptionWords(caption, BADGES, { currency: 'USD', publishAmounts: true })).toBe(
      shown,
    );
    expect(publicCaptionWords(caption, BADGES, { currency: 'USD', publishAmounts: false })).toBe(
      hidden,
    );
  });

  it.each([
    [{ kind: 'badge_earned', badgeId: 'x', window: null } as const, 'Earned x.'],
    [{ kind: 'contest_won', contestId: 'C', contestName: 'Cup', team: null } as const, 'Won Cup.'],
  ])('%# without a window, team or known badge', (caption, text) => {
    expect(publicCaptionWords(caption, new Map(), { currency: 'USD', publishAmounts: true })).toBe(
      text,
    );
  });

  it("a person's message is taken as typed", () => {
    expect(feedWords({ message: 'Nice $5 work', caption: null }, BADGES, 'USD')).toBe(
      'Nice $5 work',
    );
  });
});
