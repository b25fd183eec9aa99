// The manager's words for feed entries: a person's message as typed, captions with amounts always shown.
import { describe, expect, it } from 'vitest';
import { type FeedCaption, feedWords } from '../../../shared/recognition';

const BADGES = new Map([['pb', { name: 'Personal Best', icon: '🚀', tier: 'gold' }]]);

describe('feedWords', () => {
  it.each<[string, FeedCaption, string]>([
    [
      'a badge, with icon, tier and window',
      { kind: 'badge_earned', badgeId: 'pb', window: { label: '2026-Q4', name: 'Q4 2026' } },
      'Earned 🚀 Personal Best (gold) for Q4 2026.',
    ],
    [
      'an unknown badge by its id, no window',
      { kind: 'badge_earned', badgeId: 'gone', window: null },
      'Earned gone.',
    ],
    [
      'a contest won by a rep',
      { kind: 'contest_won', contestId: 'C1', contestName: 'Cup', team: null },
      'Won Cup.',
    ],
    [
      'a contest won by a team',
      { kind: 'contest_won', contestId: 'C1', contestName: 'Relay', team: 'East' },
      'Won Relay with team East.',
    ],
    [
      'a big deal, amount in the team currency',
      { kind: 'big_deal', amount: 41250.5, source: { tab: 'Deals', row: 9 } },
      'Closed a big deal: 41,250.50 SEK.',
    ],
  ])('%s', (_name, caption, text) => {
    expect(feedWords({ message: null, caption }, BADGES, 'SEK')).toBe(text);
  });

  it("a manual entry is the person's message, as typed, or nothing", () => {
    expect(feedWords({ message: 'Great demo!', caption: null }, BADGES, 'USD')).toBe('Great demo!');
    expect(feedWords({ message: null, caption: null }, BADGES, 'USD')).toBeNull();
  });
});
