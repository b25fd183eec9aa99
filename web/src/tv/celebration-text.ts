// The words of each celebration: the amount as the headline when published, then who and what.
import type { Formatter } from '../format';
import type { SnapshotIndex } from '../model';
import { captionAfter } from '../recognition-text';
import type { Celebration } from './celebrations';

export interface CelebrationText {
  readonly icon: string;
  /** The biggest line: the amount of a deal when amounts are published, else null. */
  readonly amount: string | null;
  readonly title: string;
  readonly detail: string;
}

type Words = {
  readonly [K in Celebration['kind']]: (
    c: Extract<Celebration, { kind: K }>,
    index: SnapshotIndex,
    fmt: Formatter,
  ) => CelebrationText;
};

const money = (fmt: Formatter, amount: number | null) =>
  amount === null ? null : fmt.value('money', amount);

const WORDS: Words = {
  contest: (c, index) => {
    const contest = index.contests.get(c.contestId);
    const winner =
      c.winnerRepId !== null ? index.repName(c.winnerRepId) : (c.winnerTeam ?? 'Anonymous rep');
    return {
      icon: '🏆',
      amount: null,
      title: `${winner} won ${contest?.name ?? 'the contest'}!`,
      detail: contest?.prize ? `Prize: ${contest.prize}` : 'Final standings are in.',
    };
  },
  new_leader: (c, index) => ({
    icon: '👑',
    amount: null,
    title: `${index.repName(c.repId)} is the new #1!`,
    detail: `Top of the revenue board for ${index.period('month')?.name ?? 'the month'}.`,
  }),
  big_deal: (c, index, fmt) => ({
    icon: '🔔',
    amount: money(fmt, c.amount),
    title: `${index.repName(c.repId)} closed a big deal!`,
    detail: c.message === null ? '' : (captionAfter('closed a big deal', c.message) ?? ''),
  }),
  deal_won: (c, index, fmt) => ({
    icon: '💰',
    amount: money(fmt, c.amount),
    title: `${index.repName(c.repId)} won a deal!`,
    detail: '',
  }),
  target_hit: (c, index) => ({
    icon: '🎯',
    amount: null,
    title: `${index.repName(c.repId)} hit target!`,
    detail: `100% of the revenue target for ${c.period}.`,
  }),
  overtake: (c, index) => ({
    icon: '🚀',
    amount: null,
    title: `${index.repName(c.repId)} passed ${index.repName(c.passedRepId)}!`,
    detail: `Now #${index.board('month', 'revenue')?.entries.find((e) => e.repId === c.repId)?.rank ?? '?'} on the revenue board.`,
  }),
  level_up: (c, index) => ({
    icon: '⭐',
    amount: null,
    title: `${index.repName(c.repId)} reached level ${c.level}!`,
    detail: c.title,
  }),
  badge: (c, index) => {
    const badge = index.badges.get(c.badgeId);
    return {
      icon: badge?.icon ?? '🎖️',
      amount: null,
      title: `${index.repName(c.repId)} earned ${badge?.name ?? 'a badge'}!`,
      detail: c.explanation,
    };
  },
  streak: (c, index) => ({
    icon: '🔥',
    amount: null,
    title: `${index.repName(c.repId)}: ${c.days} days in a row!`,
    detail: 'Working days in a row at the daily activity bar.',
  }),
};

export function celebrationText(
  index: SnapshotIndex,
  fmt: Formatter,
  c: Celebration,
): CelebrationText {
  const words = WORDS[c.kind] as (
    c: Celebration,
    i: SnapshotIndex,
    f: Formatter,
  ) => CelebrationText;
  return words(c, index, fmt);
}

/** One line of a recap slide: the title, with the amount when there is one. */
export function recapLine(index: SnapshotIndex, fmt: Formatter, c: Celebration): string {
  const t = celebrationText(index, fmt, c);
  return t.amount ? `${t.title.replace(/!$/, '')}: ${t.amount}` : t.title;
}
