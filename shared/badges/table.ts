// The Awards output tab: one row per badge earned, newest first.
import type { Table } from '../outputs';
import { isoDay } from '../time';
import type { BadgeDef } from '../workbook';
import { compareAwardsNewestFirst } from './award-order';
import { awardWords } from './award-words';
import type { Award } from './types';

export const AWARDS_HEADER = [
  'badge_id',
  'rep_id',
  'earned_on',
  'window',
  'value',
  'explanation',
  'badge',
  'tier',
] as const;

export function awardsTable(
  awards: readonly Award[],
  badges: readonly BadgeDef[],
  currency: string,
): Table {
  const byId = new Map(badges.map((b) => [b.badgeId, b]));
  const rows = [...awards].sort(compareAwardsNewestFirst).map((a) => {
    const badge = byId.get(a.badgeId);
    return [
      a.badgeId,
      a.repId,
      isoDay(a.earnedOn),
      a.window,
      a.value,
      awardWords(a, badge?.name ?? a.badgeId, currency),
      badge?.name ?? null,
      badge?.tier ?? null,
    ];
  });
  return {
    tab: 'Awards',
    note: 'Badges earned, newest first, written by Bellringer on every run; edits here are not kept.',
    header: AWARDS_HEADER,
    rows,
    formats: { earned_on: 'date', value: 'number' },
  };
}
