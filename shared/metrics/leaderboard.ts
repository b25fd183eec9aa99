// Leaderboards: active reps ranked per period (week, month, quarter, year of the as-of day) under four lenses.
//
// Lenses (several fair ways to win):
// - revenue: won amount in the period so far; every active rep ranks, zero included.
// - attainment: revenue as % of the rep's own revenue target; reps without a target are left out.
// - activity_points: weighted activity (Settings activity_points); every active rep ranks, zero included.
// - improvement: the rise over the previous period of the same kind measured at the same point
//   (as many days in), so a half-finished month is compared with the first half of the last one.
//   One measure for the whole board: the rise in attainment, in percentage points (fair across
//   target sizes). Like the attainment lens, reps without a revenue target in both periods are left
//   out. Only a positive rise ranks.
// Ranking: competition ranks (1, 2, 2, 4) on values rounded as shown (money and points to 0.01,
// percentages to 0.1); ties are listed by name, then rep id. `previousRank` is the rep's rank under
// the same lens in the previous period (taken whole), or null when the rep had no result above zero
// there. A board on which nobody is above zero has no entries (no results yet, not a tie for #1).
// Each entry carries the fact behind its value; words are written at the edge (leaderboard-words.ts
// for the manager, shared/snapshot/words/leaderboards.ts for the public, which alone applies
// publish_amounts).
import { roundTo } from '../format';
import { type Period, periodOf, previousPeriod } from '../time';
import type { Day } from '../time';
import type { RunContext } from '../run-context';
import type { Rep } from '../workbook';
import type { RepPeriodMetrics } from './period-metrics';
import { LENSES, type Lens, SCORECARD_KINDS, type ScorecardKind } from './boards';
import { compareText, rankBy } from '../order';
import type { LeaderboardFact, WonFact } from './leaderboard-facts';

export interface LeaderboardEntry {
  readonly repId: string;
  readonly rank: number;
  readonly value: number;
  readonly previousRank: number | null;
  /** What the value rests on; words: leaderboard-words.ts (manager), snapshot/words (public). */
  readonly fact: LeaderboardFact;
}

export interface Leaderboard {
  readonly periodKind: ScorecardKind;
  /** The period label, e.g. '2026-11'. */
  readonly period: string;
  readonly lens: Lens;
  readonly entries: readonly LeaderboardEntry[];
}

/** What the leaderboards read of a run. */
type LeaderboardContext = Pick<
  RunContext,
  'reps' | 'ledger' | 'calendar' | 'settings' | 'asOf' | 'metricsOf'
>;

interface LensContext {
  readonly run: LeaderboardContext;
  /** The rep's figures for the period up to the board's day. */
  readonly now: RepPeriodMetrics;
  /** The previous period's figures up to the same point. */
  readonly before: RepPeriodMetrics;
}

/**
 * A lens: the value a rep ranks on (null: not ranked), and the fact behind that value. The fact
 * is gathered only for the boards shown, not for the previous period's boards, which are ranked
 * only to give each entry its previous rank.
 */
interface LensDef {
  value(c: LensContext): number | null;
  fact(c: LensContext, value: number): LeaderboardFact;
}

function wonFact(c: LensContext, m: RepPeriodMetrics): WonFact {
  const rows = c.run.ledger.sourceRows(m.repId, 'revenue', m.period.start, m.through);
  return {
    revenue: m.revenue,
    deals: m.wonDeals,
    sources: Array.from(rows, (row) => ({ tab: 'Deals' as const, row })),
  };
}

const lenses: { [K in Lens]: LensDef } = {
  revenue: {
    value: (c) => roundTo(c.now.revenue, 2),
    fact: (c) => ({ kind: 'revenue', period: c.now.period, won: wonFact(c, c.now) }),
  },
  attainment: {
    value: (c) => (c.now.attainmentPct === null ? null : roundTo(c.now.attainmentPct, 1)),
    fact: (c) => ({
      kind: 'attainment',
      period: c.now.period,
      pct: c.now.attainmentPct!,
      won: wonFact(c, c.now),
    }),
  },
  activity_points: {
    value: (c) => roundTo(c.now.activityPoints, 2),
    fact: (c, value) => {
      const weights = c.run.settings.activityWeights;
      const parts = c.run.ledger.activityTypes
        .filter((t) => (c.now.activities[t] ?? 0) !== 0)
        .map((type) => ({ type, count: c.now.activities[type]!, weight: weights.get(type) ?? 1 }));
      return { kind: 'activity_points', period: c.now.period, points: value, parts };
    },
  },
  improvement: {
    value: ({ now, before }) => {
      if (now.attainmentPct === null || before.attainmentPct === null) return null;
      const value = roundTo(now.attainmentPct - before.attainmentPct, 1);
      return value > 0 ? value : null;
    },
    fact: ({ now, before }, value) => ({
      kind: 'improvement',
      period: now.period,
      pct: now.attainmentPct!,
      previous: before.period,
      previousPct: before.attainmentPct!,
      rise: value,
    }),
  },
};

interface Ranked {
  readonly rep: Rep;
  readonly rank: number;
  readonly value: number;
  /** What the lens read, to explain the value when the board is shown. */
  readonly context: LensContext;
}

/** Competition ranks on value (descending); ties listed by name, then rep id. */
export function rankDescending<T extends { rep: Pick<Rep, 'name' | 'repId'>; value: number }>(
  items: readonly T[],
): (T & { rank: number })[] {
  return rankBy(
    items,
    (a, b) => b.value - a.value,
    (a, b) => compareText(a.rep.name, b.rep.name) || compareText(a.rep.repId, b.rep.repId),
  ).map(({ item, rank }) => ({ ...item, rank }));
}

function board(
  run: LeaderboardContext,
  reps: readonly Rep[],
  lens: Lens,
  period: Period,
  asOf: Day,
): Ranked[] {
  const day = Math.min(asOf, period.end);
  const prev = previousPeriod(period, run.calendar);
  const prevDay = Math.min(prev.start + (day - period.start), prev.end);
  const scored: { rep: Rep; value: number; context: LensContext }[] = [];
  for (const rep of reps) {
    const now = run.metricsOf(rep.repId, period, day);
    const before = lens === 'improvement' ? run.metricsOf(rep.repId, prev, prevDay) : now;
    const context = { run, now, before };
    const value = lenses[lens].value(context);
    if (value !== null) scored.push({ rep, value, context });
  }
  return rankDescending(scored);
}

/** Boards for week, month, quarter and year (in that order), each with the four lenses in LENSES order. */
export function computeLeaderboards(ctx: LeaderboardContext): Leaderboard[] {
  const { asOf } = ctx;
  const reps = ctx.reps.filter((r) => r.active);
  const out: Leaderboard[] = [];
  for (const kind of SCORECARD_KINDS) {
    const period = periodOf(kind, asOf, ctx.calendar);
    const prev = previousPeriod(period, ctx.calendar);
    for (const lens of LENSES) {
      // A rank is real only with a result behind it: tied last on zero (or a whole board of
      // zeros, everyone "#1") would draw a red arrow for every rep the next period.
      const previous = new Map<string, number>();
      for (const r of board(ctx, reps, lens, prev, prev.end)) {
        if (r.value > 0) previous.set(r.rep.repId, r.rank);
      }
      const ranked = board(ctx, reps, lens, period, asOf).map((r) => ({
        repId: r.rep.repId,
        rank: r.rank,
        value: r.value,
        previousRank: previous.get(r.rep.repId) ?? null,
        fact: lenses[lens].fact(r.context, r.value),
      }));
      // Nobody above zero is no result, not a tie for first: such a board has no entries, and
      // every view says "no results yet" instead of ranking the whole team #1.
      const entries = ranked.some((e) => e.value > 0) ? ranked : [];
      out.push({ periodKind: kind, period: period.label, lens, entries });
    }
  }
  return out;
}
