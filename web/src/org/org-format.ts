// One formatter per currency for the org views: each team's figures in its own currency, percentages in none.
import { contestValue } from '../contest-text';
import { type Formatter, makeFormatter } from '../format';
import type { OrgContest } from './contests';

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

/** A figure as the basis reads it: % of goal, or the contest's own unit in the team's currency. */
export function orgFigure(c: OrgContest, value: number | null, currency: string): string {
  if (value === null) return '–';
  const fmt = orgFormatter(currency);
  return (c.basis === 'per_target' ? fmt.percent(value) : contestValue(fmt, c, value)) ?? '–';
}
