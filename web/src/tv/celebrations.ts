// What the wall celebrates: every piece of news between two snapshots, in one fixed order, none dropped.
import type { Snapshot } from '../../../shared/snapshot';
import { boardNews, repNews } from './news-rules';

/** One piece of news. `id` is stable, so the same news is never celebrated twice. */
export type Celebration =
  | {
      kind: 'contest';
      id: string;
      contestId: string;
      winnerRepId: string | null;
      winnerTeam: string | null;
    }
  | { kind: 'new_leader'; id: string; repId: string; board: string }
  | { kind: 'big_deal'; id: string; repId: string; message: string | null; amount: number | null }
  | { kind: 'deal_won'; id: string; repId: string; amount: number | null }
  | { kind: 'target_hit'; id: string; repId: string; period: string }
  | { kind: 'overtake'; id: string; repId: string; passedRepId: string; board: string }
  | { kind: 'level_up'; id: string; repId: string; level: number; title: string }
  | { kind: 'badge'; id: string; repId: string; badgeId: string; explanation: string }
  | { kind: 'streak'; id: string; repId: string; days: number };

export type CelebrationKind = Celebration['kind'];

/** The order news is told in when one reload brings several: the biggest moments first. */
export const CELEBRATION_ORDER: readonly CelebrationKind[] = [
  'contest',
  'new_leader',
  'big_deal',
  'deal_won',
  'target_hit',
  'overtake',
  'level_up',
  'badge',
  'streak',
];

/**
 * News between the snapshot on screen and the one just loaded (a pure function: tested in Node,
 * same input, same list). The first snapshot a screen sees is the baseline: nothing in it is news.
 * Nothing is cut here: the TV loop batches a busy reload into recap slides instead.
 */
export function diffCelebrations(previous: Snapshot | null, next: Snapshot): Celebration[] {
  if (!previous || previous.generatedAt === next.generatedAt) return [];
  const out: Celebration[] = [...contestNews(previous, next), ...boardNews(previous, next)];
  out.push(...repNews(previous, next, out));
  const rank = new Map(CELEBRATION_ORDER.map((k, i) => [k, i]));
  const name = new Map(next.reps.map((r) => [r.id, r.name]));
  const who = (c: Celebration) =>
    'repId' in c && c.repId !== null ? (name.get(c.repId) ?? c.repId) : '';
  return out
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        rank.get(a.c.kind)! - rank.get(b.c.kind)! ||
        (who(a.c) < who(b.c) ? -1 : who(a.c) > who(b.c) ? 1 : 0) ||
        a.i - b.i,
    )
    .map(({ c }) => c);
}

function contestNews(previous: Snapshot, next: Snapshot): Celebration[] {
  const out: Celebration[] = [];
  const oldStatus = new Map(previous.contests.map((c) => [c.id, c.status]));
  for (const c of next.contests) {
    const before = oldStatus.get(c.id);
    if (c.status !== 'final' || before === undefined || before === 'final') continue;
    const winner = c.standings.find((s) => s.rank === 1) ?? null;
    out.push({
      kind: 'contest',
      id: `contest:${c.id}`,
      contestId: c.id,
      winnerRepId: winner?.repId ?? null,
      winnerTeam: winner?.team ?? null,
    });
  }
  return out;
}
