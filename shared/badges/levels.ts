// Levels and XP per rep from badges, contest wins and recognition received.
import { compareText } from '../order';
import { round1 } from '../format';
import type { ContestResult } from '../contests';
import type { BadgeTier } from '../workbook';
import type { RunContext } from '../run-context';
import type { Award } from './types';

export const TIER_XP: { readonly [K in BadgeTier]: number } = {
  bronze: 10,
  silver: 25,
  gold: 50,
  platinum: 100,
};
/** A badge without a tier counts as bronze. */
export const UNTIERED_XP = 10;
/** First place in a final contest; every member of a winning team gets it. */
export const CONTEST_WIN_XP = 50;
/** Each hi-five, shout-out or award received. */
export const RECOGNITION_XP = 2;

export const LEVEL_TITLES = [
  'Rookie',
  'Prospector',
  'Closer',
  'Rainmaker',
  'Dealmaker',
  'Trailblazer',
  'Champion',
  'Legend',
  'Hall of Famer',
  'Bellringer',
] as const;

/**
 * XP needed to reach a level: 25 × L × (L − 1), so level 1 = 0, 2 = 50, 3 = 150, 4 = 300,
 * 5 = 500, 10 = 2,250: each level costs 50 XP more than the one before, which keeps early levels
 * quick and later ones meaningful. Levels beyond 10 keep the last title.
 */
export function xpForLevel(level: number): number {
  return 25 * level * (level - 1);
}

export function levelOf(xp: number): number {
  let level = 1;
  while (xpForLevel(level + 1) <= xp) level++;
  return level;
}

export function levelTitle(level: number): string {
  return LEVEL_TITLES[Math.min(level, LEVEL_TITLES.length) - 1]!;
}

export interface RepLevel {
  readonly repId: string;
  readonly xp: number;
  readonly level: number;
  readonly title: string;
  /** XP at which the current level started and the next one starts. */
  readonly levelXp: number;
  readonly nextLevelXp: number;
  /** Progress through the current level, 0..100. */
  readonly progressPct: number;
  readonly badgeXp: number;
  readonly contestXp: number;
  readonly recognitionXp: number;
  /** What the XP is made of (levelWords writes it): badges earned, contest wins, recognition received. */
  readonly badgeCount: number;
  readonly contestWins: number;
  readonly recognitionCount: number;
}

/** What levels read: the run's reps, catalogue and recognition, and the awards and contests found. */
export interface LevelInput extends Pick<RunContext, 'reps' | 'badges' | 'recognition' | 'asOf'> {
  readonly awards: readonly Award[];
  readonly contests: readonly ContestResult[];
}

/** Contest firsts per rep: individual rank-1 entries and the members of rank-1 teams. */
function contestWins(input: LevelInput): Map<string, number> {
  const wins = new Map<string, number>();
  const add = (id: string) => wins.set(id, (wins.get(id) ?? 0) + 1);
  for (const result of input.contests) {
    if (result.status !== 'final') continue;
    for (const s of result.standings) {
      if (s.rank !== 1) continue;
      if (s.repId !== null) add(s.repId);
      else if (s.team !== null) {
        const limit = result.contest.team;
        for (const r of input.reps)
          if (r.active && r.team === s.team && (limit === null || r.team === limit)) add(r.repId);
      }
    }
  }
  return wins;
}

/** One entry per active rep, by rep id. */
export function computeLevels(input: LevelInput): RepLevel[] {
  const tierOf = new Map(input.badges.map((b) => [b.badgeId, b.tier]));
  const badgeXp = new Map<string, { xp: number; count: number }>();
  for (const a of input.awards) {
    const tier = tierOf.get(a.badgeId) ?? null;
    const cur = badgeXp.get(a.repId) ?? { xp: 0, count: 0 };
    badgeXp.set(a.repId, {
      xp: cur.xp + (tier === null ? UNTIERED_XP : TIER_XP[tier]),
      count: cur.count + 1,
    });
  }
  const wins = contestWins(input);
  const received = new Map<string, number>();
  for (const r of input.recognition)
    if (r.day <= input.asOf) received.set(r.to, (received.get(r.to) ?? 0) + 1);

  return input.reps
    .filter((r) => r.active)
    .map((r) => r.repId)
    .sort(compareText)
    .map((repId) => {
      const b = badgeXp.get(repId) ?? { xp: 0, count: 0 };
      const w = wins.get(repId) ?? 0;
      const n = received.get(repId) ?? 0;
      const xp = b.xp + w * CONTEST_WIN_XP + n * RECOGNITION_XP;
      const level = levelOf(xp);
      const levelXp = xpForLevel(level);
      const nextLevelXp = xpForLevel(level + 1);
      const title = levelTitle(level);
      return {
        repId,
        xp,
        level,
        title,
        levelXp,
        nextLevelXp,
        progressPct: round1(((xp - levelXp) / (nextLevelXp - levelXp)) * 100),
        badgeXp: b.xp,
        contestXp: w * CONTEST_WIN_XP,
        recognitionXp: n * RECOGNITION_XP,
        badgeCount: b.count,
        contestWins: w,
        recognitionCount: n,
      };
    });
}
