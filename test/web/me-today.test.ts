// A rep's "today": pace from the snapshot's working days, changes since the device's earlier day, the nearest badge.
import { describe, expect, it } from 'vitest';
import type { DayMemo } from '../../web/src/me-storage';
import { badgesInProgress, changesSince, paceStatus } from '../../web/src/me-today';
import { indexSnapshot } from '../../web/src/model';
import { sampleModel, sampleSnapshot } from './helpers';

const { index } = sampleModel();

describe('paceStatus (month pace 71.4 %: 15 of 21 working days)', () => {
  it.each([
    ['r2', 77, '5.6 percentage points ahead of pace', 'up'],
    ['r4', 45, '26.4 percentage points behind pace', 'down'],
    ['r5', 110, '38.6 percentage points ahead of pace', 'up'],
  ] as const)('%s at %i %% of target is "%s"', (rep, pct, text, dir) => {
    expect(paceStatus(index, rep, 'month')).toEqual({ pace: 71.4, attainment: pct, text, dir });
  });

  it('draws no pace when the snapshot has none (published before the field existed)', () => {
    const s = sampleSnapshot();
    for (const p of s.periods) delete (p as { pace?: unknown }).pace;
    expect(paceStatus(indexSnapshot(s), 'r2', 'month')).toBeNull();
  });

  it('has a pace but no verdict for a rep without a target', () => {
    expect(paceStatus(index, 'r4', 'week')).toEqual({
      pace: 100,
      attainment: null,
      text: null,
      dir: null,
    });
  });
});

describe('changesSince', () => {
  const memo: DayMemo = {
    day: '2026-11-18',
    ranks: { 'month|revenue': 6, 'month|attainment': 4, 'month|activity_points': 3 },
    attainment: { month: 70 },
    badges: 1,
  };

  it('compares ranks and attainment with the memo and lists what is dated after it', () => {
    expect(changesSince(index, 'r2', memo)).toEqual([
      { text: 'Revenue, this month: #6 → #5', dir: 'up' },
      { text: 'Activity points, this month: #3 → #1', dir: 'up' },
      { text: '% of target this month: 70% → 77%', dir: 'up' },
      { text: 'A new hi-five', dir: 'new' },
    ]);
  });

  it('without a memo, reports only what the snapshot dates on its own day', () => {
    expect(changesSince(index, 'r2', null)).toEqual([]);
    expect(
      changesSince(index, 'r5', { ...memo, day: '2026-11-17', ranks: {}, attainment: {} }),
    ).toEqual([{ text: 'New badge: Gold Closer', dir: 'new' }]);
  });
});

describe('badgesInProgress', () => {
  it('lists unfinished badges nearest first, with the badge for its plain "how to earn"', () => {
    const next = badgesInProgress(index, 'r2');
    expect(next.map((n) => [n.badge.id, n.progress.pct])).toEqual([['b-gold-closer', 33.3]]);
    expect(next[0]!.badge.howToEarn).toBe('Win 3 deals of €10,000 or more in one calendar month.');
  });
});
