// One formatter per currency for the org views: each team's figures in its own currency, percentages in none.
import { formatIsoDay } from '../../../shared/format';
import { contestValue } from '../contest-text';
import { type Formatter, makeFormatter } from '../format';
import type { ContestBasis, OrgContest, OrgContestRep } from './contests';

const cache = new Map<string, Formatter>();

/** A formatter for figures counted in `currency` (amounts shown: a team that hides them sends none). */
export function orgFormatter(currency: string): Formatter {
  let fmt = cache.get(currency);
  if (!fmt) {
    fmt = makeFormatter({
      name: '',
      currency,
      timeZone: 'UTC',
      weekStartsOn: 'monday',
      tvTopN: 10,
      publishAmounts: true,
    });
    cache.set(currency, fmt);
  }
  return fmt;
}

/** Figures that are percentages whatever the contest's unit. */
const PERCENT_BASIS: Record<ContestBasis, boolean> = {
  per_target: true,
  per_rep: false,
  streak_days: false,
  reached_share: true,
};

/** The heading of a team's figure, by basis. */
export const BASIS_HEADING: Record<ContestBasis, string> = {
  per_target: '% of goal per rep',
  per_rep: 'Per rep',
  streak_days: 'Best streak per rep',
  reached_share: 'Reached the goal',
};

/** A figure as the basis reads it: % (of goal, or of reps who reached it), or the contest's own unit (days for a streak) in the team's currency. */
export function orgFigure(c: OrgContest, value: number | null, currency: string): string {
  if (value === null) return '–';
  const fmt = orgFormatter(currency);
  return (PERCENT_BASIS[c.basis] ? fmt.percent(value) : contestValue(fmt, c, value)) ?? '–';
}

/** A top rep's figure: a first-to rep who reached the goal by the day, in words; else the figure. */
export function orgRepFigure(c: OrgContest, r: OrgContestRep): string {
  if (r.reachedAt !== null) return `reached the goal ${formatIsoDay(r.reachedAt.slice(0, 10))}`;
  return c.basis === 'reached_share'
    ? `${orgFigure({ ...c, basis: 'per_rep' }, r.value, r.currency)}, not reached`
    : orgFigure(c, r.value, r.currency);
}
