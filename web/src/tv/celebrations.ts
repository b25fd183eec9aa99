// Finds what to celebrate when a reload brings news: new badges, contests turned final, big deals.
import type { Snapshot } from '../../../shared/snapshot';

export type Celebration =
  | { kind: 'badge'; id: string; repId: string; badgeId: string; explanation: string }
  | {
      kind: 'contest';
      id: string;
      contestId: string;
      winnerRepId: string | null;
      winnerTeam: string | null;
    }
  | { kind: 'big_deal'; id: string; repId: string; message: string | null };

/** At most this many per reload, so a backlog never hijacks the wall for minutes. */
export const MAX_CELEBRATIONS = 5;

export function diffCelebrations(previous: Snapshot | null, next: Snapshot): Celebration[] {
  // The first snapshot a screen sees is the baseline: nothing in it is news.
  if (!previous || previous.generatedAt === next.generatedAt) return [];
  const out: Celebration[] = [];
  const oldAwards = new Set(
    previous.awards.map((a) => `${a.badgeId}|${a.repId}|${a.window ?? ''}`),
  );
  for (const a of next.awards) {
    const key = `${a.badgeId}|${a.repId}|${a.window ?? ''}`;
    if (!oldAwards.has(key)) {
      out.push({
        kind: 'badge',
        id: `badge:${key}`,
        repId: a.repId,
        badgeId: a.badgeId,
        explanation: a.explanation,
      });
    }
  }
  const oldStatus = new Map(previous.contests.map((c) => [c.id, c.status]));
  for (const c of next.contests) {
    const before = oldStatus.get(c.id);
    if (c.status === 'final' && before !== undefined && before !== 'final') {
      const winner = c.standings.find((s) => s.rank === 1) ?? null;
      out.push({
        kind: 'contest',
        id: `contest:${c.id}`,
        contestId: c.id,
        winnerRepId: winner?.repId ?? null,
        winnerTeam: winner?.team ?? null,
      });
    }
  }
  const oldRecognition = new Set(previous.recognition.map((r) => r.id));
  for (const r of next.recognition) {
    if (r.kind === 'big_deal' && !oldRecognition.has(r.id)) {
      out.push({ kind: 'big_deal', id: `deal:${r.id}`, repId: r.toRepId, message: r.message });
    }
  }
  return out.slice(0, MAX_CELEBRATIONS);
}
