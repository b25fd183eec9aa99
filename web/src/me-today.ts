// A rep's "today": pace against the period, what changed since the last data day, the nearest badge.
import { compareText } from '../../shared/order';
import type { BadgeProgress, PeriodKindPublic, SnapshotBadge } from '../../shared/snapshot';
import { rankChange } from './format';
import type { DayMemo } from './me-storage';
import { LENS_LABEL, PERIOD_LABEL, type SnapshotIndex } from './model';

export interface PaceStatus {
  /** Expected % of target by the as-of day (the snapshot's working-day pace). */
  readonly pace: number;
  readonly attainment: number | null;
  /** "12.5 percentage points ahead of pace" / "behind pace" / "on pace"; null without a target. */
  readonly text: string | null;
  readonly dir: 'up' | 'down' | 'same' | null;
}

const pts = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

export function paceStatus(
  index: SnapshotIndex,
  repId: string,
  kind: PeriodKindPublic,
): PaceStatus | null {
  const pace = index.period(kind)?.pace?.pct;
  if (pace === undefined) return null;
  const attainment = index.reps.get(repId)?.attainment[kind] ?? null;
  if (attainment === null) return { pace, attainment, text: null, dir: null };
  const diff = Math.round((attainment - pace) * 10) / 10;
  const size = `${pts.format(Math.abs(diff))} percentage ${Math.abs(diff) === 1 ? 'point' : 'points'}`;
  if (diff === 0) return { pace, attainment, text: 'Right on pace', dir: 'same' };
  return diff > 0
    ? { pace, attainment, text: `${size} ahead of pace`, dir: 'up' }
    : { pace, attainment, text: `${size} behind pace`, dir: 'down' };
}

export interface Change {
  readonly text: string;
  readonly dir: 'up' | 'down' | 'same' | 'new';
}

/** The boards whose rank changes "today" reports: this month's, in the site's lens order. */
const TODAY_BOARDS = ['revenue', 'attainment', 'activity_points'] as const;

/**
 * What changed: ranks and attainment against the device's memo of an earlier data day (only for
 * the rep who picked themselves), plus badges and recognition dated after it (or on the as-of day
 * without a memo), which the snapshot itself says.
 */
export function changesSince(index: SnapshotIndex, repId: string, memo: DayMemo | null): Change[] {
  const snap = index.snapshot;
  const out: Change[] = [];
  if (memo) {
    for (const lens of TODAY_BOARDS) {
      const entry = index.board('month', lens)?.entries.find((e) => e.repId === repId);
      const before = memo.ranks[`month|${lens}`];
      if (!entry || before === undefined || before === entry.rank) continue;
      const c = rankChange(entry.rank, before);
      out.push({
        text: `${LENS_LABEL[lens]}, ${PERIOD_LABEL.month.toLowerCase()}: #${before} → #${entry.rank}`,
        dir: c.dir,
      });
    }
    const now = index.reps.get(repId)?.attainment.month ?? null;
    const then = memo.attainment.month ?? null;
    if (now !== null && then !== null && now !== then) {
      out.push({
        text: `% of target this month: ${pts.format(then)}% → ${pts.format(now)}%`,
        dir: now > then ? 'up' : 'down',
      });
    }
  }
  const since = (day: string) => (memo ? day > memo.day : day === snap.asOf);
  for (const a of index.awardsByRep.get(repId) ?? []) {
    if (since(a.earnedOn))
      out.push({
        text: `New badge: ${index.badges.get(a.badgeId)?.name ?? a.badgeId}`,
        dir: 'new',
      });
  }
  const praise = snap.recognition.filter(
    (r) => r.toRepId === repId && since(r.date) && (r.kind === 'hi-five' || r.kind === 'shout-out'),
  ).length;
  if (praise > 0)
    out.push({ text: praise === 1 ? 'A new hi-five' : `${praise} new hi-fives`, dir: 'new' });
  return out;
}

export interface NextBadge {
  readonly badge: SnapshotBadge;
  readonly progress: BadgeProgress;
}

/** The badges in progress, nearest first (ties by badge id, so the order never flickers). */
export function badgesInProgress(index: SnapshotIndex, repId: string): NextBadge[] {
  return index.snapshot.progress
    .filter((p) => p.repId === repId && p.pct < 100 && index.badges.has(p.badgeId))
    .sort((a, b) => b.pct - a.pct || compareText(a.badgeId, b.badgeId))
    .map((progress) => ({ badge: index.badges.get(progress.badgeId)!, progress }));
}
