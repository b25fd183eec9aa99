// Public leaderboard words: the manager's sentences when amounts are published, deals only when not.
import { describe, expect, it } from 'vitest';
import { leaderboardText } from '../../../../shared/metrics';
import { publicPolicy } from '../../../../shared/snapshot/public-policy';
import { publicLeaderboardText } from '../../../../shared/snapshot/words/leaderboards';
import { LEADERBOARD_CASES } from '../../metrics/leaderboard-facts';

const shown = publicPolicy({ currency: 'USD', publishAmounts: true });
const hidden = publicPolicy({ currency: 'USD', publishAmounts: false });

describe('publicLeaderboardText', () => {
  it.each(LEADERBOARD_CASES)(
    'writes %s as the manager does when amounts are published',
    (_n, fact) => {
      expect(publicLeaderboardText(fact, shown)).toBe(leaderboardText(fact, 'USD'));
    },
  );

  it.each(LEADERBOARD_CASES)(
    'writes %s without money when amounts are hidden',
    (_n, fact, _m, text) => {
      expect(publicLeaderboardText(fact, hidden)).toBe(text);
      expect(publicLeaderboardText(fact, hidden)).not.toMatch(/\$|22,350|1,234|6,625/);
    },
  );
});
