// Turns a leaderboard into display rows: names, values (or a % fallback when amounts are hidden), rank changes.
import type { Leaderboard, PeriodKindPublic } from '../../shared/snapshot';
import type { BarRow } from '../../ui';
import { type Formatter, rankChange } from './format';
import type { SnapshotIndex } from './model';
import { hrefFor } from './router';

export interface RowOptions {
  /** Only reps of this team, re-numbered 1..n within it. */
  readonly team?: string | null;
  readonly limit?: number | null;
  readonly links?: boolean;
  /** The viewer's own rep id ("me" on this device): that row is marked. */
  readonly me?: string | null;
}

export interface DisplayRow extends BarRow {
  readonly explanation: string;
  readonly repId: string | null;
}

export function leaderboardRows(
  index: SnapshotIndex,
  fmt: Formatter,
  board: Leaderboard,
  opts: RowOptions = {},
): DisplayRow[] {
  const kind: PeriodKindPublic = board.periodKind;
  let entries = board.entries;
  if (opts.team) {
    const team = opts.team;
    entries = entries.filter((e) => e.repId !== null && index.reps.get(e.repId)?.team === team);
  }
  if (opts.limit !== undefined && opts.limit !== null) entries = entries.slice(0, opts.limit);
  return entries.map((e, i) => {
    const rep = e.repId === null ? undefined : index.reps.get(e.repId);
    let value = e.value;
    let valueText =
      board.lens === 'improvement' ? fmt.signed(board.unit, value) : fmt.value(board.unit, value);
    if (valueText === null) {
      // Amounts not published: show the rep's % of target instead, else only the rank.
      const pct = rep?.attainment[kind] ?? null;
      value = pct;
      valueText = pct !== null ? `${fmt.percent(pct)} of target` : `#${e.rank}`;
    }
    return {
      key: e.repId ?? `anon-${e.rank}-${i}`,
      repId: e.repId,
      rank: opts.team ? i + 1 : e.rank,
      name: index.repName(e.repId),
      initials: rep?.initials ?? '?',
      avatarUrl: rep?.avatarUrl ?? null,
      href: opts.links !== false && rep ? hrefFor({ view: 'rep', id: rep.id }) : null,
      value,
      valueText,
      change: opts.team ? null : rankChange(e.rank, e.previousRank),
      level: rep ? `Level ${rep.level} · ${rep.levelTitle}` : null,
      explanation: e.explanation,
      me: opts.me != null && e.repId === opts.me,
    };
  });
}
