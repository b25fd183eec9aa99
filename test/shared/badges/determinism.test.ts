// Same workbook, same awards, progress and feed, byte for byte, from fresh contexts.
import { describe, expect, it } from 'vitest';
import { builtinBadges, evaluateBadgeSet } from '../../../shared/badges';
import { act, badgeContext, deal, rep, target } from './fixtures';

describe('badge evaluation', () => {
  it('is deterministic across runs and independent of rep order', () => {
    const world = (reverse: boolean) => {
      const reps = [rep('ann'), rep('bob'), rep('cat')];
      return badgeContext({
        reps: reverse ? [...reps].reverse() : reps,
        activities: [
          ...Array.from({ length: 40 }, (_, i) =>
            act(
              2 + i,
              i % 2 ? 'ann' : 'bob',
              `2026-11-${String(2 + (i % 20)).padStart(2, '0')} 09:00`,
              'call',
              45,
            ),
          ),
          act(90, 'cat', '2026-11-03 09:00', 'demo', 9),
        ],
        deals: [
          deal(2, 'ann', 60000, '2026-11-05 10:00'),
          deal(3, 'bob', 31000, '2026-10-05 10:00'),
        ],
        targets: [target(2, 'ann', '2026-11', 'revenue', 40000)],
        asOf: '2026-11-26',
      });
    };
    const a = JSON.stringify(evaluateBadgeSet({ ...world(false), badges: builtinBadges }));
    const b = JSON.stringify(evaluateBadgeSet({ ...world(true), badges: builtinBadges }));
    expect(b).toBe(a);
    expect(JSON.parse(a).awards.length).toBeGreaterThan(3);
  });
});
