// Manager words for leaderboard entries: one case per lens fact (and its variants).
import { describe, expect, it } from 'vitest';
import { LEADERBOARD_WORDS, leaderboardText } from '../../../shared/metrics';
import { LEADERBOARD_CASES } from './leaderboard-facts';

describe('leaderboardText', () => {
  it.each(LEADERBOARD_CASES)('writes %s', (_name, fact, text) => {
    expect(leaderboardText(fact, 'USD')).toBe(text);
  });

  it('covers every fact kind', () => {
    const kinds = new Set(LEADERBOARD_CASES.map(([, fact]) => fact.kind));
    expect([...kinds].sort()).toEqual(Object.keys(LEADERBOARD_WORDS).sort());
  });

  it('writes money in the team currency', () => {
    expect(leaderboardText(LEADERBOARD_CASES[0]![1], 'SEK')).toContain('22,350 SEK won');
  });
});
