// The one award order: day earned, then badge id, rep id and window; newest first for the Awards tab.
import { describe, expect, it } from 'vitest';
import { compareAwards, compareAwardsNewestFirst } from '../../../shared/badges';

const a = (earnedOn: number, badgeId: string, repId: string, window: string | null) => ({
  earnedOn,
  badgeId,
  repId,
  window,
});

describe('compareAwards', () => {
  it.each([
    ['an earlier day first', a(1, 'z', 'z', null), a(2, 'a', 'a', null)],
    ['same day: badge id', a(5, 'alpha', 'r9', null), a(5, 'beta', 'r1', null)],
    ['same badge: rep id', a(5, 'b', 'r1', '2026-11'), a(5, 'b', 'r2', '2026-10')],
    ['same rep: no window before a window', a(5, 'b', 'r1', null), a(5, 'b', 'r1', '2026-11')],
    ['same rep: window label', a(5, 'b', 'r1', '2026-10'), a(5, 'b', 'r1', '2026-11')],
  ])('%s', (_name, first, second) => {
    expect(compareAwards(first, second)).toBeLessThan(0);
    expect(compareAwards(second, first)).toBeGreaterThan(0);
    expect(compareAwards(first, first)).toBe(0);
  });

  it('newest first reverses the day only; ties keep the same id order', () => {
    const list = [a(1, 'b', 'r1', null), a(2, 'b', 'r1', null), a(2, 'a', 'r2', null)];
    expect([...list].sort(compareAwardsNewestFirst)).toEqual([list[2], list[1], list[0]]);
    expect([...list].sort(compareAwards)).toEqual([list[0], list[2], list[1]]);
  });
});
