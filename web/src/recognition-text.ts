// Recognition feed wording: what each entry says, derived from its kind, as plain text.
import type { RecognitionEntry } from '../../shared/snapshot';
import type { SnapshotIndex } from './model';

export const KIND_ICON: Record<RecognitionEntry['kind'], string> = {
  'hi-five': '🙌',
  'shout-out': '📣',
  award: '🏅',
  badge: '🎖️',
  contest_won: '🏆',
  big_deal: '🔔',
};

export function recognitionHeadline(index: SnapshotIndex, r: RecognitionEntry): string {
  const to = index.repName(r.toRepId);
  const badge = r.badgeId ? (index.badges.get(r.badgeId)?.name ?? 'a badge') : null;
  const contest = r.contestId ? (index.contests.get(r.contestId)?.name ?? 'a contest') : null;
  switch (r.kind) {
    case 'hi-five':
      return `Hi-five for ${to}${r.from ? ` from ${r.from}` : ''}`;
    case 'shout-out':
      return `Shout-out for ${to}${r.from ? ` from ${r.from}` : ''}`;
    case 'award':
      return `${to} received ${badge ?? 'an award'}${r.from ? ` from ${r.from}` : ''}`;
    case 'badge':
      return `${to} earned ${badge ?? 'a badge'}`;
    case 'contest_won':
      return `${to} won ${contest ?? 'a contest'}`;
    case 'big_deal':
      return `${to} closed a big deal`;
  }
}

export function sortedFeed(entries: readonly RecognitionEntry[]): RecognitionEntry[] {
  return [...entries].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}
