// Manager words for contest standings: one case per fact kind (and its variants), plus the tie note.
import { describe, expect, it } from 'vitest';
import { STANDING_WORDS, standingText } from '../../../shared/contests';
import { STANDING_CASES } from './standing-facts';

describe('standingText', () => {
  it.each(STANDING_CASES)('writes %s', (_name, fact, text) => {
    expect(standingText({ fact, tiedWithRank: null }, 'USD')).toBe(text);
  });

  it('covers every fact kind', () => {
    const kinds = new Set(STANDING_CASES.map(([, fact]) => fact.kind));
    expect([...kinds].sort()).toEqual(Object.keys(STANDING_WORDS).sort());
  });

  it('says when the tie-break decided the rank', () => {
    const [, fact, text] = STANDING_CASES[1]!;
    expect(standingText({ fact, tiedWithRank: 2 }, 'USD')).toBe(
      `${text} Tied on the result with rank 2, which reached it first.`,
    );
  });

  it('writes money in the team currency', () => {
    const [, fact] = STANDING_CASES[1]!;
    expect(standingText({ fact, tiedWithRank: null }, 'EUR')).toContain('€112,500 revenue');
  });
});
