// The freshness stamp: the latest data day and the publish time, and when either turns it into a warning.
import { formatIsoDay } from '../../../shared/format';
import { dayIn, daysBetween, knownZone } from '../zone';
import type { DataState } from './store';

export interface Stamp {
  /** ISO instant the data describes (the snapshot's generatedAt, else when it was received). */
  readonly asOfMs: number;
  readonly ageMinutes: number;
  readonly stale: boolean;
  /** Why the stamp is a warning, in plain words; null when fresh. */
  readonly warning: string | null;
  /** A calm note beside the stamp (the source is republishing, or no offline copy can be kept); null otherwise. */
  readonly note: string | null;
  /** The team's time zone (from the snapshot), in which the stamp's clock time is shown. */
  readonly timeZone: string;
  /** The day the data describes (the snapshot's as-of day), and how many days before today (team's clock) it is. */
  readonly dataDay: string;
  readonly dataDaysOld: number;
  /** When a snapshot older than the one shown was offered and refused (its generatedAt, ms); null when none. */
  readonly refusedOlderMs: number | null;
}

/**
 * Data whose as-of day is this many days before today is old even when it was just published (an
 * hourly publish of a workbook whose as-of day is pinned, or a 2017 data set): one day of slack
 * covers a build made just before midnight.
 */
export const DATA_OLD_DAYS = 2;

/** "20 Nov 2026" for an ISO day, read as a calendar day (no zone shift): the one day style. */
export function dayText(isoDay: string): string {
  return formatIsoDay(isoDay);
}

export function computeStamp(state: DataState, nowMs: number, staleAfterMs: number): Stamp | null {
  if (!state.snapshot) return null;
  const generated = Date.parse(state.snapshot.generatedAt);
  const asOfMs = Number.isFinite(generated) ? generated : (state.receivedAt ?? nowMs);
  const ageMinutes = Math.max(0, Math.floor((nowMs - asOfMs) / 60_000));
  const old = nowMs - asOfMs > staleAfterMs;
  const timeZone = state.snapshot.team.timeZone;
  const dataDay = state.snapshot.asOf;
  const today = dayIn(nowMs, knownZone(timeZone) ?? 'UTC');
  const dataDaysOld = Math.max(0, daysBetween(dataDay, today) || 0);
  const dataOld = dataDaysOld >= DATA_OLD_DAYS;
  // A republish takes seconds: say so calmly, unless the data has gone stale meanwhile.
  const calm = state.error !== null && state.transient === true && !old && !dataOld;
  let warning: string | null = null;
  if (state.error && !calm) warning = `Showing the last good data: ${state.error}`;
  else if (dataOld)
    warning = `The data is ${dataDaysOld} days old even though it was published ${ageText(ageMinutes).replace(' old', ' ago')}.`;
  else if (old) warning = 'This data has not been updated for a while.';
  const refused = state.refusedOlder ? Date.parse(state.refusedOlder) : Number.NaN;
  const refusedOlderMs = Number.isFinite(refused) ? refused : null;
  const notes = [
    calm ? state.error : (state.cacheNote ?? null),
    refusedOlderMs !== null
      ? `An older snapshot (published ${stampTime(refusedOlderMs, timeZone)}) was offered and not shown; this newer one stays.`
      : null,
  ].filter((n): n is string => n !== null);
  return {
    asOfMs,
    ageMinutes,
    stale: warning !== null,
    warning,
    note: notes.length > 0 ? notes.join(' ') : null,
    timeZone,
    dataDay,
    dataDaysOld,
    refusedOlderMs,
  };
}

export function ageText(minutes: number): string {
  if (minutes < 1) return 'just now';
  if (minutes < 120) return `${minutes} min old`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h old`;
  return `${Math.floor(hours / 24)} days old`;
}

/**
 * When the data is from, on the team's clock and saying which ("20 Nov 2026, 10:00 AM GMT+1"):
 * a wall in another office, or a laptop set to another zone, shows the same time as the team's
 * own. The day is written in the one day style (shared/format); an unknown zone falls back to
 * the viewer's, still named.
 */
export function stampTime(asOfMs: number, timeZone: string, locale?: string): string {
  const zone = knownZone(timeZone) ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const clock = new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone: zone,
  }).format(asOfMs);
  return `${formatIsoDay(dayIn(asOfMs, zone))}, ${clock}`;
}
