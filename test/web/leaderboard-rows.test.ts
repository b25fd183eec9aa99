// Leaderboard rows and TV slide selection: names, hidden amounts, team filter, top-N only.
import { describe, expect, it } from 'vitest';
import { makeFormatter } from '../../web/src/format';
import { leaderboardRows } from '../../web/src/leaderboard-rows';
import { indexSnapshot } from '../../web/src/model';
import { tvBoard } from '../../web/src/tv/board-rows';
import { recentAwards, recentRecognition, tvContests } from '../../web/src/tv/slides';
import { sampleModel, sampleSnapshot } from './helpers';

describe('leaderboardRows', () => {
  const { index, fmt } = sampleModel();
  const board = index.board('month', 'revenue')!;

  it('names reps, keeps anonymous entries anonymous, and links only public reps', () => {
    const rows = leaderboardRows(index, fmt, board);
    expect(rows.map((r) => r.name)).toContain('Anonymous rep');
    const anon = rows.find((r) => r.repId === null)!;
    expect(anon.href).toBeNull();
    expect(rows[0]).toMatchObject({
      rank: 1,
      name: 'Eve Martin',
      valueText: '€52,000',
      href: '#/reps/r5',
      level: 'Level 5 · Legend',
    });
    expect(rows[0]!.change).toMatchObject({ dir: 'up', text: '▲1' });
  });

  it('shows % of target instead of hidden amounts, never "null"', () => {
    const s = sampleSnapshot();
    for (const e of s.leaderboards[0]!.entries) e.value = null;
    const idx = indexSnapshot(s);
    const rows = leaderboardRows(
      idx,
      makeFormatter(s.team, 'en-US'),
      idx.board('month', 'revenue')!,
    );
    expect(rows[0]).toMatchObject({ valueText: '110% of target', value: 110 });
    expect(rows.find((r) => r.repId === null)!.valueText).toBe('#4');
    expect(rows.every((r) => !r.valueText.includes('null'))).toBe(true);
  });

  it('filters to a team and renumbers within it, without rank arrows', () => {
    const rows = leaderboardRows(index, fmt, board, { team: 'South' });
    expect(rows.map((r) => [r.rank, r.repId])).toEqual([
      [1, 'r3'],
      [2, 'r4'],
    ]);
    expect(rows.every((r) => r.change === null)).toBe(true);
  });

  it('limits to the top N and never includes the bottom', () => {
    const rows = leaderboardRows(index, fmt, board, { limit: 2 });
    expect(rows.map((r) => r.rank)).toEqual([1, 2]);
  });

  it('shows improvement as signed percentage points', () => {
    const rows = leaderboardRows(index, fmt, index.board('month', 'improvement')!);
    expect(rows.map((r) => r.valueText)).toEqual([
      '+35.5% of target',
      '+12% of target',
      '-3% of target',
    ]);
  });
});

describe('TV slide content', () => {
  const { index } = sampleModel();
  it('falls back to another lens when the chosen board is missing', () => {
    const fmt = sampleModel().fmt;
    const week = { period: 'week', lens: 'attainment', team: null } as const;
    expect(tvBoard(index, fmt, week, 4)?.lens).toBe('revenue');
    expect(tvBoard(index, fmt, { ...week, period: 'year', lens: 'revenue' }, 4)).toBeNull();
  });
  it('shows live contests first, honouring the team filter', () => {
    expect(tvContests(index, null).map((c) => c.id)).toEqual(['c-nov', 'c-teams']);
    expect(tvContests(index, 'South').map((c) => c.id)).toEqual(['c-nov', 'c-teams']);
  });
  it('lists the newest badges and recognition first', () => {
    expect(recentAwards(index, null, 2).map((a) => a.earnedOn)).toEqual([
      '2026-11-18',
      '2026-11-12',
    ]);
    expect(recentAwards(index, 'South', 5)).toEqual([]);
    expect(recentRecognition(index, null, 2).map((r) => r.id)).toEqual(['rec-1', 'rec-2']);
  });
});
