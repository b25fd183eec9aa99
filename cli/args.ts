// Checks for command-line values: as-of days, IANA time zones, and today's date in a zone.
import { formatNumber } from '../shared/format';
import { CliError } from './errors';

export function checkAsOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const valid =
    m !== null && new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).toISOString().startsWith(value);
  if (!valid) throw new CliError(`--as-of must be a date like 2026-11-26, got "${value}"`, 2);
  return value;
}

export function checkTimeZone(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
  } catch {
    throw new CliError(`--time-zone must be an IANA zone like Europe/Paris, got "${value}"`, 2);
  }
  return value;
}

/** `--now`: an ISO instant such as 2026-11-26T15:00:00Z, for reproducible `generatedAt` stamps. */
export function checkNow(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
    ? new Date(value)
    : null;
  if (date === null || Number.isNaN(date.getTime())) {
    throw new CliError(`--now must be an instant like 2026-11-26T15:00:00Z, got "${value}"`, 2);
  }
  return date;
}

/** Today's calendar date in a zone, as YYYY-MM-DD: the CLI is where the real clock is read. */
export function todayIn(timeZone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** 12345.6 -> "12,346": fixed grouping, independent of the machine's locale (shared/format). */
export function grouped(n: number): string {
  return formatNumber(n);
}
