// Formatting for a private page: money to the cent (a statement is exact), percentages, days.
import { formatIsoDay, roundTo } from '../../../shared/format';

export interface PrivateFormat {
  money(x: number | null): string;
  /** Whole amounts for targets and revenue summaries. */
  wholeMoney(x: number | null): string;
  pct(x: number | null): string;
  day(iso: string | null): string;
}

export function privateFormat(currency: string, locale?: string): PrivateFormat {
  let code = currency;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency });
  } catch {
    code = 'USD';
  }
  const cents = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: code,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const whole = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: code,
    maximumFractionDigits: 0,
  });
  const pct = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  // Rounded half up on the decimal value first (the engine's rule), then Intl only lays it out.
  return {
    money: (x) => (x === null ? '–' : cents.format(roundTo(x, 2))),
    wholeMoney: (x) => (x === null ? '–' : whole.format(roundTo(x, 0))),
    pct: (x) => (x === null ? '–' : `${pct.format(roundTo(x, 1))}%`),
    // The one day style ("26 Nov 2026", shared/format), as on the team site.
    day: (iso) => (iso === null ? '–' : formatIsoDay(iso)),
  };
}
