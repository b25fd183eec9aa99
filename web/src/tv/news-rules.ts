// The rules that turn two snapshots into news: board moves (new #1, overtakes, deals) and rep changes.
import type { Leaderboard, Snapshot } from '../../../shared/snapshot';
import type { Celebration } from './celebrations';

/** Streak lengths worth a cheer (working days in a row at the Settings bar). */
export const STREAK_MILESTONES: readonly number[] = [
  5, 10, 15, 20, 30, 40, 50, 75, 100, 150, 200, 250,
];

/** The board the wall's news is read from: this month's revenue, the same period in both snapshots. */
function revenueBoards(
  previous: Snapshot,
  next: Snapshot,
): [Leaderboard | null, Leaderboard] | null {
  const find = (s: Snapshot) =>
    s.leaderboards.find((b) => b.periodKind === 'month' && b.lens === 'revenue') ?? null;
  const now = find(next);
  if (!now) return null;
  const before = find(previous);
  // A new month starts every board at zero: nothing in that is a deal, an overtake or a new #1.
  if (before && before.period !== now.period) return null;
  return [before, now];
}

/**
 * New #1 (a rep at rank 1 who was not), overtakes (a rep now above someone who was above them,
 * in the top 10; the one they passed last is named) and deals won (the month's revenue went up;
 * the amount only when published). Anonymous rows are never news.
 */
export function boardNews(previous: Snapshot, next: Snapshot): Celebration[] {
  const boards = revenueBoards(previous, next);
  if (!boards) return [];
  const [before, now] = boards;
  const label = now.period;
  const oldRank = new Map<string, number>();
  const oldValue = new Map<string, number | null>();
  for (const e of before?.entries ?? []) {
    if (e.repId === null) continue;
    oldRank.set(e.repId, e.rank);
    oldValue.set(e.repId, e.value);
  }
  const out: Celebration[] = [];
  const oldLeaders = new Set(
    (before?.entries ?? []).filter((e) => e.rank === 1).map((e) => e.repId),
  );
  for (const e of now.entries) {
    if (e.repId === null) continue;
    const was = oldRank.get(e.repId);
    const value = e.value;
    const had = oldValue.has(e.repId) ? oldValue.get(e.repId)! : 0;
    if (value !== null && had !== null && value > had)
      out.push({
        kind: 'deal_won',
        id: `deal:${label}:${e.repId}:${value}`,
        repId: e.repId,
        amount: value - had,
      });
    if (e.rank === 1 && !oldLeaders.has(e.repId) && (value === null || value > 0)) {
      out.push({
        kind: 'new_leader',
        id: `leader:${label}:${e.repId}:${next.generatedAt}`,
        repId: e.repId,
        board: label,
      });
      continue;
    }
    if (was === undefined || e.rank >= was || e.rank > 10) continue;
    // Passed: above this rep before, below now. Name the one now just below them.
    const passed = now.entries
      .filter((o) => o.repId !== null && o.repId !== e.repId && o.rank > e.rank)
      .filter((o) => (oldRank.get(o.repId!) ?? Number.POSITIVE_INFINITY) < was)
      .sort((a, b) => a.rank - b.rank)[0];
    if (passed?.repId)
      out.push({
        kind: 'overtake',
        id: `overtake:${label}:${e.repId}:${passed.repId}:${next.generatedAt}`,
        repId: e.repId,
        passedRepId: passed.repId,
        board: label,
      });
  }
  return out;
}

/**
 * Big deals (a new big-deal entry; it takes the rep's deal news and its amount), target hit (this
 * month's attainment reaching 100 %), level-ups, new badges and streak milestones.
 */
export function repNews(previous: Snapshot, next: Snapshot, sofar: Celebration[]): Celebration[] {
  const out: Celebration[] = [];
  const oldRecognition = new Set(previous.recognition.map((r) => r.id));
  for (const r of next.recognition) {
    if (r.kind !== 'big_deal' || oldRecognition.has(r.id)) continue;
    const i = sofar.findIndex((c) => c.kind === 'deal_won' && c.repId === r.toRepId);
    const deal = i >= 0 ? sofar.splice(i, 1)[0] : undefined;
    const amount = deal?.kind === 'deal_won' ? deal.amount : null;
    out.push({
      kind: 'big_deal',
      id: `deal:${r.id}`,
      repId: r.toRepId,
      message: r.message,
      amount,
    });
  }
  const oldReps = new Map(previous.reps.map((r) => [r.id, r]));
  const month = (s: Snapshot) => s.periods.find((p) => p.kind === 'month');
  const sameMonth = month(previous)?.label === month(next)?.label;
  for (const rep of next.reps) {
    const old = oldReps.get(rep.id);
    if (!old) continue;
    const pct = rep.attainment.month;
    const had = old.attainment.month;
    if (sameMonth && pct !== null && pct >= 100 && (had === null || had < 100))
      out.push({
        kind: 'target_hit',
        id: `target:${month(next)?.label}:${rep.id}`,
        repId: rep.id,
        period: month(next)?.name ?? '',
      });
    if (rep.level > old.level)
      out.push({
        kind: 'level_up',
        id: `level:${rep.id}:${rep.level}`,
        repId: rep.id,
        level: rep.level,
        title: rep.levelTitle,
      });
    const crossed = STREAK_MILESTONES.filter(
      (m) => old.streak.current < m && rep.streak.current >= m,
    );
    const days = crossed[crossed.length - 1];
    if (days !== undefined)
      out.push({
        kind: 'streak',
        id: `streak:${rep.id}:${days}:${next.asOf}`,
        repId: rep.id,
        days,
      });
  }
  const oldAwards = new Set(
    previous.awards.map((a) => `${a.badgeId}|${a.repId}|${a.window ?? ''}`),
  );
  for (const a of next.awards) {
    const key = `${a.badgeId}|${a.repId}|${a.window ?? ''}`;
    if (!oldAwards.has(key))
      out.push({
        kind: 'badge',
        id: `badge:${key}`,
        repId: a.repId,
        badgeId: a.badgeId,
        explanation: a.explanation,
      });
  }
  return out;
}
