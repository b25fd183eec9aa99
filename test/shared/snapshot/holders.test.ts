// Specs for badge holder counts: named holders match the names listed; "not listed" never tells who.
import { describe, expect, it } from 'vitest';
import { badgeHolders } from '../../../shared/snapshot/holders';
import type { AwardInput, SnapshotRepInput } from '../../../shared/snapshot/input';
import { AWARD_FACTS } from '../badges/fact-samples';

const fact = Object.values(AWARD_FACTS)[0]!;

function rep(repId: string, isPublic: boolean, active = true): SnapshotRepInput {
  return {
    repId,
    name: repId,
    team: 'North',
    avatarUrl: null,
    active,
    public: isPublic,
    level: 1,
    levelTitle: 'Rookie',
    xp: 0,
    nextLevelXp: null,
    streak: { current: 0, best: 0 },
    attainment: { week: null, month: null, quarter: null, year: null },
  };
}

function award(repId: string, badgeId = 'b1', isPublic = true): AwardInput {
  return {
    badgeId,
    repId,
    earnedOn: '2026-11-02',
    window: null,
    windowName: null,
    fact,
    public: isPublic,
  };
}

/** Builds the counts the way build.ts does: published = awards of visible reps. */
function holders(reps: SnapshotRepInput[], awards: AwardInput[]) {
  const visible = new Set(reps.filter((r) => r.active && r.public).map((r) => r.repId));
  const published = awards.filter((a) => a.public && visible.has(a.repId));
  return badgeHolders(published, awards, reps, visible, new Set(['b1']));
}

const PUBLIC = ['p1', 'p2', 'p3'].map((id) => rep(id, true));
const hidden = (n: number) => Array.from({ length: n }, (_, i) => rep(`h${i + 1}`, false));

describe('badgeHolders', () => {
  it.each([
    ['no hidden reps: nothing to say', PUBLIC, ['p1', 'p2'], 2, null],
    ['one hidden holder among three hidden reps', [...PUBLIC, ...hidden(3)], ['p1', 'h1'], 1, 1],
    ['two hidden holders among four hidden reps', [...PUBLIC, ...hidden(4)], ['h1', 'h3'], 0, 2],
    [
      'one hidden holder among two hidden reps: too few to stay anonymous',
      [...PUBLIC, ...hidden(2)],
      ['h1'],
      0,
      null,
    ],
    [
      'every hidden rep holds it: saying so names them all',
      [...PUBLIC, ...hidden(3)],
      ['h1', 'h2', 'h3'],
      0,
      null,
    ],
    [
      'no hidden holder: null, the same answer as "all"',
      [...PUBLIC, ...hidden(3)],
      ['p2'],
      1,
      null,
    ],
    [
      'an inactive hidden rep is not counted',
      [...PUBLIC, ...hidden(3), rep('x', false, false)],
      ['x', 'h1'],
      0,
      1,
    ],
  ])('%s', (_name, reps, holderIds, named, notListed) => {
    const h = holders(
      reps,
      holderIds.map((id) => award(id)),
    );
    expect(h.named('b1')).toBe(named);
    expect(h.notListed('b1')).toBe(notListed);
  });

  it('counts a rep once however many times they earned it, and never a private award', () => {
    const h = holders(
      [...PUBLIC, ...hidden(3)],
      [award('p1'), award('p1'), award('h1'), award('h2', 'b1', false)],
    );
    expect([h.named('b1'), h.notListed('b1')]).toEqual([1, 1]);
  });

  it('says nothing about a badge that is not public', () => {
    const h = holders([...PUBLIC, ...hidden(3)], [award('h1', 'secret')]);
    expect(h.notListed('secret')).toBeNull();
  });
});
