// Number and date formatting for the site (Intl, the team's currency); null stays null so views can fall back.
import { formatIsoDay, roundTo } from '../../shared/format';
import type { Snapshot, Unit } from '../../shared/snapshot';
import { dayIn, dayStartMs, daysBetween, knownZone, nextDay } from './zone';

export type { Unit };

export interface Formatter {
  /** Formatted value, or null when there is no value to show (e.g. amounts not published). */
  value(unit: Unit, value: number | null): string | null;
  /** A signed change, e.g. "+12.5%" for improvement. */
  signed(unit: Unit, value: number | null): string | null;
  percent(value: number | null): string | null;
  day(iso: string): string;
  /** The team's IANA time zone (UTC when the browser does not know it), for countdowns and clocks. */
  readonly timeZone: string;
}

function safeCurrency(currency: string): string {
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency });
    return currency;
  } catch {
    return 'USD';
  }
}

export function makeFormatter(team: Snapshot['team'], locale?: string): Formatter {
  const currency = safeCurrency(team.currency);
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  });
  const pct = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  // Rounded half up on the decimal value first (shared/format, the engine's rule: 288.75 -> 288.8),
  // so the figure shown does not depend on how a browser's Intl rounds the binary float.
  const value = (unit: Unit, raw: number | null): string | null => {
    if (raw === null || !Number.isFinite(raw)) return null;
    const v = roundTo(raw, unit === 'money' ? 0 : 1);
    switch (unit) {
      case 'money':
        return money.format(v);
      case 'percent':
        return `${pct.format(v)}%`;
      case 'pct_points':
        // A change in attainment, always signed and never "pts": beside activity points ("172 pts")
        // "+19 pts" read as 19 more activity points. A point of attainment is 1% of the target.
        return `${v > 0 ? '+' : ''}${pct.format(v)}% of target`;
      case 'points':
        return `${num.format(v)} pts`;
      case 'count':
        return num.format(v);
    }
  };
  return {
    value,
    timeZone: knownZone(team.timeZone) ?? 'UTC',
    signed(unit, v) {
      const text = value(unit, v);
      if (text === null || v === null) return null;
      return v > 0 && !text.startsWith('+') ? `+${text}` : text;
    },
    percent: (v) => value('percent', v),
    // One day style everywhere ("26 Nov 2026", shared/format), as the snapshot's words write it.
    day: formatIsoDay,
  };
}

/**
 * "3 days left", "5 h left", "ended": coarse so a TV does not need a per-second timer. A contest
 * runs to the end of its last day in the team's time zone, whatever the viewer's clock says.
 */
export function countdown(endIso: string, nowMs: number, timeZone = 'UTC'): string {
  const zone = knownZone(timeZone) ?? 'UTC';
  const end = Number.isFinite(Date.parse(`${endIso}T00:00:00Z`))
    ? dayStartMs(nextDay(endIso), zone)
    : Number.NaN;
  const ms = end - nowMs;
  if (!Number.isFinite(ms) || ms <= 0) return 'ended';
  const hours = Math.floor(ms / 3_600_000);
  if (hours >= 48) return `${Math.floor(hours / 24)} days left`;
  if (hours >= 1) return `${hours} h left`;
  return `${Math.max(1, Math.floor(ms / 60_000))} min left`;
}

/** Calendar days until an ISO day, counted in the team's time zone, for upcoming contests. */
export function startsIn(startIso: string, nowMs: number, timeZone = 'UTC'): string {
  const zone = knownZone(timeZone) ?? 'UTC';
  const days = Number.isFinite(Date.parse(`${startIso}T00:00:00Z`))
    ? daysBetween(dayIn(nowMs, zone), startIso)
    : Number.NaN;
  if (!Number.isFinite(days) || days <= 0) return 'starts today';
  return days === 1 ? 'starts tomorrow' : `starts in ${days} days`;
}

export function rankChange(
  rank: number,
  previousRank: number | null,
): {
  text: string;
  label: string;
  dir: 'up' | 'down' | 'same' | 'new';
} {
  if (previousRank === null) return { text: 'new', label: 'new entry', dir: 'new' };
  const d = previousRank - rank;
  if (d > 0) return { text: `▲${d}`, label: `up ${d} since previous period`, dir: 'up' };
  if (d < 0) return { text: `▼${-d}`, label: `down ${-d} since previous period`, dir: 'down' };
  return { text: '–', label: 'same rank as previous period', dir: 'same' };
}
