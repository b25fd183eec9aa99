// One formatter per currency for the org views: each team's figures in its own currency, percentages in none.
import { type Formatter, makeFormatter } from '../format';

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
