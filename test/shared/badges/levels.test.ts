// Specs for XP and levels: the level formula, titles, and XP from badges, contest wins and recognition.
import { describe, expect, it } from 'vitest';
import {
  type Award,
  computeLevels,
  levelOf,
  levelTitle,
  levelWords,
  xpForLevel,
} from '../../../shared/badges';
import type { ContestResult } from '../../../shared/contests';
import { badge, d, manualFact, recognition, rep } from './fixtures';
import { contest } from '../contests/fixtures';

describe('level formula', () => {
  it.each([
    [0, 1, 'Rookie'],
    [49, 1, 'Rookie'],
    [50, 2, 'Prospector'],
    [149, 2, 'Prospector'],
    [150, 3, 'Closer'],
    [300, 4, 'Rainmaker'],
    [2249, 9, 'Hall of Famer'],
    [2250, 10, 'Bellringer'],
    [5000, 14, 'Bellringer'], // 25*14*13 = 4550 <= 5000 < 25*15*14 = 5250
  ])('%i XP is level %i (%s)', (xp, level, title) => {
    expect(levelOf(xp)).toBe(level);
    expect(levelTitle(level)).toBe(title);
  });

  it('needs 50 XP more for each level than for the one before', () => {
    for (let l = 2; l < 20; l++)
      expect(xpForLevel(l + 1) - xpForLevel(l) - (xpForLevel(l) - xpForLevel(l - 1))).toBe(50);
  });
});

describe('computeLevels', () => {
  const reps = [
    rep('ann', { team: 'East' }),
    rep('bob', { team: 'East' }),
    rep('cat', { team: 'West' }),
    rep('old', { active: false }),
  ];
  const badges = [
    badge({ kind: 'threshold', badgeId: 'g', tier: 'gold' }),
    badge({ kind: 'threshold', badgeId: 'b', tier: 'bronze' }),
    badge({ kind: 'threshold', badgeId: 'p', tier: 'platinum' }),
    badge({ kind: 'threshold', badgeId: 'n', tier: null }),
  ];
  const award = (badgeId: string, repId: string): Award => ({
    badgeId,
    repId,
    earnedOn: d('2026-11-02'),
    window: null,
    value: 1,
    fact: manualFact('2026-11-02'),
  });
  const result = (
    kind: 'most' | 'team',
    status: ContestResult['status'],
    winner: { repId: string | null; team: string | null },
  ): ContestResult => {
    const c = contest({ kind });
    return {
      contest: c,
      status,
      rulesHash: '',
      window: { start: c.start, end: c.end, cutoff: c.end },
      standings: [
        {
          contestId: 'C1',
          rank: 1,
          ...winner,
          value: 1,
          progressPct: 100,
          finishedAt: null,
          fact: { kind: 'nothing_counted' },
          tiedWithRank: null,
        },
      ],
      series: [],
    };
  };

  it('adds tier XP, 50 per final contest win (each member of a winning team) and 2 per recognition received', () => {
    const levels = computeLevels({
      reps,
      badges,
      awards: [award('g', 'ann'), award('b', 'ann'), award('p', 'cat'), award('n', 'cat')],
      contests: [
        result('most', 'final', { repId: 'ann', team: 'East' }),
        result('most', 'live', { repId: 'cat', team: 'West' }), // not final: no XP
        result('team', 'final', { repId: null, team: 'East' }),
      ],
      recognition: [
        recognition(2, 'ann', '2026-11-03'),
        recognition(3, 'ann', '2026-11-04'),
        recognition(4, 'ann', '2026-11-05'),
        recognition(5, 'bob', '2026-12-30'),
      ],
      asOf: d('2026-11-26'),
    });
    expect(
      levels.map((l) => [l.repId, l.badgeXp, l.contestXp, l.recognitionXp, l.xp, l.level, l.title]),
    ).toEqual([
      ['ann', 60, 100, 6, 166, 3, 'Closer'],
      ['bob', 0, 50, 0, 50, 2, 'Prospector'],
      ['cat', 110, 0, 0, 110, 2, 'Prospector'],
    ]);
    const ann = levels[0]!;
    expect([ann.levelXp, ann.nextLevelXp, ann.progressPct]).toEqual([150, 300, 10.7]);
    expect([ann.badgeCount, ann.contestWins, ann.recognitionCount]).toEqual([2, 2, 3]);
    expect(levelWords(ann)).toBe(
      'Level 3 Closer: 166 XP = 60 from 2 badges + 100 from 2 contest wins + 6 from 3 recognitions received; level 4 at 300 XP.',
    );
    expect(levelWords({ ...levels[1]!, badgeCount: 1, contestWins: 1, recognitionCount: 1 })).toBe(
      'Level 2 Prospector: 50 XP = 0 from 1 badge + 50 from 1 contest win + 0 from 1 recognition received; level 3 at 150 XP.',
    );
  });
});
